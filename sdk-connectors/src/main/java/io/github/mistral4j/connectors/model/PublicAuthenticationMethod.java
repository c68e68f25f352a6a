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

/** An authentication method a connector supports, without secrets. */
@JsonDeserialize(builder = PublicAuthenticationMethod.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicAuthenticationMethod {
  private final AuthenticationType methodType;
  private final List<ConnectorAuthenticationHeader> headers;
  private final Map<String, GlobalHeaderValue> globalHeaders;
  private final boolean hasDefaultCredentials;
  private final @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
  private final Map<String, JsonNode> additionalProperties;

  private PublicAuthenticationMethod(Builder b) {
    this.methodType = Models.required(b.methodType, "PublicAuthenticationMethod", "method_type");
    this.headers = Models.list(b.headers);
    this.globalHeaders = Models.map(b.globalHeaders);
    this.hasDefaultCredentials = Models.required(b.hasDefaultCredentials, "PublicAuthenticationMethod", "has_default_credentials");
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
    b.headers = Models.mutableList(headers);
    b.globalHeaders = Models.mutableMap(globalHeaders);
    b.hasDefaultCredentials = hasDefaultCredentials;
    b.oauth2ServerMetadata = oauth2ServerMetadata;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the method's type} */
  @JsonProperty("method_type")
  public AuthenticationType methodType() {
    return methodType;
  }

  /** {@return the headers the method takes; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public List<ConnectorAuthenticationHeader> headers() {
    return headers;
  }

  /**
   * {@return connector-wide headers by name (secret values redacted by the server); empty when
   * none}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("global_headers")
  public Map<String, GlobalHeaderValue> globalHeaders() {
    return globalHeaders;
  }

  /** {@return whether default credentials exist for this method} */
  @JsonProperty("has_default_credentials")
  public boolean hasDefaultCredentials() {
    return hasDefaultCredentials;
  }

  /** {@return the OAuth2 authorization server metadata, or {@code null}} */
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
    if (!(o instanceof PublicAuthenticationMethod other)) {
      return false;
    }
    return Objects.equals(methodType, other.methodType)
        && Objects.equals(headers, other.headers)
        && Objects.equals(globalHeaders, other.globalHeaders)
        && hasDefaultCredentials == other.hasDefaultCredentials
        && Objects.equals(oauth2ServerMetadata, other.oauth2ServerMetadata)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(methodType, headers, globalHeaders, hasDefaultCredentials, oauth2ServerMetadata, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicAuthenticationMethod")
        .add("methodType", methodType)
        .add("headers", headers)
        .add("globalHeaders", globalHeaders)
        .add("hasDefaultCredentials", hasDefaultCredentials)
        .add("oauth2ServerMetadata", oauth2ServerMetadata)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicAuthenticationMethod}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable AuthenticationType methodType;
    private List<ConnectorAuthenticationHeader> headers = new ArrayList<>();
    private Map<String, GlobalHeaderValue> globalHeaders = new LinkedHashMap<>();
    private @Nullable Boolean hasDefaultCredentials;
    private @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicAuthenticationMethod#methodType()}. Required.
     *
     * @param methodType the method's type
     * @return this builder
     */
    @JsonProperty("method_type")
    public Builder methodType(AuthenticationType methodType) {
      this.methodType = Objects.requireNonNull(methodType, "methodType");
      return this;
    }

    /**
     * Sets {@link PublicAuthenticationMethod#headers()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param headers the headers the method takes; empty when none
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable List<? extends ConnectorAuthenticationHeader> headers) {
      this.headers = Models.mutableList(headers);
      return this;
    }

    /**
     * Sets {@link PublicAuthenticationMethod#globalHeaders()}. Replaces the current entries;
     * {@code null} means none.
     *
     * @param globalHeaders connector-wide headers by name (secret values redacted by the server);
     *     empty when none
     * @return this builder
     */
    @JsonProperty("global_headers")
    public Builder globalHeaders(@Nullable Map<String, ? extends GlobalHeaderValue> globalHeaders) {
      this.globalHeaders = Models.mutableMap(globalHeaders);
      return this;
    }

    /**
     * Sets {@link PublicAuthenticationMethod#hasDefaultCredentials()}. Required.
     *
     * @param hasDefaultCredentials whether default credentials exist for this method
     * @return this builder
     */
    @JsonProperty("has_default_credentials")
    public Builder hasDefaultCredentials(boolean hasDefaultCredentials) {
      this.hasDefaultCredentials = hasDefaultCredentials;
      return this;
    }

    /**
     * Sets {@link PublicAuthenticationMethod#oauth2ServerMetadata()}. {@code null} unsets it.
     *
     * @param oauth2ServerMetadata the OAuth2 authorization server metadata, or {@code null}
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
     * Builds the {@link PublicAuthenticationMethod}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicAuthenticationMethod build() {
      return new PublicAuthenticationMethod(this);
    }
  }
}
