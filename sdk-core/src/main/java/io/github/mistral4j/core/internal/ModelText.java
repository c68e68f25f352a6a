package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import io.github.mistral4j.core.model.Tristate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@code toString()} of a model: {@code Type{field=value, ...}}, leaving out null and
 * empty values, printing {@code ****} for secrets and masking secret members of JSON trees.
 */
public final class ModelText {
  private final StringBuilder text;
  private boolean first = true;

  private ModelText(String type) {
    this.text = new StringBuilder(type).append('{');
  }

  /**
   * Starts the text of a model.
   *
   * @param type the model's simple name
   * @return the builder
   */
  public static ModelText of(String type) {
    return new ModelText(type);
  }

  /**
   * Adds a field unless it is null or an empty collection or map.
   *
   * @param name field name
   * @param value field value
   * @return this
   */
  public ModelText add(String name, @Nullable Object value) {
    if (value == null
        || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty())) {
      return this;
    }
    return append(name, String.valueOf(value));
  }

  /**
   * Adds a secret: {@code ****} when set.
   *
   * @param name field name
   * @param value the secret
   * @return this
   */
  public ModelText secret(String name, @Nullable Object value) {
    return value == null ? this : append(name, SecretMasker.MASK);
  }

  /**
   * Adds a map whose values are secrets (headers): keys shown, values {@code ****}.
   *
   * @param name field name
   * @param values the map
   * @return this
   */
  public ModelText secretValues(String name, Map<String, ?> values) {
    if (values.isEmpty()) {
      return this;
    }
    Map<String, String> masked = new LinkedHashMap<>();
    values.keySet().forEach(k -> masked.put(k, SecretMasker.MASK));
    return append(name, masked.toString());
  }

  /**
   * Adds a JSON tree with its secret members masked.
   *
   * @param name field name
   * @param value the tree
   * @return this
   */
  public ModelText json(String name, @Nullable JsonNode value) {
    return value == null ? this : append(name, SecretMasker.mask(value).toString());
  }

  /**
   * Adds JSON trees by name (such as {@code _meta}) with secret members masked.
   *
   * @param name field name
   * @param values the trees
   * @return this
   */
  public ModelText json(String name, Map<String, JsonNode> values) {
    return values.isEmpty() ? this : append(name, maskedMap(values));
  }

  /**
   * Adds a tri-state field of a PATCH request: nothing when absent, {@code null} when cleared, the
   * value otherwise (JSON trees with their secret members masked).
   *
   * @param name field name
   * @param value the field
   * @return this
   */
  public ModelText tristate(String name, Tristate<?> value) {
    if (value.isAbsent()) {
      return this;
    }
    Object v = value.value();
    if (v == null) {
      return append(name, "null");
    }
    if (v instanceof JsonNode node) {
      return json(name, node);
    }
    if (v instanceof Map<?, ?> map && map.values().stream().allMatch(JsonNode.class::isInstance)) {
      @SuppressWarnings("unchecked")
      Map<String, JsonNode> nodes = (Map<String, JsonNode>) map;
      return append(name, nodes.isEmpty() ? "{}" : maskedMap(nodes));
    }
    return append(name, String.valueOf(v));
  }

  /**
   * Adds a secret tri-state field: nothing when absent, {@code null} when cleared, {@code ****}
   * otherwise.
   *
   * @param name field name
   * @param value the field
   * @return this
   */
  public ModelText secretTristate(String name, Tristate<?> value) {
    return value.isAbsent() ? this : append(name, value.isCleared() ? "null" : SecretMasker.MASK);
  }

  /**
   * Adds the fields the SDK does not know, secret members masked.
   *
   * @param additionalProperties the unknown fields
   * @return this
   */
  public ModelText extra(Map<String, JsonNode> additionalProperties) {
    return json("additionalProperties", additionalProperties);
  }

  private static String maskedMap(Map<String, JsonNode> values) {
    // masked as one object, so that the rules tied to a member's name (headers, authorization) apply
    com.fasterxml.jackson.databind.node.ObjectNode object = Json.mapper().createObjectNode();
    object.setAll(values);
    Map<String, String> out = new LinkedHashMap<>();
    JsonMaps.fieldsOf(SecretMasker.mask(object)).forEach(e -> out.put(e.getKey(), e.getValue().toString()));
    return out.toString();
  }

  private ModelText append(String name, String value) {
    if (!first) {
      text.append(", ");
    }
    first = false;
    text.append(name).append('=').append(value);
    return this;
  }

  @Override
  public String toString() {
    return text.toString() + '}';
  }
}
