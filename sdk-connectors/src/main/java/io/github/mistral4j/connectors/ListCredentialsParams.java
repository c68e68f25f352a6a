package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthenticationType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@code credentials().list} ({@code
 * connector_list_*_credentials_v1}). Unset parameters are not sent.
 */
public final class ListCredentialsParams {
  private static final ListCredentialsParams NONE = builder().build();

  private final @Nullable AuthenticationType authType;
  private final @Nullable Boolean fetchDefault;

  private ListCredentialsParams(Builder b) {
    this.authType = b.authType;
    this.fetchDefault = b.fetchDefault;
  }

  /** {@return parameters that set nothing: the server's defaults apply} */
  public static ListCredentialsParams none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.authType = authType;
    b.fetchDefault = fetchDefault;
    return b;
  }

  /**
   * Keeps only credentials of this method ({@code auth_type}), or {@code null} for all.
   *
   * @return the authentication method to filter on, or {@code null} for all
   */
  public @Nullable AuthenticationType authType() {
    return authType;
  }

  /**
   * {@return whether the default credentials are included ({@code fetch_default}), or {@code null}}
   */
  public @Nullable Boolean fetchDefault() {
    return fetchDefault;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListCredentialsParams other
        && Objects.equals(authType, other.authType)
        && Objects.equals(fetchDefault, other.fetchDefault);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authType, fetchDefault);
  }

  @Override
  public String toString() {
    return "ListCredentialsParams{" + "authType=" + authType + ", fetchDefault=" + fetchDefault + "}";
  }

  /** Builds {@link ListCredentialsParams}. */
  public static final class Builder {
    private @Nullable AuthenticationType authType;
    private @Nullable Boolean fetchDefault;

    private Builder() {}

    /**
     * Keeps only the credentials of one authentication method.
     *
     * @param authType the method, or null for all
     * @return this builder
     */
    public Builder authType(@Nullable AuthenticationType authType) {
      this.authType = authType;
      return this;
    }

    /**
     * Includes the default credentials.
     *
     * @param fetchDefault whether to include them
     * @return this builder
     */
    public Builder fetchDefault(boolean fetchDefault) {
      this.fetchDefault = fetchDefault;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ListCredentialsParams build() {
      return new ListCredentialsParams(this);
    }
  }
}
