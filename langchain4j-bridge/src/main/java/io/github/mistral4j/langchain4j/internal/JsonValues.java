package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.github.mistral4j.core.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON objects as plain Java maps for tool metadata: the values Jackson's {@code
 * convertValue(node, LinkedHashMap.class)} gives (ordered maps, array lists, strings, booleans,
 * nulls; {@code Integer}, {@code Long}, {@code BigInteger} and {@code Double} as the nodes hold
 * them), read straight from the tree instead of written to a token buffer and parsed back. A tree
 * holding any other kind of node (short, float, decimal, binary, POJO) goes through Jackson.
 */
final class JsonValues {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  /** Stands for a subtree holding a node Jackson is left to read. */
  private static final Object NOT_PLAIN = new Object();

  private JsonValues() {}

  /**
   * The object as a map.
   *
   * @param object a JSON object
   * @return a new, modifiable, ordered map
   */
  static Map<String, Object> toMap(JsonNode object) {
    Object value = object.isObject() ? value(object) : NOT_PLAIN;
    @SuppressWarnings("unchecked") // value() makes a JSON object a Map<String, Object>
    Map<String, Object> map = value == NOT_PLAIN ? viaJackson(object) : (Map<String, Object>) value;
    return map;
  }

  /** The conversion this class stands in for: Jackson's round trip through a token buffer. */
  static Map<String, Object> viaJackson(JsonNode object) {
    return Json.mapper().convertValue(object, MAP);
  }

  /** Whether every node is one this class reads as Jackson would. */
  static boolean plain(JsonNode node) {
    return value(node) != NOT_PLAIN;
  }

  /** The node's value, or {@link #NOT_PLAIN} when it holds a node Jackson is left to read. */
  private static @Nullable Object value(JsonNode node) {
    if (node.isObject()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        Object value = value(field.getValue());
        if (value == NOT_PLAIN) {
          return NOT_PLAIN;
        }
        map.put(field.getKey(), value);
      }
      return map;
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        Object value = value(item);
        if (value == NOT_PLAIN) {
          return NOT_PLAIN;
        }
        list.add(value);
      }
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull()) {
      return null;
    }
    boolean plainNumber = node instanceof IntNode || node instanceof LongNode || node instanceof DoubleNode
        || node instanceof BigIntegerNode;
    return plainNumber ? node.numberValue() : NOT_PLAIN;
  }
}
