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

/** The OAuth2 authorization URL a user opens to connect a connector. */
@JsonDeserialize(builder = AuthUrlResponse.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AuthUrlResponse {
  private final String authUrl;
  private final int ttl;
  private final Map<String, JsonNode> additionalProperties;

  private AuthUrlResponse(Builder b) {
    this.authUrl = Models.required(b.authUrl, "AuthUrlResponse", "auth_url");
    this.ttl = Models.required(b.ttl, "AuthUrlResponse", "ttl");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.authUrl = authUrl;
    b.ttl = ttl;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the URL to open} */
  @JsonProperty("auth_url")
  public String authUrl() {
    return authUrl;
  }

  /** {@return how long the URL stays valid, in seconds} */
  @JsonProperty("ttl")
  public int ttl() {
    return ttl;
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
    if (!(o instanceof AuthUrlResponse other)) {
      return false;
    }
    return Objects.equals(authUrl, other.authUrl)
        && ttl == other.ttl
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authUrl, ttl, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("AuthUrlResponse")
        .add("authUrl", authUrl)
        .add("ttl", ttl)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link AuthUrlResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String authUrl;
    private @Nullable Integer ttl;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link AuthUrlResponse#authUrl()}. Required.
     *
     * @param authUrl the URL to open
     * @return this builder
     */
    @JsonProperty("auth_url")
    public Builder authUrl(String authUrl) {
      this.authUrl = Objects.requireNonNull(authUrl, "authUrl");
      return this;
    }

    /**
     * Sets {@link AuthUrlResponse#ttl()}. Required.
     *
     * @param ttl how long the URL stays valid, in seconds
     * @return this builder
     */
    @JsonProperty("ttl")
    public Builder ttl(int ttl) {
      this.ttl = ttl;
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
     * Builds the {@link AuthUrlResponse}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public AuthUrlResponse build() {
      return new AuthUrlResponse(this);
    }
  }
}
