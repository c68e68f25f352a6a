package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Free-form JSON objects in the models ({@code metadata}, JSON schemas, unknown fields): copied
 * deeply on the way in, kept in insertion order, read-only on the way out.
 */
public final class JsonMaps {
  private JsonMaps() {}

  /**
   * Converts a map of any JSON-serialisable values to JSON trees (deep copies).
   *
   * @param map the map, or {@code null} for none
   * @return a new, modifiable, ordered map
   */
  public static Map<String, JsonNode> copyOf(@Nullable Map<String, ?> map) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (map != null) {
      map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "map key"), toTree(v)));
    }
    return out;
  }

  /**
   * Converts a map of any JSON-serialisable values to JSON trees for a builder, which copies them
   * when it builds: a {@link JsonNode} is kept as given, anything else is serialised.
   *
   * @param map the map
   * @return a new, modifiable, ordered map
   * @throws IllegalArgumentException when a value cannot be serialised to JSON
   */
  public static LinkedHashMap<String, JsonNode> treesOf(Map<String, ?> map) {
    LinkedHashMap<String, JsonNode> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "map key"), asTree(v)));
    return out;
  }

  /**
   * Converts one value to a JSON tree for a builder, which copies it when it builds: a {@link
   * JsonNode} is kept as given, anything else is serialised, {@code null} becomes JSON null.
   *
   * @param value the value
   * @return the tree
   * @throws IllegalArgumentException when the value cannot be serialised to JSON
   */
  public static JsonNode asTree(@Nullable Object value) {
    return value instanceof JsonNode node ? node : toTree(value);
  }

  /**
   * Converts one value to a JSON tree: a {@link JsonNode} is copied, anything else is serialised
   * with the SDK's mapper, {@code null} becomes JSON null.
   *
   * @param value the value
   * @return the tree
   * @throws IllegalArgumentException when the value cannot be serialised to JSON
   */
  public static JsonNode toTree(@Nullable Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    return Json.mapper().valueToTree(value);
  }

  /**
   * A JSON null for a missing value.
   *
   * @param value the value Jackson gave
   * @return the value, or JSON null
   */
  public static JsonNode orNull(@Nullable JsonNode value) {
    return value == null ? NullNode.getInstance() : value;
  }

  /**
   * A read-only, ordered copy.
   *
   * @param map the builder's map
   * @return the map a model keeps
   */
  public static Map<String, JsonNode> freeze(Map<String, JsonNode> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * The JSON object a map stands for.
   *
   * @param map the map
   * @return a new object node
   */
  public static ObjectNode toObject(Map<String, JsonNode> map) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.setAll(map);
    return node;
  }

  /**
   * The {@code toString} part for unknown fields, secrets masked.
   *
   * @param additional the unknown fields
   * @return {@code ""} when there are none, else {@code ", additionalProperties={...}"}
   */
  public static String describeExtra(Map<String, JsonNode> additional) {
    return additional.isEmpty()
        ? ""
        : ", additionalProperties=" + SecretMasker.mask(toObject(additional));
  }

  /**
   * The members of a JSON object, in order; none for any other node. Uses {@code fields()}, which
   * every supported Jackson version has ({@code JsonNode.properties()} needs 2.15).
   *
   * @param node any JSON
   * @return its members, live (do not add members while iterating)
   */
  @SuppressWarnings("deprecation")
  public static Iterable<Map.Entry<String, JsonNode>> fieldsOf(JsonNode node) {
    return node::fields;
  }
}
