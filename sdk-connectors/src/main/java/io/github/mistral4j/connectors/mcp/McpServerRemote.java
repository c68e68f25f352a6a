package io.github.mistral4j.connectors.mcp;

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

/** A remote transport endpoint of an MCP server. */
@JsonDeserialize(builder = McpServerRemote.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerRemote {
  private final String type;
  private final String url;
  private final List<String> supportedProtocolVersions;
  private final List<McpServerRemoteHeader> headers;
  private final @Nullable McpServerAuthenticationRequirement authentication;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerRemote(Builder b) {
    this.type = Models.required(b.type, "MCPServerRemote", "type");
    this.url = Models.required(b.url, "MCPServerRemote", "url");
    this.supportedProtocolVersions = Models.list(b.supportedProtocolVersions);
    this.headers = Models.list(b.headers);
    this.authentication = b.authentication;
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
    b.url = url;
    b.supportedProtocolVersions = Models.mutableList(supportedProtocolVersions);
    b.headers = Models.mutableList(headers);
    b.authentication = authentication;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the transport: {@code streamable-http} or {@code sse}} */
  @JsonProperty("type")
  public String type() {
    return type;
  }

  /** {@return the endpoint URL} */
  @JsonProperty("url")
  public String url() {
    return url;
  }

  /** {@return the MCP protocol versions supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("supportedProtocolVersions")
  public List<String> supportedProtocolVersions() {
    return supportedProtocolVersions;
  }

  /** {@return the headers the endpoint takes; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public List<McpServerRemoteHeader> headers() {
    return headers;
  }

  /** {@return the authentication requirements, or {@code null}} */
  @JsonProperty("authentication")
  public @Nullable McpServerAuthenticationRequirement authentication() {
    return authentication;
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
    if (!(o instanceof McpServerRemote other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && Objects.equals(url, other.url)
        && Objects.equals(supportedProtocolVersions, other.supportedProtocolVersions)
        && Objects.equals(headers, other.headers)
        && Objects.equals(authentication, other.authentication)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, url, supportedProtocolVersions, headers, authentication, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerRemote")
        .add("type", type)
        .add("url", url)
        .add("supportedProtocolVersions", supportedProtocolVersions)
        .add("headers", headers)
        .add("authentication", authentication)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerRemote}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String type;
    private @Nullable String url;
    private List<String> supportedProtocolVersions = new ArrayList<>();
    private List<McpServerRemoteHeader> headers = new ArrayList<>();
    private @Nullable McpServerAuthenticationRequirement authentication;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerRemote#type()}. Required.
     *
     * @param type the transport: {@code streamable-http} or {@code sse}
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link McpServerRemote#url()}. Required.
     *
     * @param url the endpoint URL
     * @return this builder
     */
    @JsonProperty("url")
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets {@link McpServerRemote#supportedProtocolVersions()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param supportedProtocolVersions the MCP protocol versions supported; empty when not given
     * @return this builder
     */
    @JsonProperty("supportedProtocolVersions")
    public Builder supportedProtocolVersions(@Nullable List<? extends String> supportedProtocolVersions) {
      this.supportedProtocolVersions = Models.mutableList(supportedProtocolVersions);
      return this;
    }

    /**
     * Sets {@link McpServerRemote#headers()}. Replaces the current elements; {@code null} means
     * none.
     *
     * @param headers the headers the endpoint takes; empty when none
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable List<? extends McpServerRemoteHeader> headers) {
      this.headers = Models.mutableList(headers);
      return this;
    }

    /**
     * Sets {@link McpServerRemote#authentication()}. {@code null} unsets it.
     *
     * @param authentication the authentication requirements, or {@code null}
     * @return this builder
     */
    @JsonProperty("authentication")
    public Builder authentication(@Nullable McpServerAuthenticationRequirement authentication) {
      this.authentication = authentication;
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
     * Builds the {@link McpServerRemote}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerRemote build() {
      return new McpServerRemote(this);
    }
  }
}
