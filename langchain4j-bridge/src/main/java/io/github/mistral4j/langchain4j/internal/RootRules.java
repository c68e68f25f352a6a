package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words for the rules a tool's root schema states that a model integration cannot carry (the root
 * is sent as plain {@code properties} and {@code required}): alternatives of required arguments,
 * {@code if}/{@code then}/{@code else}, {@code dependentRequired}, {@code dependentSchemas},
 * {@code not} and the like. Each rule becomes one short sentence the model can act on, such as
 * {@code If mode is "range", also give: start, end.}; shapes with no simple wording are quoted as
 * compact JSON.
 */
final class RootRules {
  /** The longest JSON quoted in a sentence. */
  static final int MAX_QUOTE = 200;

  private static final Set<String> NOT_SHAPE = SchemaNodes.keywords(List.of("description", "title", "$comment", "examples", "example"));

  private RootRules() {}

  /**
   * The sentence for root alternatives, or {@code null} when they do not differ in what they ask.
   *
   * @param keyword {@code anyOf} or {@code oneOf}
   * @param alternatives each alternative's wording, e.g. {@code [kind: "url", url]}
   * @return the sentence, or {@code null}
   */
  static String alternatives(String keyword, List<String> alternatives) {
    String which = keyword.equals("oneOf") ? "exactly one" : "at least one";
    return "Give " + which + " of these sets of arguments: " + String.join(" or ", alternatives) + ".";
  }

  /**
   * How one alternative reads: its required arguments, and its fixed values ({@code const} or a
   * one-value {@code enum}) as {@code name: value}.
   *
   * @param branch the alternative's schema
   * @return e.g. {@code [kind: "url", url]}
   */
  static String alternative(JsonNode branch) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : JsonMaps.fieldsOf(branch.path("properties"))) {
      JsonNode fixed = fixedValue(p.getValue());
      if (fixed != null) {
        parts.add(p.getKey() + ": " + fixed);
      }
    }
    for (String name : strings(branch.get("required"))) {
      if (parts.stream().noneMatch(s -> s.startsWith(name + ": "))) {
        parts.add(name);
      }
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /**
   * The sentence for one root keyword.
   *
   * @param keyword the keyword ({@code if} stands for {@code if}/{@code then}/{@code else})
   * @param root the root schema holding it
   * @return one sentence per rule the keyword states
   */
  static List<String> sentences(String keyword, JsonNode root) {
    JsonNode value = root.get(keyword);
    List<String> out = new ArrayList<>();
    switch (keyword) {
      case "if" -> {
        StringBuilder s = new StringBuilder("If ").append(condition(value));
        if (root.has("then")) {
          s.append(", ").append(requirement(root.get("then")));
        }
        if (root.has("else")) {
          s.append(root.has("then") ? "; otherwise, " : ", unless so, ").append(requirement(root.get("else")));
        }
        out.add(s.append('.').toString());
      }
      case "dependentRequired", "dependencies", "dependentSchemas" ->
          JsonMaps.fieldsOf(value).forEach(e -> out.add("If " + e.getKey() + " is given, "
              + (e.getValue().isArray() ? "also give: " + String.join(", ", strings(e.getValue())) : requirement(e.getValue()))
              + "."));
      case "not" -> out.add(value.isObject() && value.size() == 1 && value.has("required")
          ? "Do not give " + String.join(" and ", strings(value.get("required"))) + " together."
          : "The arguments must not match " + quote(value) + ".");
      case "additionalProperties" -> out.add("Extra arguments are allowed; each must match " + quote(value) + ".");
      case "patternProperties" -> JsonMaps.fieldsOf(value).forEach(e ->
          out.add("Arguments whose names match /" + e.getKey() + "/ must match " + quote(e.getValue()) + "."));
      case "propertyNames" -> out.add("Argument names must match " + quote(value) + ".");
      default -> out.add("The arguments must also match " + quote(SchemaNodes.NODES.objectNode().set(keyword, value)) + ".");
    }
    return out;
  }

  /** A condition: {@code mode is "range" and start is given}, else the schema quoted. */
  private static String condition(JsonNode schema) {
    List<String> parts = new ArrayList<>();
    if (!simple(schema)) {
      return "the arguments match " + quote(schema);
    }
    List<String> named = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : JsonMaps.fieldsOf(schema.path("properties"))) {
      parts.add(p.getKey() + " " + valueRule(p.getValue(), "is"));
      named.add(p.getKey());
    }
    strings(schema.get("required")).stream().filter(n -> !named.contains(n)).forEach(name -> parts.add(name + " is given"));
    return parts.isEmpty() ? "the arguments match " + quote(schema) : String.join(" and ", parts);
  }

  /** A requirement: {@code also give: start, end}, {@code mode must be "x"}, else the schema quoted. */
  private static String requirement(JsonNode schema) {
    if (!simple(schema)) {
      return "the arguments must match " + quote(schema);
    }
    List<String> parts = new ArrayList<>();
    List<String> required = strings(schema.get("required"));
    if (!required.isEmpty()) {
      parts.add("also give: " + String.join(", ", required));
    }
    for (Map.Entry<String, JsonNode> p : JsonMaps.fieldsOf(schema.path("properties"))) {
      parts.add(p.getKey() + " " + valueRule(p.getValue(), "must be"));
    }
    return parts.isEmpty() ? "the arguments must match " + quote(schema) : String.join("; ", parts);
  }

  /** Whether a schema holds only {@code properties} with value rules and {@code required}. */
  private static boolean simple(JsonNode schema) {
    if (!schema.isObject()) {
      return false;
    }
    for (String key : (Iterable<String>) schema::fieldNames) {
      if (!key.equals("properties") && !key.equals("required") && !key.equals("type") && !NOT_SHAPE.contains(key)) {
        return false;
      }
    }
    for (Map.Entry<String, JsonNode> p : JsonMaps.fieldsOf(schema.path("properties"))) {
      if (fixedValue(p.getValue()) == null && !p.getValue().has("enum")) {
        return false;
      }
    }
    return true;
  }

  private static String valueRule(JsonNode property, String verb) {
    JsonNode fixed = fixedValue(property);
    return fixed != null ? verb + " " + fixed : verb + " one of " + property.get("enum");
  }

  private static @Nullable JsonNode fixedValue(JsonNode property) {
    if (property.has("const")) {
      return property.get("const");
    }
    JsonNode values = property.get("enum");
    return values != null && values.isArray() && values.size() == 1 ? values.get(0) : null;
  }

  /**
   * Compact JSON of a schema without its descriptions and titles, cut to {@link #MAX_QUOTE}
   * characters.
   *
   * @param schema the schema
   * @return the quoted text
   */
  static String quote(JsonNode schema) {
    String text = withoutAnnotations(schema).toString();
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…";
  }

  private static JsonNode withoutAnnotations(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = SchemaNodes.NODES.objectNode();
      JsonMaps.fieldsOf(node).forEach(e -> {
        if (!NOT_SHAPE.contains(e.getKey())) {
          out.set(e.getKey(), withoutAnnotations(e.getValue()));
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = SchemaNodes.NODES.arrayNode();
      node.forEach(child -> out.add(withoutAnnotations(child)));
      return out;
    }
    return node;
  }
}
