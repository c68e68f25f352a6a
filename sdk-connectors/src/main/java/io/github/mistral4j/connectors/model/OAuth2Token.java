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
import io.github.mistral4j.connectors.internal.LenientDateTimeDeserializer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An OAuth2 token. The access and refresh tokens never appear in {@code toString()}. */
@JsonDeserialize(builder = OAuth2Token.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class OAuth2Token {
  private final String accessToken;
  private final String tokenType;
  private final @Nullable Long expiresIn;
  private final @Nullable String scope;
  private final @Nullable String refreshToken;
  private final @Nullable OffsetDateTime expiresAt;
  private final Map<String, JsonNode> additionalProperties;

  private OAuth2Token(Builder b) {
    this.accessToken = Models.required(b.accessToken, "OAuth2Token", "access_token");
    this.tokenType = b.tokenType;
    this.expiresIn = b.expiresIn;
    this.scope = b.scope;
    this.refreshToken = b.refreshToken;
    this.expiresAt = b.expiresAt;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.accessToken = accessToken;
    b.tokenType = tokenType;
    b.expiresIn = expiresIn;
    b.scope = scope;
    b.refreshToken = refreshToken;
    b.expiresAt = expiresAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the access token} */
  @JsonProperty("access_token")
  public String accessToken() {
    return accessToken;
  }

  /** {@return the token type (always {@code Bearer})} */
  @JsonProperty("token_type")
  public String tokenType() {
    return tokenType;
  }

  /** {@return seconds until expiry, or {@code null}} */
  @JsonProperty("expires_in")
  public @Nullable Long expiresIn() {
    return expiresIn;
  }

  /** {@return the granted scope, or {@code null}} */
  @JsonProperty("scope")
  public @Nullable String scope() {
    return scope;
  }

  /** {@return the refresh token, or {@code null}} */
  @JsonProperty("refresh_token")
  public @Nullable String refreshToken() {
    return refreshToken;
  }

  /** {@return when the token expires, or {@code null}} */
  @JsonProperty("expires_at")
  public @Nullable OffsetDateTime expiresAt() {
    return expiresAt;
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
    if (!(o instanceof OAuth2Token other)) {
      return false;
    }
    return Objects.equals(accessToken, other.accessToken)
        && Objects.equals(tokenType, other.tokenType)
        && Objects.equals(expiresIn, other.expiresIn)
        && Objects.equals(scope, other.scope)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(expiresAt, other.expiresAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, tokenType, expiresIn, scope, refreshToken, expiresAt, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("OAuth2Token")
        .secret("accessToken", accessToken)
        .add("tokenType", tokenType)
        .add("expiresIn", expiresIn)
        .add("scope", scope)
        .secret("refreshToken", refreshToken)
        .add("expiresAt", expiresAt)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link OAuth2Token}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String accessToken;
    private String tokenType = "Bearer";
    private @Nullable Long expiresIn;
    private @Nullable String scope;
    private @Nullable String refreshToken;
    private @Nullable OffsetDateTime expiresAt;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link OAuth2Token#accessToken()}. Required.
     *
     * @param accessToken the access token
     * @return this builder
     */
    @JsonProperty("access_token")
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
      return this;
    }

    /**
     * Sets {@link OAuth2Token#tokenType()}. Default {@code "Bearer"}.
     *
     * @param tokenType the token type (always {@code Bearer})
     * @return this builder
     */
    @JsonProperty("token_type")
    public Builder tokenType(String tokenType) {
      this.tokenType = Objects.requireNonNull(tokenType, "tokenType");
      return this;
    }

    /**
     * Sets {@link OAuth2Token#expiresIn()}. {@code null} unsets it.
     *
     * @param expiresIn seconds until expiry, or {@code null}
     * @return this builder
     */
    @JsonProperty("expires_in")
    public Builder expiresIn(@Nullable Long expiresIn) {
      this.expiresIn = expiresIn;
      return this;
    }

    /**
     * Sets {@link OAuth2Token#scope()}. {@code null} unsets it.
     *
     * @param scope the granted scope, or {@code null}
     * @return this builder
     */
    @JsonProperty("scope")
    public Builder scope(@Nullable String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Sets {@link OAuth2Token#refreshToken()}. {@code null} unsets it.
     *
     * @param refreshToken the refresh token, or {@code null}
     * @return this builder
     */
    @JsonProperty("refresh_token")
    public Builder refreshToken(@Nullable String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * Sets {@link OAuth2Token#expiresAt()}. {@code null} unsets it.
     *
     * @param expiresAt when the token expires, or {@code null}
     * @return this builder
     */
    @JsonProperty("expires_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder expiresAt(@Nullable OffsetDateTime expiresAt) {
      this.expiresAt = expiresAt;
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
     * Builds the {@link OAuth2Token}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public OAuth2Token build() {
      return new OAuth2Token(this);
    }
  }
}
