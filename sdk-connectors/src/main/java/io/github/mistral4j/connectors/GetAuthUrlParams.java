package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.connectors.model.AuthenticationType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@code getAuthUrl} ({@code connector_get_auth_url_v1}). Unset
 * parameters are not sent.
 */
public final class GetAuthUrlParams {
  private static final GetAuthUrlParams NONE = builder().build();

  private final @Nullable String appReturnUrl;
  private final @Nullable AuthenticationType methodType;
  private final @Nullable String credentialsName;
  private final @Nullable String credentialsTitle;
  private final @Nullable Boolean githubInstallationLink;

  private GetAuthUrlParams(Builder b) {
    this.appReturnUrl = b.appReturnUrl;
    this.methodType = b.methodType;
    this.credentialsName = b.credentialsName;
    this.credentialsTitle = b.credentialsTitle;
    this.githubInstallationLink = b.githubInstallationLink;
  }

  /** {@return parameters that set nothing: the server's defaults apply} */
  public static GetAuthUrlParams none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.appReturnUrl = appReturnUrl;
    b.methodType = methodType;
    b.credentialsName = credentialsName;
    b.credentialsTitle = credentialsTitle;
    b.githubInstallationLink = githubInstallationLink;
    return b;
  }

  /**
   * {@return where the user returns after authorizing ({@code app_return_url}), or {@code null}}
   */
  public @Nullable String appReturnUrl() {
    return appReturnUrl;
  }

  /**
   * {@return the authentication method to authorize ({@code method_type}), or {@code null} for the
   * sole interactive one}
   */
  public @Nullable AuthenticationType methodType() {
    return methodType;
  }

  /** {@return the name of the credentials to create ({@code credentials_name}), or {@code null}} */
  public @Nullable String credentialsName() {
    return credentialsName;
  }

  /**
   * {@return the title of the credentials to create ({@code credentials_title}), or {@code null}}
   */
  public @Nullable String credentialsTitle() {
    return credentialsTitle;
  }

  /**
   * {@return whether a GitHub App installation URL is asked for ({@code github_installation_link}),
   * or {@code null}}
   */
  public @Nullable Boolean githubInstallationLink() {
    return githubInstallationLink;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GetAuthUrlParams other
        && Objects.equals(appReturnUrl, other.appReturnUrl)
        && Objects.equals(methodType, other.methodType)
        && Objects.equals(credentialsName, other.credentialsName)
        && Objects.equals(credentialsTitle, other.credentialsTitle)
        && Objects.equals(githubInstallationLink, other.githubInstallationLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appReturnUrl, methodType, credentialsName, credentialsTitle, githubInstallationLink);
  }

  @Override
  public String toString() {
    return "GetAuthUrlParams{" + "appReturnUrl=" + appReturnUrl + ", methodType=" + methodType + ", credentialsName=" + credentialsName + ", credentialsTitle=" + credentialsTitle + ", githubInstallationLink=" + githubInstallationLink + "}";
  }

  /** Builds {@link GetAuthUrlParams}. */
  public static final class Builder {
    private @Nullable String appReturnUrl;
    private @Nullable AuthenticationType methodType;
    private @Nullable String credentialsName;
    private @Nullable String credentialsTitle;
    private @Nullable Boolean githubInstallationLink;

    private Builder() {}

    /**
     * Sets where the user is sent back after authorizing.
     *
     * @param appReturnUrl the URL, or null
     * @return this builder
     */
    public Builder appReturnUrl(@Nullable String appReturnUrl) {
      this.appReturnUrl = appReturnUrl;
      return this;
    }

    /**
     * Picks the authentication method, required when the connector has several interactive ones (e.g. {@code oauth2} or {@code github_app}).
     *
     * @param methodType the method, or null
     * @return this builder
     */
    public Builder methodType(@Nullable AuthenticationType methodType) {
      this.methodType = methodType;
      return this;
    }

    /**
     * Names the credentials the authorization creates.
     *
     * @param credentialsName a name matching {@code ^[a-zA-Z0-9_-]{1,64}$}, or null
     * @return this builder
     */
    public Builder credentialsName(@Nullable String credentialsName) {
      this.credentialsName = Checks.name("credentials_name", credentialsName);
      return this;
    }

    /**
     * Sets a human-readable title for the credentials the authorization creates.
     *
     * @param credentialsTitle at most 255 characters, or null
     * @return this builder
     */
    public Builder credentialsTitle(@Nullable String credentialsTitle) {
      this.credentialsTitle = Checks.length("credentials_title", credentialsTitle, 0, 255);
      return this;
    }

    /**
     * Asks for a GitHub App installation URL instead (only with {@code oauth2} and a suitably configured connector).
     *
     * @param githubInstallationLink whether to ask for it
     * @return this builder
     */
    public Builder githubInstallationLink(boolean githubInstallationLink) {
      this.githubInstallationLink = githubInstallationLink;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public GetAuthUrlParams build() {
      return new GetAuthUrlParams(this);
    }
  }
}
