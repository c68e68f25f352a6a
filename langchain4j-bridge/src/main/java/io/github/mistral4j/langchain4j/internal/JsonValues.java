package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.github.mistral4j.core.internal.Json;
import java.util.ArrayList;
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

  private JsonValues() {}

  /**
   * The object as a map.
   *
   * @param object a JSON object
   * @return a new, modifiable, ordered map
   */
  static Map<String, Object> toMap(JsonNode object) {
    return plain(object) ? map(object) : viaJackson(object);
  }

  /** The conversion this class stands in for: Jackson's round trip through a token buffer. */
  static Map<String, Object> viaJackson(JsonNode object) {
    return Json.mapper().convertValue(object, MAP);
  }

  /** Whether every node is one {@link #value} reads as Jackson would. */
  static boolean plain(JsonNode node) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (!plain(child)) {
          return false;
        }
      }
      return true;
    }
    return node.isTextual() || node.isBoolean() || node.isNull() || node instanceof IntNode
        || node instanceof LongNode || node instanceof DoubleNode || node instanceof BigIntegerNode;
  }

  private static Map<String, Object> map(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
    return map;
  }

  private static @Nullable Object value(JsonNode node) {
    if (node.isObject()) {
      return map(node);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(value(item)));
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
    return node.numberValue(); // Integer, Long, BigInteger or Double: plain() lets no other through
  }
}
