package io.github.mistral4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.JsonArguments;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ToolFunction} returns: MCP content blocks, optional structured content, an error flag and
 * optional {@code _meta}. The stand-in sends it as a {@code ConnectorToolCallResponse}:
 * {@code {"content": [...], "metadata": {"mcp_meta": {"isError": ..., "structuredContent": ..., "_meta": ...}}}}.
 */
public final class ToolResult {
  private final List<ObjectNode> content;
  private final @Nullable ObjectNode structuredContent;
  private final boolean error;
  private final @Nullable ObjectNode meta;

  private ToolResult(Builder b) {
    this.content = List.copyOf(b.content);
    this.structuredContent = b.structuredContent;
    this.error = b.error;
    this.meta = b.meta;
  }

  /**
   * {@return a result made of text blocks, one per string}
   *
   * @param texts the texts, one block each
   */
  public static ToolResult text(String... texts) {
    Builder b = builder();
    for (String t : texts) {
      b.addText(t);
    }
    return b.build();
  }

  /**
   * {@return a structured result: the object as {@code structuredContent}, and its JSON text as one
   * text block (as MCP servers do for clients that read text only)}
   *
   * @param object the structured content, a JSON object
   * @throws IllegalArgumentException if the value is not a JSON object
   */
  public static ToolResult structured(JsonNode object) {
    return builder().structuredContent(object).addText(object.toString()).build();
  }

  /**
   * {@return a structured result from JSON text}
   *
   * @param json the structured content, a JSON object as text
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static ToolResult structured(String json) {
    return structured(Builder.parse(json));
  }

  /**
   * {@return a structured result from a map (converted with Jackson)}
   *
   * @param object the structured content, as a map
   * @throws IllegalArgumentException if Jackson cannot convert a value
   */
  public static ToolResult structured(Map<String, ?> object) {
    return structured((JsonNode) StandInJson.mapper().valueToTree(object));
  }

  /**
   * {@return a tool-level error: HTTP 200 with {@code isError: true} and the message as text}
   *
   * @param message the error message the model reads
   */
  public static ToolResult error(String message) {
    return builder().addText(message).error(true).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this result's values} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.content.addAll(content);
    b.structuredContent = structuredContent;
    b.error = error;
    b.meta = meta;
    return b;
  }

  /** {@return the content blocks (copies)} */
  public List<JsonNode> content() {
    List<JsonNode> out = new ArrayList<>();
    content.forEach(c -> out.add(c.deepCopy()));
    return out;
  }

  /** {@return the structured content (a copy), or null} */
  public @Nullable JsonNode structuredContent() {
    return structuredContent == null ? null : structuredContent.deepCopy();
  }

  /** {@return whether this is a tool-level error} */
  public boolean isError() {
    return error;
  }

  /** {@return the MCP {@code _meta} (a copy), or null} */
  public @Nullable JsonNode meta() {
    return meta == null ? null : meta.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolResult r
        && content.equals(r.content)
        && Objects.equals(structuredContent, r.structuredContent)
        && error == r.error
        && Objects.equals(meta, r.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content, structuredContent, error, meta);
  }

  @Override
  public String toString() {
    return "ToolResult{content=" + content + ", structuredContent=" + structuredContent
        + ", isError=" + error + "}";
  }

  /** Builds a {@link ToolResult}. */
  public static final class Builder {
    private final List<ObjectNode> content = new ArrayList<>();
    private @Nullable ObjectNode structuredContent;
    private boolean error;
    private @Nullable ObjectNode meta;

    private Builder() {}

    /**
     * Adds a text block.
     *
     * @param text the block's text
     * @return this builder
     */
    public Builder addText(String text) {
      Objects.requireNonNull(text, "text");
      content.add(JsonNodeFactory.instance.objectNode().put("type", "text").put("text", text));
      return this;
    }

    /**
     * Adds an image block.
     *
     * @param base64Data the image, base64-encoded
     * @param mimeType the image's MIME type, e.g. {@code image/png}
     * @return this builder
     */
    public Builder addImage(String base64Data, String mimeType) {
      Objects.requireNonNull(base64Data, "base64Data");
      Objects.requireNonNull(mimeType, "mimeType");
      content.add(JsonNodeFactory.instance
          .objectNode()
          .put("type", "image")
          .put("data", base64Data)
          .put("mimeType", mimeType));
      return this;
    }

    /**
     * Adds any MCP content block as JSON (for example a {@code resource_link}).
     *
     * @param block the content block, a JSON object with a {@code type}
     * @return this builder
     * @throws IllegalArgumentException if the block is not an object with a string {@code type}
     */
    public Builder addContent(JsonNode block) {
      Objects.requireNonNull(block, "block");
      if (!(block instanceof ObjectNode o) || !o.path("type").isTextual()) {
        throw new IllegalArgumentException("block must be a JSON object with a string type");
      }
      content.add(o.deepCopy());
      return this;
    }

    /**
     * Sets the structured content.
     *
     * @param object the structured content, a JSON object
     * @return this builder
     * @throws IllegalArgumentException if it is not a JSON object
     */
    public Builder structuredContent(JsonNode object) {
      this.structuredContent = JsonArguments.object("structuredContent", object);
      return this;
    }

    /**
     * Sets the structured content from JSON text.
     *
     * @param json the structured content, a JSON object as text
     * @return this builder
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder structuredContent(String json) {
      return structuredContent(parse(json));
    }

    /**
     * Marks the result as a tool-level error ({@code isError}).
     *
     * @param error whether the result is a tool-level error
     * @return this builder
     */
    public Builder error(boolean error) {
      this.error = error;
      return this;
    }

    /**
     * Sets the MCP {@code _meta} object.
     *
     * @param object the {@code _meta} object
     * @return this builder
     * @throws IllegalArgumentException if it is not a JSON object
     */
    public Builder meta(JsonNode object) {
      this.meta = JsonArguments.object("meta", object);
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     */
    public ToolResult build() {
      return new ToolResult(this);
    }

    static JsonNode parse(String json) {
      Objects.requireNonNull(json, "json");
      return JsonArguments.parse("structured content", json);
    }
  }
}
