package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a JSON schema asks of a value, as comparable sets: every property path ({@code
 * /parent/children[]/type}), the required names of each object path, the enum (and const) values
 * of each path, the {@code oneOf} branch count of each path, the paths closed by {@code
 * additionalProperties: false}, and the paths where recursion stops. Branches of {@code allOf},
 * {@code anyOf} and {@code oneOf} count at their parent's path, so that an {@code allOf} merged into
 * one object reads the same as the original. Descriptions and titles are not compared.
 *
 * <p>Written independently of the converter: the original's references are followed here, with
 * recursion stopped after the same number of unfoldings the converter promises.
 */
final class SchemaSkeleton {
  /** Keywords of a tool's root that the converter states in words instead. */
  private static final Set<String> ROOT_RULES =
      Set.of("if", "then", "else", "dependentRequired", "dependencies", "dependentSchemas", "not",
          "patternProperties", "propertyNames", "unevaluatedProperties");

  final Set<String> properties = new TreeSet<>();
  final Map<String, Set<String>> required = new TreeMap<>();
  final Map<String, Set<String>> enums = new TreeMap<>();
  final Map<String, Integer> oneOf = new TreeMap<>();
  final Set<String> closed = new TreeSet<>();
  final Set<String> openEnds = new TreeSet<>();

  private final JsonNode document;
  private final boolean original;

  private SchemaSkeleton(JsonNode document, boolean original) {
    this.document = document;
    this.original = original;
  }

  /** The skeleton of a tool's input schema as its server wrote it, references followed. */
  static SchemaSkeleton ofOriginal(JsonNode inputSchema) {
    SchemaSkeleton s = new SchemaSkeleton(inputSchema, true);
    s.walk(inputSchema, "", List.of("#"), true, false);
    return s;
  }

  /**
   * The skeleton of a converted schema: what a model integration sent, or the specification
   * rendered by {@link SchemaRender} ({@code {"raw": ...}} unwrapped).
   */
  static SchemaSkeleton ofConverted(JsonNode schema) {
    SchemaSkeleton s = new SchemaSkeleton(schema, false);
    s.walk(schema, "", List.of(), true, false);
    return s;
  }

  private void walk(JsonNode node, String path, List<String> expanding, boolean root, boolean alternative) {
    if (!node.isObject()) {
      return;
    }
    if (!original && node.size() == 1 && node.has("raw")) {
      walk(node.get("raw"), path, expanding, root, alternative);
      return;
    }
    JsonNode ref = node.get("$ref");
    if (original && ref != null && ref.isTextual()) {
      String fragment = ref.textValue().startsWith("#") ? decode(ref.textValue().substring(1)) : "-";
      JsonNode target = fragment.isEmpty() || fragment.startsWith("/") ? document.at(fragment) : null;
      if (target != null && !target.isMissingNode()) {
        if (Collections.frequency(expanding, ref.textValue()) >= SchemaInliner.UNFOLDS) {
          openEnds.add(path);
          return;
        }
        List<String> deeper = new ArrayList<>(expanding);
        deeper.add(ref.textValue());
        walk(target, path, deeper, root, alternative);
      }
    }
    if (!original && node.path("description").asText().startsWith("A further ") && node.path("properties").isEmpty()) {
      openEnds.add(path);
      return;
    }
    for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = node.get(keyword);
      if (branches == null || !branches.isArray()) {
        continue;
      }
      if (keyword.equals("oneOf") && branches.size() > 1 && !root) { // root alternatives are stated in words
        oneOf.merge(path, branches.size(), Integer::sum);
      }
      boolean alternatives = root && !keyword.equals("allOf");
      for (JsonNode branch : branches) {
        walk(branch, path, expanding, root, alternative || alternatives);
      }
      if (alternatives && original) {
        required(path).addAll(commonRequired(branches, expanding));
      }
    }
    JsonMaps.fields(node.get("properties")).forEach(e -> {
      properties.add(path + "/" + e.getKey());
      walk(e.getValue(), path + "/" + e.getKey(), expanding, false, false);
    });
    if (!alternative && node.has("required")) {
      node.get("required").forEach(n -> required(path).add(n.asText()));
    }
    if (node.has("enum")) {
      node.get("enum").forEach(v -> {
        if (!v.isNull()) {
          enums.computeIfAbsent(path, k -> new TreeSet<>()).add(v.toString());
        }
      });
    }
    if (node.has("const") && !node.get("const").isNull()) {
      enums.computeIfAbsent(path, k -> new TreeSet<>()).add(node.get("const").toString());
    }
    JsonNode items = node.get("items");
    if (items != null && items.isObject()) {
      walk(items, path + "[]", expanding, false, false);
    }
    JsonNode tuple = node.has("prefixItems") ? node.get("prefixItems") : items != null && items.isArray() ? items : null;
    if (tuple != null) {
      for (int i = 0; i < tuple.size(); i++) {
        walk(tuple.get(i), path + "[" + i + "]", expanding, false, false);
      }
    }
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
      closed.add(path);
    } else if (additional != null && additional.isObject() && !(root && original)) {
      walk(additional, path + "{*}", expanding, false, false);
    }
    if (!root) {
      for (String keyword : ROOT_RULES) {
        JsonNode rule = node.get(keyword);
        if (rule != null && rule.isObject() && !keyword.startsWith("depend") && !keyword.equals("patternProperties")) {
          walk(rule, path + "?" + keyword, expanding, false, false);
        }
      }
    }
  }

  private Set<String> commonRequired(JsonNode branches, List<String> expanding) {
    Set<String> common = null;
    for (JsonNode branch : branches) {
      JsonNode b = branch;
      if (b.has("$ref")) {
        b = document.at(decode(b.get("$ref").asText().substring(1)));
      }
      Set<String> own = new HashSet<>();
      b.path("required").forEach(n -> own.add(n.asText()));
      if (common == null) {
        common = own;
      } else {
        common.retainAll(own);
      }
    }
    return common == null ? Set.of() : common;
  }

  private static String decode(String pointer) {
    return java.net.URLDecoder.decode(pointer.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  private Set<String> required(String path) {
    return required.computeIfAbsent(path, k -> new TreeSet<>());
  }

  /** Map entries of an object node (none for anything else). */
  private static final class JsonMaps {
    private JsonMaps() {}

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
      List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
      if (node != null && node.isObject()) {
        node.fields().forEachRemaining(out::add);
      }
      return out;
    }
  }
}
