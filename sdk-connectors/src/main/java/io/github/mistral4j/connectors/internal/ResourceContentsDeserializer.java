package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.mistral4j.connectors.mcp.BlobResourceContents;
import io.github.mistral4j.connectors.mcp.ResourceContents;
import io.github.mistral4j.connectors.mcp.TextResourceContents;
import io.github.mistral4j.connectors.mcp.UnknownResourceContents;
import java.io.IOException;

/**
 * Decodes resource contents by shape, as the contract has no discriminator: {@code text} gives
 * text contents, {@code blob} binary contents, anything else keeps its JSON.
 */
public final class ResourceContentsDeserializer extends StdDeserializer<ResourceContents> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer (Jackson instantiates it). */
  public ResourceContentsDeserializer() {
    super(ResourceContents.class);
  }

  @Override
  public ResourceContents deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (node == null) {
      return UnknownResourceContents.of(NullNode.getInstance());
    }
    if (node.isObject() && node.path("uri").isTextual()) {
      if (node.path("text").isTextual()) {
        return ctxt.readTreeAsValue(node, TextResourceContents.class);
      }
      if (node.path("blob").isTextual()) {
        return ctxt.readTreeAsValue(node, BlobResourceContents.class);
      }
    }
    return UnknownResourceContents.of(node);
  }
}
