package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.connectors.internal.ToolCallContentDeserializer;

/**
 * One content block of a tool result, told apart by {@link #type()}: {@link TextContent}, {@link
 * ImageContent}, {@link AudioContent}, {@link ResourceLink}, {@link EmbeddedResource}, or {@link
 * UnknownToolCallContent} for a type this SDK version does not know (its JSON is kept as received).
 */
@JsonDeserialize(using = ToolCallContentDeserializer.class)
public sealed interface ToolCallContent
    permits TextContent,
        ImageContent,
        AudioContent,
        ResourceLink,
        EmbeddedResource,
        UnknownToolCallContent {

  /**
   * {@return the block's {@code type}: {@code text}, {@code image}, {@code audio},
   * {@code resource_link}, {@code resource}, or another value}
   */
  String type();

  /**
   * A text block.
   *
   * @param text the text
   * @return the block
   */
  static TextContent text(String text) {
    return TextContent.builder().text(text).build();
  }
}
