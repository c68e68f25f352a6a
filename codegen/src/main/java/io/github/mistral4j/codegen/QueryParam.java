package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * One query parameter of a parameter class ({@link ParamsModel}), read from the contract and its
 * {@code x-java-params} entry.
 *
 * @param wire the parameter's name, or {@code param.property} for a property of an object
 *     parameter sent in form style; names the value in check messages
 * @param name the Java name of the accessor and the builder setter
 * @param type the Java type: a value, a list (set and added to, never null) or a map of JSON trees
 * @param doc what it is, a phrase
 * @param unset what {@code null} means, a phrase after "or {@code null}"
 * @param limits the contract's (or the overlay's) limits in words, or empty
 * @param checks Java statements validating a value, with {@code $V} for the value expression
 * @param boxedSetter whether a number or boolean is set through a nullable boxed parameter
 * @param singular the name of {@code addX}/{@code putX} for a list or map, else {@code null}
 * @param json whether the contract sends it as one JSON text ({@code content: application/json})
 */
public record QueryParam(
    String wire,
    String name,
    JavaType type,
    String doc,
    String unset,
    String limits,
    List<String> checks,
    boolean boxedSetter,
    @Nullable String singular,
    boolean json) {
  private static final Set<String> RESERVED =
      Set.of("builder", "toBuilder", "none", "build", "equals", "hashCode", "toString", "getClass");
  private static final List<String> LIMITS = List.of("minimum", "maximum", "minLength", "maxLength");

  /** {@return whether the setter takes a primitive} */
  public boolean primitiveSetter() {
    return type.isBoxedPrimitive() && !boxedSetter;
  }

  /**
   * Reads one parameter.
   *
   * @param module the folder of the module that owns the class
   * @param owner the class name, for messages
   * @param wire the parameter's name, or {@code param.property}
   * @param parameter the contract's parameter (its description)
   * @param schema the schema of its values (of the property, for {@code param.property})
   * @param override the overlay's entry for it
   * @param types the contract's type mapper
   * @return the parameter
   */
  static QueryParam read(String module, String owner, String wire, JsonNode parameter, JsonNode schema,
      JsonNode override, TypeMapper types) {
    String where = owner + "." + wire;
    String name = override.path("name").asText(PropertyReader.camel(wire.substring(wire.lastIndexOf('.') + 1)));
    if (!SourceVersion.isName(name) || RESERVED.contains(name)) {
      throw new IllegalArgumentException(where + ": '" + name + "' cannot be a Java name; give name");
    }
    JavaType type = PropertyReader.type(module, where, override, schema, types);
    boolean tree = type.kind() == JavaType.Kind.MAP && type.element().equals(JavaType.JSON_NODE);
    if (type.kind() == JavaType.Kind.NODE || (type.kind() == JavaType.Kind.MAP && !tree)) {
      throw new IllegalArgumentException(where + ": " + type.boxed() + " is not supported as a query parameter");
    }
    boolean boxedSetter = override.path("boxedSetter").asBoolean(false);
    if (boxedSetter && !type.isBoxedPrimitive()) {
      throw new IllegalArgumentException(where + ": boxedSetter applies to numbers and booleans only");
    }
    JsonNode value = TypeMapper.nonNull(schema);
    ObjectNode limited = value.isObject() ? value.deepCopy() : JsonNodeFactory.instance.objectNode();
    for (String key : LIMITS) {
      if (override.has(key)) {
        if (value.has(key)) {
          throw new IllegalArgumentException(where + ": the contract states " + key + "; drop it from the overlay");
        }
        limited.set(key, override.get(key));
      }
    }
    List<String> checks = new ArrayList<>(PropertyReader.constraints(wire, limited, type));
    checks.addAll(PropertyReader.overlayChecks(wire, override));
    if (type.kind() != JavaType.Kind.VALUE && !checks.isEmpty()) {
      throw new IllegalArgumentException(where + ": checks on a list or map are not supported");
    }
    if (value.has("pattern") && !override.has("check")) {
      throw new IllegalArgumentException(where + ": the contract's pattern " + value.get("pattern").asText()
          + " needs a check (Checks.NAME or Type.method)");
    }
    String singular = type.kind() == JavaType.Kind.VALUE ? null
        : override.has("singular") ? override.get("singular").asText() : PropertyReader.singular(name);
    JsonNode described = wire.contains(".") ? schema : parameter;
    return new QueryParam(wire, name, type, doc(where, described, schema, override), unset(value, override),
        limits(limited), List.copyOf(checks), boxedSetter, singular, parameter.has("content"));
  }

  /** The overlay's doc, else the description of the parameter (of the property), else of its schema. */
  private static String doc(String where, JsonNode described, JsonNode schema, JsonNode override) {
    if (override.has("doc")) {
      return override.get("doc").asText().strip();
    }
    String text = described.path("description").asText(schema.path("description").asText(""));
    if (text.isBlank()) {
      throw new IllegalArgumentException(where + ": no description in the contract; give doc");
    }
    return JavaDocs.phrase(text);
  }

  private static String unset(JsonNode value, JsonNode override) {
    if (override.has("unset")) {
      return override.get("unset").asText().strip();
    }
    JsonNode d = value.get("default");
    return d == null || d.isContainerNode() || d.isNull()
        ? "when not set"
        : "when not set (the server's default: {@code " + JavaDocs.escape(d.asText()) + "})";
  }

  private static String limits(JsonNode s) {
    if (s.has("minimum") && s.has("maximum")) {
      return "from " + s.get("minimum").asText() + " to " + s.get("maximum").asText();
    }
    if (s.has("minimum")) {
      return s.get("minimum").asText() + " or more";
    }
    if (s.has("maximum")) {
      return "at most " + s.get("maximum").asText();
    }
    if (s.has("minLength") && s.has("maxLength")) {
      return s.get("minLength").asText() + " to " + s.get("maxLength").asText() + " characters";
    }
    if (s.has("maxLength")) {
      return "at most " + s.get("maxLength").asText() + " characters";
    }
    return s.has("minLength") ? "at least " + s.get("minLength").asText() + " characters" : "";
  }
}
