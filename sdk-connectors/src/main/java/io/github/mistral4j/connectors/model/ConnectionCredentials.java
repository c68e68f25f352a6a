package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Credential data: OAuth2 token, headers, bearer token or GitHub installation. Secrets never
 * appear in {@code toString()}.
 */
@JsonDeserialize(builder = ConnectionCredentials.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectionCredentials {
  private final @Nullable OAuth2Token oauth;
  private final Map<String, String> headers;
  private final @Nullable String bearerToken;
  private final @Nullable String githubInstallationId;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectionCredentials(Builder b) {
    this.oauth = b.oauth;
    this.headers = Models.map(b.headers);
    this.bearerToken = b.bearerToken;
    this.githubInstallationId = b.githubInstallationId;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.oauth = oauth;
    b.headers = Models.mutableMap(headers);
    b.bearerToken = bearerToken;
    b.githubInstallationId = githubInstallationId;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return an OAuth2 token, or {@code null}} */
  @JsonProperty("oauth")
  public @Nullable OAuth2Token oauth() {
    return oauth;
  }

  /** {@return headers sent to the MCP server; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return a bearer token, or {@code null}} */
  @JsonProperty("bearer_token")
  public @Nullable String bearerToken() {
    return bearerToken;
  }

  /** {@return a GitHub App installation id, or {@code null}} */
  @JsonProperty("github_installation_id")
  public @Nullable String githubInstallationId() {
    return githubInstallationId;
  }

  /** {@return fields this SDK version does not know, as received (copies)} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Models.nodes(additionalProperties);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConnectionCredentials other)) {
      return false;
    }
    return Objects.equals(oauth, other.oauth)
        && Objects.equals(headers, other.headers)
        && Objects.equals(bearerToken, other.bearerToken)
        && Objects.equals(githubInstallationId, other.githubInstallationId)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(oauth, headers, bearerToken, githubInstallationId, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectionCredentials")
        .add("oauth", oauth)
        .secretValues("headers", headers)
        .secret("bearerToken", bearerToken)
        .add("githubInstallationId", githubInstallationId)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectionCredentials}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable OAuth2Token oauth;
    private Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String bearerToken;
    private @Nullable String githubInstallationId;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectionCredentials#oauth()}. {@code null} unsets it.
     *
     * @param oauth an OAuth2 token, or {@code null}
     * @return this builder
     */
    @JsonProperty("oauth")
    public Builder oauth(@Nullable OAuth2Token oauth) {
      this.oauth = oauth;
      return this;
    }

    /**
     * Sets {@link ConnectionCredentials#headers()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param headers headers sent to the MCP server; empty when none
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable Map<String, ? extends String> headers) {
      this.headers = Models.mutableMap(headers);
      return this;
    }

    /**
     * Adds one entry to {@link ConnectionCredentials#headers()}.
     *
     * @param name the entry's name
     * @param value the entry's value
     * @return this builder
     */
    public Builder putHeader(String name, String value) {
      if (this.headers == null) {
        this.headers = new LinkedHashMap<>();
      }
      this.headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link ConnectionCredentials#bearerToken()}. {@code null} unsets it.
     *
     * @param bearerToken a bearer token, or {@code null}
     * @return this builder
     */
    @JsonProperty("bearer_token")
    public Builder bearerToken(@Nullable String bearerToken) {
      this.bearerToken = bearerToken;
      return this;
    }

    /**
     * Sets {@link ConnectionCredentials#githubInstallationId()}. {@code null} unsets it.
     *
     * @param githubInstallationId a GitHub App installation id, or {@code null}
     * @return this builder
     */
    @JsonProperty("github_installation_id")
    public Builder githubInstallationId(@Nullable String githubInstallationId) {
      this.githubInstallationId = githubInstallationId;
      return this;
    }

    /**
     * Adds a field this SDK version does not model; it is sent as given (requests) or kept as
     * received (responses).
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, @Nullable JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"),
          value == null ? NullNode.getInstance() : value.deepCopy());
      return this;
    }

    /**
     * Replaces the fields this SDK version does not model.
     *
     * @param additionalProperties the fields by JSON name
     * @return this builder
     */
    public Builder additionalProperties(Map<String, JsonNode> additionalProperties) {
      this.additionalProperties.clear();
      additionalProperties.forEach(this::putAdditionalProperty);
      return this;
    }

    /**
     * Builds the {@link ConnectionCredentials}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectionCredentials build() {
      return new ConnectionCredentials(this);
    }
  }
}
