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
 * How Mistral connects to a connector's server. Header values never appear in {@code toString()}.
 */
@JsonDeserialize(builder = PublicConnectionConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicConnectionConfig {
  private final ConnectionConfigType type;
  private final @Nullable String baseUrl;
  private final Map<String, String> headers;
  private final @Nullable Boolean signed;
  private final Map<String, JsonNode> additionalProperties;

  private PublicConnectionConfig(Builder b) {
    this.type = b.type;
    this.baseUrl = b.baseUrl;
    this.headers = Models.map(b.headers);
    this.signed = b.signed;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.baseUrl = baseUrl;
    b.headers = Models.mutableMap(headers);
    b.signed = signed;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the kind of connection (default {@code mcp})} */
  @JsonProperty("type")
  public ConnectionConfigType type() {
    return type;
  }

  /** {@return the base URL, or {@code null}} */
  @JsonProperty("base_url")
  public @Nullable String baseUrl() {
    return baseUrl;
  }

  /** {@return headers sent to the server; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return whether requests are signed, or {@code null}} */
  @JsonProperty("signed")
  public @Nullable Boolean signed() {
    return signed;
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
    if (!(o instanceof PublicConnectionConfig other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && Objects.equals(baseUrl, other.baseUrl)
        && Objects.equals(headers, other.headers)
        && Objects.equals(signed, other.signed)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, baseUrl, headers, signed, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicConnectionConfig")
        .add("type", type)
        .add("baseUrl", baseUrl)
        .secretValues("headers", headers)
        .add("signed", signed)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicConnectionConfig}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private ConnectionConfigType type = ConnectionConfigType.MCP;
    private @Nullable String baseUrl;
    private Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable Boolean signed;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicConnectionConfig#type()}. Default {@code ConnectionConfigType.MCP}.
     *
     * @param type the kind of connection (default {@code mcp})
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(ConnectionConfigType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link PublicConnectionConfig#baseUrl()}. {@code null} unsets it.
     *
     * @param baseUrl the base URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("base_url")
    public Builder baseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets {@link PublicConnectionConfig#headers()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param headers headers sent to the server; empty when none
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable Map<String, ? extends String> headers) {
      this.headers = Models.mutableMap(headers);
      return this;
    }

    /**
     * Sets {@link PublicConnectionConfig#signed()}. {@code null} unsets it.
     *
     * @param signed whether requests are signed, or {@code null}
     * @return this builder
     */
    @JsonProperty("signed")
    public Builder signed(@Nullable Boolean signed) {
      this.signed = signed;
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
     * Builds the {@link PublicConnectionConfig}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicConnectionConfig build() {
      return new PublicConnectionConfig(this);
    }
  }
}
