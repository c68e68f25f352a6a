package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.AudioContent;
import io.github.mistral4j.connectors.mcp.EmbeddedResource;
import io.github.mistral4j.connectors.mcp.ImageContent;
import io.github.mistral4j.connectors.mcp.ResourceLink;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.connectors.mcp.ToolCallContent;
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent;
import io.github.mistral4j.core.model.UnionDeserializer;
import java.util.Map;

/** Decodes a tool result block by its {@code type}; an unknown type keeps its JSON. */
public final class ToolCallContentDeserializer extends UnionDeserializer<ToolCallContent> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer (Jackson instantiates it). */
  public ToolCallContentDeserializer() {
    super(
        ToolCallContent.class,
        "type",
        Map.of(
            "text", TextContent.class,
            "image", ImageContent.class,
            "audio", AudioContent.class,
            "resource_link", ResourceLink.class,
            "resource", EmbeddedResource.class));
  }

  @Override
  protected ToolCallContent unknown(JsonNode raw) {
    return UnknownToolCallContent.of(raw);
  }
}
