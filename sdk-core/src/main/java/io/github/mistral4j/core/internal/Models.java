package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.MistralInvalidDataException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Copies and presence checks the API modules' model classes share. */
public final class Models {
  private Models() {}

  /**
   * Fails when a required field was not set.
   *
   * @param value the field's value
   * @param type the model's name
   * @param field the field's JSON name
   * @param <T> value type
   * @return the value
   * @throws IllegalStateException naming the field when the value is null (a builder's {@code
   *     build()} without a required field)
   */
  public static <T> T required(@Nullable T value, String type, String field) {
    if (value == null) {
      throw new IllegalStateException(type + "." + field + " is required");
    }
    return value;
  }

  /**
   * A required field of a decoded model when reading it: the response may have lacked it.
   *
   * @param value the field, or {@code null} when the response lacked it
   * @param type the model's simple name
   * @param field the field's JSON name
   * @param <T> the field's type
   * @return the value
   * @throws MistralInvalidDataException naming the field when it is missing
   */
  public static <T> T present(@Nullable T value, String type, String field) {
    if (value == null) {
      throw new MistralInvalidDataException(
          type + "." + field + " is missing: the response lacked a field the contract requires", 0, null);
    }
    return value;
  }

  /**
   * Reads what the SDK itself needs from a decoded 200 response (such as the next page's cursor):
   * a required field the response lacked fails the call as invalid data of that response.
   *
   * @param read reads the field
   * @param <T> the field's type
   * @return the field
   * @throws MistralInvalidDataException with status 200 naming the field when it is missing
   */
  public static <T> T needed(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (MistralInvalidDataException e) {
      if (e.statusCode() != 0) {
        throw e;
      }
      throw new MistralInvalidDataException(e.getMessage(), 200, null);
    }
  }

  /**
   * An immutable copy of a list; {@code null} gives an empty list.
   *
   * @param list the list
   * @param <T> element type
   * @return the copy
   * @throws NullPointerException when an element is null
   */
  public static <T> List<T> list(@Nullable List<? extends T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * The list a model keeps: the builder's own list, read-only, when the model {@link Ownership owns}
   * it (nobody else holds it), else an immutable copy as {@link #list(List)}.
   *
   * @param list the builder's list
   * @param owned whether the model may keep it
   * @param <T> element type
   * @return the list
   * @throws NullPointerException when an element is null
   */
  public static <T> List<T> list(@Nullable List<? extends T> list, boolean owned) {
    if (!owned || list == null || list.isEmpty()) {
      return list(list);
    }
    for (T item : list) {
      Objects.requireNonNull(item);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * A mutable copy for a builder; {@code null} gives an empty list.
   *
   * @param list the list
   * @param <T> element type
   * @return the copy
   */
  public static <T> List<T> mutableList(@Nullable List<? extends T> list) {
    return list == null ? new ArrayList<>() : new ArrayList<>(list);
  }

  /**
   * An immutable copy of a map keeping its order; {@code null} gives an empty map.
   *
   * @param map the map
   * @param <V> value type
   * @return the copy
   */
  public static <V> Map<String, V> map(@Nullable Map<String, ? extends V> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * The map a model keeps: the builder's own map, read-only, when the model {@link Ownership owns}
   * it, else a copy as {@link #map(Map)}.
   *
   * @param map the builder's map
   * @param owned whether the model may keep it
   * @param <V> value type
   * @return the map
   */
  public static <V> Map<String, V> map(@Nullable Map<String, ? extends V> map, boolean owned) {
    return owned && map != null && !map.isEmpty() ? Collections.unmodifiableMap(map) : map(map);
  }

  /**
   * A mutable copy for a builder; {@code null} gives an empty map.
   *
   * @param map the map
   * @param <V> value type
   * @return the copy
   */
  public static <V> Map<String, V> mutableMap(@Nullable Map<String, ? extends V> map) {
    return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
  }

  /**
   * A deep copy of a JSON tree; JSON {@code null} and missing nodes give {@code null}.
   *
   * @param node the tree
   * @return the copy, or null
   */
  public static @Nullable JsonNode node(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.deepCopy();
  }

  /**
   * The tree a model keeps: the tree itself when the model {@link Ownership owns} it, else a deep
   * copy as {@link #node(JsonNode)}; JSON {@code null} and missing nodes give {@code null}.
   *
   * @param node the tree
   * @param owned whether the model may keep it
   * @return the tree, or null
   */
  public static @Nullable JsonNode node(@Nullable JsonNode node, boolean owned) {
    if (!owned) {
      return node(node);
    }
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  /**
   * A deep copy of a required JSON tree.
   *
   * @param node the tree
   * @param type the model's name
   * @param field the field's JSON name
   * @return the copy
   * @throws NullPointerException when the tree is null or JSON null
   */
  public static JsonNode requiredNode(@Nullable JsonNode node, String type, String field) {
    return required(node(node), type, field);
  }

  /**
   * An immutable map of deep copies of JSON trees, keeping the order; {@code null} gives an
   * empty map.
   *
   * @param nodes the trees by name
   * @return the copy
   */
  public static Map<String, JsonNode> nodes(@Nullable Map<String, JsonNode> nodes) {
    if (nodes == null || nodes.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    nodes.forEach((k, v) -> copy.put(k, v == null ? NullNode.getInstance() : v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The trees a model keeps: the builder's own map, read-only, when the model {@link Ownership
   * owns} it, else deep copies as {@link #nodes(Map)}. A {@code null} value becomes JSON null.
   *
   * @param nodes the builder's trees by name
   * @param owned whether the model may keep them
   * @return the map
   */
  public static Map<String, JsonNode> nodes(@Nullable Map<String, JsonNode> nodes, boolean owned) {
    if (!owned || nodes == null || nodes.isEmpty()) {
      return nodes(nodes);
    }
    nodes.replaceAll((k, v) -> v == null ? NullNode.getInstance() : v);
    return Collections.unmodifiableMap(nodes);
  }


  /**
   * Replaces the content of a builder's list; {@code null} empties it.
   *
   * @param target the builder's list
   * @param source the new items, none of them null
   * @param name the JSON name of the field, for messages
   * @param <T> item type
   * @throws NullPointerException when an item is null
   */
  public static <T> void replace(List<T> target, @Nullable List<? extends T> source, String name) {
    target.clear();
    if (source != null) {
      for (T item : source) {
        target.add(Objects.requireNonNull(item, () -> name + " must not contain null"));
      }
    }
  }
}
