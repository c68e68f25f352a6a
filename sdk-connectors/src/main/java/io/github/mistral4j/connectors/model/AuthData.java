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

/** OAuth2 client credentials of a connector. The secret never appears in {@code toString()}. */
@JsonDeserialize(builder = AuthData.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AuthData {
  private final String clientId;
  private final @Nullable String clientSecret;
  private final Map<String, JsonNode> additionalProperties;

  private AuthData(Builder b) {
    this.clientId = Models.required(b.clientId, "AuthData", "client_id");
    this.clientSecret = b.clientSecret;
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
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the client id} */
  @JsonProperty("client_id")
  public String clientId() {
    return clientId;
  }

  /** {@return the client secret, or {@code null}} */
  @JsonProperty("client_secret")
  public @Nullable String clientSecret() {
    return clientSecret;
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
    if (!(o instanceof AuthData other)) {
      return false;
    }
    return Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecret, other.clientSecret)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, clientSecret, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("AuthData")
        .add("clientId", clientId)
        .secret("clientSecret", clientSecret)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link AuthData}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link AuthData#clientId()}. Required.
     *
     * @param clientId the client id
     * @return this builder
     */
    @JsonProperty("client_id")
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets {@link AuthData#clientSecret()}. {@code null} unsets it.
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
     * Builds the {@link AuthData}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public AuthData build() {
      return new AuthData(this);
    }
  }
}
