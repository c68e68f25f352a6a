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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An authentication method to add to a connector or to update. Secrets never appear in {@code
 * toString()}.
 */
@JsonDeserialize(builder = AuthenticationMethodCreateOrUpdateRequest.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AuthenticationMethodCreateOrUpdateRequest {
  private final AuthenticationType methodType;
  private final @Nullable AuthDirection authDirection;
  private final List<ConnectorAuthenticationHeader> headers;
  private final Map<String, GlobalHeaderValue> globalHeaders;
  private final @Nullable OAuth2MetadataSecrets oauth2MetadataSecrets;
  private final @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
  private final Map<String, JsonNode> additionalProperties;

  private AuthenticationMethodCreateOrUpdateRequest(Builder b) {
    this.methodType = Models.required(b.methodType, "AuthenticationMethodCreateOrUpdateRequest", "method_type");
    this.authDirection = b.authDirection;
    this.headers = Models.list(b.headers);
    this.globalHeaders = Models.map(b.globalHeaders);
    this.oauth2MetadataSecrets = b.oauth2MetadataSecrets;
    this.oauth2ServerMetadata = b.oauth2ServerMetadata;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.methodType = methodType;
    b.authDirection = authDirection;
    b.headers = Models.mutableList(headers);
    b.globalHeaders = Models.mutableMap(globalHeaders);
    b.oauth2MetadataSecrets = oauth2MetadataSecrets;
    b.oauth2ServerMetadata = oauth2ServerMetadata;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return the method's type ({@code oauth2}, {@code bearer}, {@code none}, ..., or
   * {@code webhook} for inbound)}
   */
  @JsonProperty("method_type")
  public AuthenticationType methodType() {
    return methodType;
  }

  /**
   * {@return whether the method is for outbound or inbound requests; {@code null} for the server's
   * default ({@code outbound})}
   */
  @JsonProperty("auth_direction")
  public @Nullable AuthDirection authDirection() {
    return authDirection;
  }

  /** {@return the headers the method takes; empty when not sent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public List<ConnectorAuthenticationHeader> headers() {
    return headers;
  }

  /** {@return connector-wide headers applied to every credential; empty when not sent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("global_headers")
  public Map<String, GlobalHeaderValue> globalHeaders() {
    return globalHeaders;
  }

  /** {@return new OAuth2 client credentials, or {@code null}} */
  @JsonProperty("oauth2_metadata_secrets")
  public @Nullable OAuth2MetadataSecrets oauth2MetadataSecrets() {
    return oauth2MetadataSecrets;
  }

  /** {@return new OAuth2 authorization server metadata, or {@code null}} */
  @JsonProperty("oauth2_server_metadata")
  public @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata() {
    return oauth2ServerMetadata;
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
    if (!(o instanceof AuthenticationMethodCreateOrUpdateRequest other)) {
      return false;
    }
    return Objects.equals(methodType, other.methodType)
        && Objects.equals(authDirection, other.authDirection)
        && Objects.equals(headers, other.headers)
        && Objects.equals(globalHeaders, other.globalHeaders)
        && Objects.equals(oauth2MetadataSecrets, other.oauth2MetadataSecrets)
        && Objects.equals(oauth2ServerMetadata, other.oauth2ServerMetadata)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(methodType, authDirection, headers, globalHeaders, oauth2MetadataSecrets, oauth2ServerMetadata, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("AuthenticationMethodCreateOrUpdateRequest")
        .add("methodType", methodType)
        .add("authDirection", authDirection)
        .add("headers", headers)
        .add("globalHeaders", globalHeaders)
        .add("oauth2MetadataSecrets", oauth2MetadataSecrets)
        .add("oauth2ServerMetadata", oauth2ServerMetadata)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link AuthenticationMethodCreateOrUpdateRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable AuthenticationType methodType;
    private @Nullable AuthDirection authDirection;
    private List<ConnectorAuthenticationHeader> headers = new ArrayList<>();
    private Map<String, GlobalHeaderValue> globalHeaders = new LinkedHashMap<>();
    private @Nullable OAuth2MetadataSecrets oauth2MetadataSecrets;
    private @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#methodType()}. Required.
     *
     * @param methodType the method's type ({@code oauth2}, {@code bearer}, {@code none}, ..., or
     *     {@code webhook} for inbound)
     * @return this builder
     */
    @JsonProperty("method_type")
    public Builder methodType(AuthenticationType methodType) {
      this.methodType = Objects.requireNonNull(methodType, "methodType");
      return this;
    }

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#authDirection()}. {@code null} unsets
     * it.
     *
     * @param authDirection whether the method is for outbound or inbound requests; {@code null} for
     *     the server's default ({@code outbound})
     * @return this builder
     */
    @JsonProperty("auth_direction")
    public Builder authDirection(@Nullable AuthDirection authDirection) {
      this.authDirection = authDirection;
      return this;
    }

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#headers()}. Replaces the current
     * elements; {@code null} means none.
     *
     * @param headers the headers the method takes; empty when not sent
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable List<? extends ConnectorAuthenticationHeader> headers) {
      this.headers = Models.mutableList(headers);
      return this;
    }

    /**
     * Adds one element to {@link AuthenticationMethodCreateOrUpdateRequest#headers()}.
     *
     * @param value the element to add
     * @return this builder
     */
    public Builder addHeader(ConnectorAuthenticationHeader value) {
      if (this.headers == null) {
        this.headers = new ArrayList<>();
      }
      this.headers.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#globalHeaders()}. Replaces the current
     * entries; {@code null} means none.
     *
     * @param globalHeaders connector-wide headers applied to every credential; empty when not sent
     * @return this builder
     */
    @JsonProperty("global_headers")
    public Builder globalHeaders(@Nullable Map<String, ? extends GlobalHeaderValue> globalHeaders) {
      this.globalHeaders = Models.mutableMap(globalHeaders);
      return this;
    }

    /**
     * Adds one entry to {@link AuthenticationMethodCreateOrUpdateRequest#globalHeaders()}.
     *
     * @param name the entry's name
     * @param value the entry's value
     * @return this builder
     */
    public Builder putGlobalHeader(String name, GlobalHeaderValue value) {
      if (this.globalHeaders == null) {
        this.globalHeaders = new LinkedHashMap<>();
      }
      this.globalHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#oauth2MetadataSecrets()}. {@code null}
     * unsets it.
     *
     * @param oauth2MetadataSecrets new OAuth2 client credentials, or {@code null}
     * @return this builder
     */
    @JsonProperty("oauth2_metadata_secrets")
    public Builder oauth2MetadataSecrets(@Nullable OAuth2MetadataSecrets oauth2MetadataSecrets) {
      this.oauth2MetadataSecrets = oauth2MetadataSecrets;
      return this;
    }

    /**
     * Sets {@link AuthenticationMethodCreateOrUpdateRequest#oauth2ServerMetadata()}. {@code null}
     * unsets it.
     *
     * @param oauth2ServerMetadata new OAuth2 authorization server metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("oauth2_server_metadata")
    public Builder oauth2ServerMetadata(@Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata) {
      this.oauth2ServerMetadata = oauth2ServerMetadata;
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
     * Builds the {@link AuthenticationMethodCreateOrUpdateRequest}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public AuthenticationMethodCreateOrUpdateRequest build() {
      return new AuthenticationMethodCreateOrUpdateRequest(this);
    }
  }
}
