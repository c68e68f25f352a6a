package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stand-in's request specs to generate, from the overlay's root {@code x-standin}: every schema
 * reachable from the operations' request bodies and the extra {@code schemas} listed there, and
 * what the contract cannot say about them ({@code partial} bodies, per-property {@code rules}).
 *
 * @param module the folder of the owning Maven module
 * @param self the generated class
 * @param javadoc the class description
 * @param schemas the named schemas that get a constant (objects with properties and string enums),
 *     in the order they are first reached
 * @param partial the object schemas whose absent fields stay absent (PATCH-like bodies)
 * @param rules per {@code Schema.property}: the overlay's {@code pattern}, {@code default} or {@code
 *     enum} (the label of an inline enum the server declares as a named enum)
 * @param parameters the parameters declared inline in operations that get a constant too
 */
public record StandInSpecsModel(
    String module, ClassName self, String javadoc, List<String> schemas, Set<String> partial,
    Map<String, JsonNode> rules, List<StandInParameter> parameters) {
  static final String KEY = "x-standin";
  static final String REF = "#/components/schemas/";
  private static final Set<String> RULE_KEYS = Set.of("pattern", "default", "enum");
  /** Keywords whose values are JSON values, not schemas. */
  private static final Set<String> VALUES = Set.of("examples", "default", "enum", "const", "discriminator");

  /**
   * The stand-in's specs of a contract to which the overlay was applied.
   *
   * @param document the contract with its overlay
   * @return the model, or empty when the overlay has no {@code x-standin}
   */
  public static Optional<StandInSpecsModel> read(JsonNode document) {
    JsonNode c = document.get(KEY);
    if (c == null) {
      return Optional.empty();
    }
    String name = required(c, "class");
    JsonNode schemas = document.path("components").path("schemas");
    List<String> roots = new ArrayList<>(requestBodies(document));
    c.path("schemas").forEach(s -> roots.add(existing(schemas, s.asText(), "schemas")));
    Set<String> reached = new LinkedHashSet<>();
    roots.forEach(r -> reach(schemas, r, reached));
    List<String> constants = reached.stream().filter(s -> isConstant(schemas.get(s))).toList();
    Set<String> partial = new LinkedHashSet<>();
    for (JsonNode p : c.path("partial")) {
      if (!constants.contains(p.asText()) || !schemas.get(p.asText()).has("properties")) {
        throw new IllegalArgumentException(KEY + ".partial: " + p.asText() + " is no object schema the stand-in checks");
      }
      partial.add(p.asText());
    }
    return Optional.of(new StandInSpecsModel(required(c, "module"), ClassName.get(required(c, "package"), name),
        required(c, "javadoc").strip(),
        constants, partial, rules(schemas, reached, c.path("rules")),
        StandInParameter.read(document, c.path("parameters"))));
  }

  /**
   * Whether a named schema gets a constant: an object with properties, or a string enum.
   *
   * @param schema the schema
   * @return whether it is declared once and referred to by name
   */
  static boolean isConstant(JsonNode schema) {
    return schema.path("properties").size() > 0 || (schema.has("enum") && "string".equals(schema.path("type").asText()));
  }

  /** The request body schemas of the operations, in the contract's order. */
  private static List<String> requestBodies(JsonNode document) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode path : document.path("paths")) {
      for (JsonNode op : path) {
        JsonNode ref = op.path("requestBody").path("content").path("application/json").path("schema").path("$ref");
        if (ref.isTextual()) {
          out.add(ref.asText().substring(REF.length()));
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static void reach(JsonNode schemas, String name, Set<String> reached) {
    if (reached.add(name)) {
      refs(schemas.get(name), schemas, reached);
    }
  }

  private static void refs(JsonNode node, JsonNode schemas, Set<String> reached) {
    if (node.isObject() && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith(REF)) {
        throw new IllegalArgumentException(KEY + ": unsupported $ref " + ref);
      }
      reach(schemas, existing(schemas, ref.substring(REF.length()), "$ref"), reached);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("properties")) {
        e.getValue().forEach(p -> refs(p, schemas, reached));
      } else if (!VALUES.contains(e.getKey()) && !e.getKey().startsWith("x-")) {
        refs(e.getValue(), schemas, reached);
      }
    }
    if (node.isArray()) {
      node.forEach(n -> refs(n, schemas, reached));
    }
  }

  private static Map<String, JsonNode> rules(JsonNode schemas, Set<String> reached, JsonNode rules) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String[] parts = e.getKey().split("\\.", 2);
      if (parts.length != 2 || !reached.contains(parts[0])
          || !schemas.get(parts[0]).path("properties").has(parts[1])) {
        throw new IllegalArgumentException(KEY + ".rules: " + e.getKey()
            + " names no property of a schema the stand-in checks (Schema.property)");
      }
      e.getValue().fieldNames().forEachRemaining(k -> {
        if (!RULE_KEYS.contains(k)) {
          throw new IllegalArgumentException(KEY + ".rules." + e.getKey() + ": unknown key " + k + " (" + RULE_KEYS + ")");
        }
      });
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private static String required(JsonNode c, String field) {
    String value = c.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(KEY + "." + field + " is missing");
    }
    return value;
  }

  private static String existing(JsonNode schemas, String name, String what) {
    if (!schemas.has(name)) {
      throw new IllegalArgumentException(KEY + "." + what + ": no schema " + name + " in the contract");
    }
    return name;
  }
}
