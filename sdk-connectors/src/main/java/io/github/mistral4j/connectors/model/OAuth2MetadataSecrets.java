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
 * OAuth2 client credentials of an authentication method. The secret never appears in {@code
 * toString()}.
 */
@JsonDeserialize(builder = OAuth2MetadataSecrets.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class OAuth2MetadataSecrets {
  private final @Nullable String clientId;
  private final @Nullable String clientSecret;
  private final @Nullable Long clientIdIssuedAt;
  private final @Nullable Long clientSecretExpiresAt;
  private final Map<String, JsonNode> additionalProperties;

  private OAuth2MetadataSecrets(Builder b) {
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.clientIdIssuedAt = b.clientIdIssuedAt;
    this.clientSecretExpiresAt = b.clientSecretExpiresAt;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.clientId = clientId;
    b.clientSecret = clientSecret;
    b.clientIdIssuedAt = clientIdIssuedAt;
    b.clientSecretExpiresAt = clientSecretExpiresAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the client id, or {@code null}} */
  @JsonProperty("client_id")
  public @Nullable String clientId() {
    return clientId;
  }

  /** {@return the client secret, or {@code null}} */
  @JsonProperty("client_secret")
  public @Nullable String clientSecret() {
    return clientSecret;
  }

  /** {@return when the client id was issued (epoch seconds), or {@code null}} */
  @JsonProperty("client_id_issued_at")
  public @Nullable Long clientIdIssuedAt() {
    return clientIdIssuedAt;
  }

  /** {@return when the client secret expires (epoch seconds), or {@code null}} */
  @JsonProperty("client_secret_expires_at")
  public @Nullable Long clientSecretExpiresAt() {
    return clientSecretExpiresAt;
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
    if (!(o instanceof OAuth2MetadataSecrets other)) {
      return false;
    }
    return Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecret, other.clientSecret)
        && Objects.equals(clientIdIssuedAt, other.clientIdIssuedAt)
        && Objects.equals(clientSecretExpiresAt, other.clientSecretExpiresAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, clientSecret, clientIdIssuedAt, clientSecretExpiresAt, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("OAuth2MetadataSecrets")
        .add("clientId", clientId)
        .secret("clientSecret", clientSecret)
        .add("clientIdIssuedAt", clientIdIssuedAt)
        .add("clientSecretExpiresAt", clientSecretExpiresAt)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link OAuth2MetadataSecrets}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable Long clientIdIssuedAt;
    private @Nullable Long clientSecretExpiresAt;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link OAuth2MetadataSecrets#clientId()}. {@code null} unsets it.
     *
     * @param clientId the client id, or {@code null}
     * @return this builder
     */
    @JsonProperty("client_id")
    public Builder clientId(@Nullable String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets {@link OAuth2MetadataSecrets#clientSecret()}. {@code null} unsets it.
     *
     * @param clientSecret the client secret, or {@code null}
     * @return this builder
     */
    @JsonProperty("client_secret")
    public Builder clientSecret(@Nullable String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets {@link OAuth2MetadataSecrets#clientIdIssuedAt()}. {@code null} unsets it.
     *
     * @param clientIdIssuedAt when the client id was issued (epoch seconds), or {@code null}
     * @return this builder
     */
    @JsonProperty("client_id_issued_at")
    public Builder clientIdIssuedAt(@Nullable Long clientIdIssuedAt) {
      this.clientIdIssuedAt = clientIdIssuedAt;
      return this;
    }

    /**
     * Sets {@link OAuth2MetadataSecrets#clientSecretExpiresAt()}. {@code null} unsets it.
     *
     * @param clientSecretExpiresAt when the client secret expires (epoch seconds), or {@code null}
     * @return this builder
     */
    @JsonProperty("client_secret_expires_at")
    public Builder clientSecretExpiresAt(@Nullable Long clientSecretExpiresAt) {
      this.clientSecretExpiresAt = clientSecretExpiresAt;
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
     * Builds the {@link OAuth2MetadataSecrets}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public OAuth2MetadataSecrets build() {
      return new OAuth2MetadataSecrets(this);
    }
  }
}
