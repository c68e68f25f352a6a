package io.github.mistral4j.connectors.mcp;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of calling a connector tool: content blocks for the model and, in {@link
 * #metadata()}, MCP's {@code isError}, {@code structuredContent} and {@code _meta}.
 */
@JsonDeserialize(builder = ConnectorToolCallResponse.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorToolCallResponse {
  private final List<ToolCallContent> content;
  private final @Nullable ConnectorToolCallMetadata metadata;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorToolCallResponse(Builder b) {
    this.content = Models.list(Models.required(b.content, "ConnectorToolCallResponse", "content"));
    this.metadata = b.metadata;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.content = Models.mutableList(content);
    b.metadata = metadata;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the content blocks, in order} */
  @JsonProperty("content")
  public List<ToolCallContent> content() {
    return content;
  }

  /** {@return result metadata, or {@code null}} */
  @JsonProperty("metadata")
  public @Nullable ConnectorToolCallMetadata metadata() {
    return metadata;
  }

  /** {@return fields this SDK version does not know, as received (copies)} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Models.nodes(additionalProperties);
  }

  /**
   * The text of every {@link TextContent} block, joined with a newline; empty when there is none.
   *
   * @return the text
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (ToolCallContent block : content) {
      if (block instanceof TextContent t) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(t.text());
      }
    }
    return out.toString();
  }

  /**
   * Whether the tool reported an error ({@code metadata.mcp_meta.isError}); false when absent.
   *
   * @return true when the tool failed
   */
  @JsonIgnore
  public boolean isError() {
    ConnectorToolResultMetadata mcp = metadata == null ? null : metadata.mcpMeta();
    return mcp != null && mcp.isError();
  }

  /**
   * The tool's structured result ({@code metadata.mcp_meta.structuredContent}), or {@code null}.
   *
   * @return a copy of the structured result
   */
  public @Nullable JsonNode structuredContent() {
    ConnectorToolResultMetadata mcp = metadata == null ? null : metadata.mcpMeta();
    return mcp == null ? null : mcp.structuredContent();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ConnectorToolCallResponse other)) {
      return false;
    }
    return Objects.equals(content, other.content)
        && Objects.equals(metadata, other.metadata)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content, metadata, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorToolCallResponse")
        .add("content", content)
        .add("metadata", metadata)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorToolCallResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable List<ToolCallContent> content;
    private @Nullable ConnectorToolCallMetadata metadata;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorToolCallResponse#content()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param content the content blocks, in order
     * @return this builder
     */
    @JsonProperty("content")
    public Builder content(@Nullable List<? extends ToolCallContent> content) {
      this.content = Models.mutableList(content);
      return this;
    }

    /**
     * Sets {@link ConnectorToolCallResponse#metadata()}. {@code null} unsets it.
     *
     * @param metadata result metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("metadata")
    public Builder metadata(@Nullable ConnectorToolCallMetadata metadata) {
      this.metadata = metadata;
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
     * Builds the {@link ConnectorToolCallResponse}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorToolCallResponse build() {
      return new ConnectorToolCallResponse(this);
    }
  }
}
