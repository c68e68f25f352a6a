package io.github.mistral4j.connectors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@code get} ({@code connector_get_v1}). Unset parameters are not
 * sent (the server's default is false for both).
 */
public final class GetConnectorParams {
  private static final GetConnectorParams NONE = builder().build();

  private final @Nullable Boolean fetchUserData;
  private final @Nullable Boolean fetchCustomerData;

  private GetConnectorParams(Builder b) {
    this.fetchUserData = b.fetchUserData;
    this.fetchCustomerData = b.fetchCustomerData;
  }

  /** {@return parameters that set nothing: the server's defaults apply} */
  public static GetConnectorParams none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fetchUserData = fetchUserData;
    b.fetchCustomerData = fetchCustomerData;
    return b;
  }

  /**
   * {@return whether user-level data such as connection credentials is included ({@code
   * fetch_user_data}), or {@code null}}
   */
  public @Nullable Boolean fetchUserData() {
    return fetchUserData;
  }

  /**
   * {@return whether customer data such as secrets and configuration is included ({@code
   * fetch_customer_data}), or {@code null}}
   */
  public @Nullable Boolean fetchCustomerData() {
    return fetchCustomerData;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GetConnectorParams other
        && Objects.equals(fetchUserData, other.fetchUserData)
        && Objects.equals(fetchCustomerData, other.fetchCustomerData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fetchUserData, fetchCustomerData);
  }

  @Override
  public String toString() {
    return "GetConnectorParams{" + "fetchUserData=" + fetchUserData + ", fetchCustomerData=" + fetchCustomerData + "}";
  }

  /** Builds {@link GetConnectorParams}. */
  public static final class Builder {
    private @Nullable Boolean fetchUserData;
    private @Nullable Boolean fetchCustomerData;

    private Builder() {}

    /**
     * Includes the user-level data of the connector (e.g. connection credentials).
     *
     * @param fetchUserData whether to include it
     * @return this builder
     */
    public Builder fetchUserData(boolean fetchUserData) {
      this.fetchUserData = fetchUserData;
      return this;
    }

    /**
     * Includes the customer data of the connector (e.g. customer secrets and configuration).
     *
     * @param fetchCustomerData whether to include it
     * @return this builder
     */
    public Builder fetchCustomerData(boolean fetchCustomerData) {
      this.fetchCustomerData = fetchCustomerData;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public GetConnectorParams build() {
      return new GetConnectorParams(this);
    }
  }
}
