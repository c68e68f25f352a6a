package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a model of a tool's answer offers beyond its fields: the text, the error flag and the
 * structured result, read through {@code metadata.mcp_meta}. {@link ConnectorToolCallResponse}
 * implements it.
 */
public interface ToolCallResult {
  /** {@return the content blocks of the answer} */
  List<ToolCallContent> content();

  /** {@return the answer's metadata, or {@code null} when absent} */
  @Nullable ConnectorToolCallMetadata metadata();

  /**
   * The text of every {@link TextContent} block, joined with a newline; empty when there is none.
   *
   * @return the text
   */
  default String text() {
    StringBuilder out = new StringBuilder();
    for (ToolCallContent block : content()) {
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
  default boolean isError() {
    ConnectorToolResultMetadata mcp = mcpMeta();
    return mcp != null && mcp.isError();
  }

  /**
   * The tool's structured result ({@code metadata.mcp_meta.structuredContent}), or {@code null}.
   *
   * @return a copy of the structured result
   */
  default @Nullable JsonNode structuredContent() {
    ConnectorToolResultMetadata mcp = mcpMeta();
    return mcp == null ? null : mcp.structuredContent();
  }

  private @Nullable ConnectorToolResultMetadata mcpMeta() {
    ConnectorToolCallMetadata metadata = metadata();
    return metadata == null ? null : metadata.mcpMeta();
  }
}
