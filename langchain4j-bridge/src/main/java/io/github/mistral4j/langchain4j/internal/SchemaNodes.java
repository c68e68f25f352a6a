package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Questions about JSON-schema nodes that the schema conversion asks in several places. */
final class SchemaNodes {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** How deep conversion goes, and how many {@code $ref} hops it follows. */
  static final int MAX_DEPTH = 64;

  /** Keywords that say nothing about the shape a model must produce. */
  static final Set<String> ANNOTATIONS =
      keywords(List.of(
          "description", "title", "default", "examples", "example", "$comment", "$schema", "$id",
          "deprecated", "readOnly", "writeOnly", "nullable", "discriminator"));

  /** Keywords no typed element can carry: their sub-schema stays raw. */
  static final List<String> UNSUPPORTED =
      List.of(
          "not", "if", "then", "else", "patternProperties", "propertyNames", "dependencies",
          "dependentRequired", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems",
          "prefixItems", "contains", "$dynamicRef", "$recursiveRef");

  private static final Set<String> UNSUPPORTED_SET = keywords(UNSUPPORTED);

  private SchemaNodes() {}

  /**
   * A read-only set of keywords for the lookups made for every key of every node. Backed by a
   * {@link HashSet}, which compares cached hashes before strings; {@code Set.of} compares the
   * strings of every slot it probes, and most keys looked up are not in the set.
   */
  static Set<String> keywords(List<String> keywords) {
    return Collections.unmodifiableSet(new HashSet<>(keywords));
  }

  /**
   * The first of {@link #UNSUPPORTED}, in that order, the node has, or {@code null}. Looks each
   * keyword up: ask {@link SchemaKeys#of} first whether there is one.
   */
  static @Nullable String firstUnsupportedOf(JsonNode node) {
    for (String keyword : UNSUPPORTED) {
      if (node.has(keyword)) {
        return keyword;
      }
    }
    return null;
  }

  /** Whether a keyword is one of {@link #UNSUPPORTED}. */
  static boolean isUnsupported(String keyword) {
    return UNSUPPORTED_SET.contains(keyword);
  }

  static boolean isObjectLike(JsonNode node) {
    JsonNode type = node.get("type");
    return node.isObject() && (type == null ? !node.has("items") && !node.has("enum") : typeAllows(type, "object"));
  }

  static boolean typeAllows(JsonNode type, String name) {
    if (type.isTextual()) {
      return type.textValue().equals(name);
    }
    for (JsonNode t : type) {
      if (name.equals(t.asText())) {
        return true;
      }
    }
    return false;
  }

  static @Nullable String inferType(JsonNode node) {
    if (node.has("properties") || node.has("required") || node.has("additionalProperties")) {
      return "object";
    }
    if (node.has("items")) {
      return "array";
    }
    return null;
  }

  static boolean isEmptySchema(JsonNode node) {
    return node.isObject() && shapeKeywords(node).isEmpty();
  }

  /** An empty schema with no description either: nothing a model would miss if it were left out. */
  static boolean isBlankSchema(JsonNode node) {
    return isEmptySchema(node) && !node.has("description");
  }

  /** The keywords of a node that constrain its shape (everything but annotations and folds). */
  static Set<String> shapeKeywords(JsonNode node) {
    Set<String> keys = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(k -> {
      if (!ANNOTATIONS.contains(k) && !k.startsWith("x-") && !SchemaDescriptions.isFolded(k)) {
        keys.add(k);
      }
    });
    return keys;
  }

  /** The branch with the parent's description and default where the branch has none. */
  static JsonNode withAnnotations(JsonNode branch, JsonNode parent) {
    if (!branch.isObject()) {
      return branch;
    }
    ObjectNode copy = ((ObjectNode) branch).deepCopy();
    JsonMaps.fieldsOf(parent).forEach(e -> {
      if ((ANNOTATIONS.contains(e.getKey()) || SchemaDescriptions.isFolded(e.getKey())) && !copy.has(e.getKey())) {
        copy.set(e.getKey(), e.getValue());
      }
    });
    return copy;
  }

  /** The description of a union: the text, the default, nothing that belongs to one branch. */
  static @Nullable String describeOnly(JsonNode node) {
    ObjectNode d = NODES.objectNode();
    if (node.has("description")) {
      d.set("description", node.get("description"));
    }
    if (node.has("default")) {
      d.set("default", node.get("default"));
    }
    return SchemaDescriptions.of(d);
  }

  static void withoutNullEnumValue(ObjectNode node) {
    JsonNode values = node.get("enum");
    if (values != null && values.isArray()) {
      ArrayNode kept = NODES.arrayNode();
      values.forEach(v -> {
        if (!v.isNull()) {
          kept.add(v);
        }
      });
      node.set("enum", kept);
    }
  }

  static List<String> strings(@Nullable JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(v -> {
        if (v.isTextual()) {
          out.add(v.textValue());
        }
      });
    }
    return out;
  }
}
