package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.internal.Json;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Reads a tool's {@code inputSchema} without the deep copy {@link McpTool#inputSchema()} makes:
 * through the accessor the model's JSON serialisation uses, which gives the tree as the model holds
 * it. The tree stays the model's; the conversion only reads it (it copies what it changes). When
 * Jackson offers no such accessor, the public accessor's copy is read instead.
 */
final class HeldSchema {
  private static final @Nullable BeanPropertyWriter INPUT_SCHEMA = writerOf("inputSchema");

  private HeldSchema() {}

  /**
   * The tool's input schema as the model holds it; not to be modified.
   *
   * @param tool the tool
   * @return the schema, or {@code null} when the tool has none
   */
  static @Nullable JsonNode inputSchema(McpTool tool) {
    if (INPUT_SCHEMA != null) {
      try {
        return (JsonNode) INPUT_SCHEMA.get(tool);
      } catch (Exception e) {
        // an accessor that fails is read as the public one reads it, below
      }
    }
    try {
      return tool.inputSchema();
    } catch (MistralInvalidDataException e) {
      return null;
    }
  }

  /** {@return whether the schema is read without a copy} */
  static boolean direct() {
    return INPUT_SCHEMA != null;
  }

  /** The serialiser's writer of a tree-valued property of {@link McpTool}, or {@code null}. */
  static @Nullable BeanPropertyWriter writerOf(String property) {
    JsonSerializer<Object> serializer;
    try {
      serializer = Json.mapper().getSerializerProviderInstance().findValueSerializer(McpTool.class);
    } catch (JsonMappingException e) {
      return null;
    }
    if (serializer instanceof BeanSerializerBase bean) {
      for (Iterator<PropertyWriter> properties = bean.properties(); properties.hasNext(); ) {
        if (properties.next() instanceof BeanPropertyWriter writer
            && writer.getName().equals(property)
            && JsonNode.class.isAssignableFrom(writer.getType().getRawClass())) {
          return writer;
        }
      }
    }
    return null;
  }
}
