package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Reads one property of an object schema, with its {@code x-java.properties} override. */
final class PropertyReader {
  private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "additionalProperties", "getClass");

  private PropertyReader() {}

  static Property read(String module, String schema, String wire, JsonNode node, JsonNode override,
      boolean required, boolean tristateObject, boolean explicitNulls, boolean checks, TypeMapper types) {
    String where = schema + "." + wire;
    String name = override.path("name").asText(camel(wire));
    if (!SourceVersion.isName(name) || RESERVED.contains(name)) {
      throw new IllegalArgumentException(where + ": '" + name + "' cannot be a Java name; give x-java name");
    }
    JavaType type = type(module, where, override, node, types);
    boolean nullable = TypeMapper.allowsNull(node);
    JsonNode value = TypeMapper.nonNull(node);
    String constant = null;
    if ("type".equals(wire) && override.path("constant").asBoolean(true)) {
      if (value.has("const")) {
        constant = value.get("const").asText();
      } else if (value.path("enum").size() == 1) {
        constant = value.get("enum").get(0).asText();
      }
    }
    boolean tristate = override.path("tristate").asBoolean(tristateObject && !(required && !nullable))
        || (explicitNulls && nullable && !required);
    String doc = override.has("doc")
        ? override.get("doc").asText().strip()
        : describe(node, value, wire);
    List<String> validations = new ArrayList<>();
    if (checks) {
      validations.addAll(constraints(wire, value, type));
    }
    validations.addAll(overlayChecks(wire, override));
    String singular = null;
    if (type.kind() == JavaType.Kind.LIST || type.kind() == JavaType.Kind.MAP) {
      singular = override.has("singular") ? override.get("singular").asText() : singular(name);
    }
    String defaultValue = override.path("default").asBoolean(false) ? defaultValue(where, node, value, type) : null;
    boolean isRequired = required && !nullable && !override.path("optional").asBoolean(false);
    return new Property(wire, name, type, isRequired, nullable, tristate,
        override.path("secret").asBoolean(false), constant, doc, List.copyOf(validations), singular, defaultValue,
        tristate && explicitNulls && !tristateObject, override.path("boxedSetter").asBoolean(false),
        required && nullable);
  }

  private static String defaultValue(String where, JsonNode node, JsonNode value, JavaType type) {
    JsonNode d = node.has("default") ? node.get("default") : value.has("default") ? value.get("default") : value.get("const");
    if (d == null || d.isNull() || d.isContainerNode() || type.kind() != JavaType.Kind.VALUE) {
      throw new IllegalArgumentException(where + ": x-java default, but the contract gives no scalar default");
    }
    String boxed = type.boxed().toString();
    return switch (boxed) {
      case "java.lang.Boolean" -> d.asText();
      case "java.lang.Integer" -> Integer.toString(d.asInt());
      case "java.lang.Long" -> d.asLong() + "L";
      case "java.lang.Double" -> d.asDouble() + "";
      case "java.lang.String" -> CodeBlock.of("$S", d.asText()).toString();
      default -> CodeBlock.of("$T.of($S)", type.boxed(), d.asText()).toString();
    };
  }

  private static String describe(JsonNode node, JsonNode value, String wire) {
    String text = node.path("description").asText(value.path("description").asText(""));
    if (text.isBlank()) {
      text = node.path("title").asText(wire.replace('_', ' ')).toLowerCase(Locale.ROOT);
    }
    return JavaDocs.phrase(text);
  }

  /** The Java type of a value: the overlay's {@code type} when it gives one, else its schema's. */
  static JavaType type(String module, String where, JsonNode override, JsonNode schema, TypeMapper types) {
    return override.has("type") ? JavaType.parse(override.get("type").asText()) : types.map(module, where, schema);
  }

  /** The overlay's {@code check} entries, as checks on {@code $V}: {@code Type.method}, or a {@code Checks} method. */
  static List<String> overlayChecks(String wire, JsonNode override) {
    List<String> checks = new ArrayList<>();
    override.path("check").forEach(c -> checks.add(c.asText().contains(".")
        ? c.asText() + "($V)"
        : "Checks." + c.asText() + "(\"" + wire + "\", $V)"));
    return checks;
  }

  static List<String> constraints(String wire, JsonNode value, JavaType type) {
    List<String> checks = new ArrayList<>();
    if (value.has("maxLength") || value.has("minLength")) {
      checks.add("Checks.length(\"" + wire + "\", $V, " + value.path("minLength").asInt(0) + ", "
          + value.path("maxLength").asInt(Integer.MAX_VALUE) + ")");
    }
    if ((value.has("minimum") || value.has("maximum")) && type.kind() == JavaType.Kind.VALUE) {
      String boxed = type.boxed().toString();
      if (boxed.equals("java.lang.Integer")) {
        checks.add("Checks.range(\"" + wire + "\", $V, " + value.path("minimum").asInt(Integer.MIN_VALUE) + ", "
            + value.path("maximum").asInt(Integer.MAX_VALUE) + ")");
      } else if (boxed.equals("java.lang.Double")) {
        checks.add("Checks.range(\"" + wire + "\", $V, " + number(value, "minimum", "-Double.MAX_VALUE") + ", "
            + number(value, "maximum", "Double.MAX_VALUE") + ")");
      }
    }
    return checks;
  }

  private static String number(JsonNode value, String key, String otherwise) {
    return value.has(key) ? value.get(key).asDouble() + "" : otherwise;
  }

  static String camel(String wire) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : wire.replaceFirst("^_+", "").toCharArray()) {
      if (c == '_' || c == '-' || c == '.' || c == ' ') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  static String singular(String name) {
    if (name.endsWith("ies")) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("sses") || name.endsWith("xes")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.endsWith("s") && !name.endsWith("ss")) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
