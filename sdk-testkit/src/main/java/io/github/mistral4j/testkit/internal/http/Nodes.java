package io.github.mistral4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.jspecify.annotations.Nullable;

/** Small helpers to read and write JSON members. */
public final class Nodes {
  private Nodes() {}

  /** A member's text, or null when absent or JSON null. */
  public static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * The text a PATCH-like request sets a member to: the member's text when it was sent (null for JSON null),
   * else the current value.
   */
  public static @Nullable String textIfSent(JsonNode node, String field, @Nullable String current) {
    return node.has(field) ? text(node, field) : current;
  }

  /** Whether the member is present (even as JSON null). */
  public static boolean has(JsonNode node, String field) {
    return node.has(field);
  }

  /** Whether the member is present and not JSON null. */
  public static boolean present(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /** A text node, or JSON null. */
  public static JsonNode textOrNull(@Nullable String value) {
    return value == null ? NullNode.getInstance() : TextNode.valueOf(value);
  }

  /** A copy of a node, or JSON null. */
  public static JsonNode copyOrNull(@Nullable JsonNode value) {
    return value == null ? NullNode.getInstance() : value.deepCopy();
  }

  /** A new empty object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
