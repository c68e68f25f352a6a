package io.github.mistral4j.springai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * The input schema a Spring AI tool definition carries: the MCP tool's own {@code inputSchema},
 * as JSON, changed only where Mistral would refuse it. Mistral takes a function's parameters as one
 * JSON object schema: a missing or non-object schema becomes an object with no properties, a root
 * without {@code type} gets {@code "type": "object"}, and an object root without {@code properties}
 * gets an empty one. Everything else (nested schemas, {@code $defs}, {@code anyOf}, descriptions)
 * is passed through unchanged.
 */
public final class InputSchemas {
  private InputSchemas() {}

  /**
   * The schema for Mistral.
   *
   * @param inputSchema the tool's {@code inputSchema}, or {@code null}
   * @return the schema as compact JSON
   */
  public static String forMistral(@Nullable JsonNode inputSchema) {
    if (inputSchema == null || !inputSchema.isObject()) {
      return emptyObject().toString();
    }
    ObjectNode schema = ((ObjectNode) inputSchema).deepCopy();
    JsonNode type = schema.get("type");
    if (type == null || type.isNull()) {
      schema.put("type", "object");
    } else if (!"object".equals(type.asText())) {
      return emptyObject().toString();
    }
    if (!schema.path("properties").isObject()) {
      schema.set("properties", Json.mapper().createObjectNode());
    }
    return schema.toString();
  }

  private static ObjectNode emptyObject() {
    ObjectNode schema = Json.mapper().createObjectNode();
    schema.put("type", "object");
    schema.set("properties", Json.mapper().createObjectNode());
    return schema;
  }
}
