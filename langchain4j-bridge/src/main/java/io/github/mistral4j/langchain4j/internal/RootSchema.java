package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.MAX_DEPTH;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.NODES;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.UNSUPPORTED;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isObjectLike;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.typeAllows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the root of a tool schema, which must become one object: a root {@code $ref} is
 * followed, and a root {@code allOf}, {@code anyOf} or {@code oneOf} of objects is merged into the
 * root's own properties. The input is never modified.
 */
final class RootSchema {
  private final SchemaDefinitions definitions;
  private final BiConsumer<String, String> fallback;

  /**
   * Creates a preparer for one schema.
   *
   * @param definitions the schema's definitions, to follow references
   * @param fallback told (JSON pointer, reason) about every simplification
   */
  RootSchema(SchemaDefinitions definitions, BiConsumer<String, String> fallback) {
    this.definitions = definitions;
    this.fallback = fallback;
  }

  /**
   * The root as one object schema, or {@code null} when the tool gets no parameters.
   *
   * @param rootNode the tool's input schema
   * @return a new node holding the merged root, or {@code null}
   */
  @Nullable ObjectNode prepare(JsonNode rootNode) {
    if (rootNode.isNull() || rootNode.isMissingNode() || (rootNode.isBoolean() && rootNode.asBoolean())) {
      return null;
    }
    if (!rootNode.isObject()) {
      fallback.accept("", "the schema is not an object (" + rootNode.getNodeType() + "); the tool gets no parameters");
      return null;
    }
    ObjectNode root = resolveRootRef(rootNode);
    JsonNode type = root.get("type");
    if (type != null && !typeAllows(type, "object")) {
      fallback.accept("", "the root type is " + type + ", not object; the tool gets no parameters");
      return null;
    }
    ObjectNode merged = root.deepCopy();
    for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = merged.remove(keyword);
      if (branches != null) {
        mergeRootBranches(merged, keyword, branches);
      }
    }
    for (String keyword : UNSUPPORTED) {
      if (merged.has(keyword)) {
        fallback.accept("", "'" + keyword + "' at the root cannot be expressed; ignored");
      }
    }
    return merged;
  }

  /** Follows a root {@code $ref} (e.g. {@code {"$ref": "#/$defs/Args"}}) to the schema it names. */
  private ObjectNode resolveRootRef(JsonNode node) {
    ObjectNode current = (ObjectNode) node;
    for (int hops = 0; current.has("$ref") && hops < MAX_DEPTH; hops++) {
      JsonNode target = definitions.target(current.path("$ref").asText());
      if (target == null || !target.isObject()) {
        fallback.accept("", "the root $ref " + current.get("$ref") + " cannot be resolved; ignored");
        ObjectNode copy = current.deepCopy();
        copy.remove("$ref");
        return copy;
      }
      ObjectNode merged = ((ObjectNode) target).deepCopy();
      JsonMaps.fieldsOf(current).forEach(e -> {
        if (!e.getKey().equals("$ref") && !merged.has(e.getKey())) {
          merged.set(e.getKey(), e.getValue());
        }
      });
      current = merged;
    }
    return current;
  }

  /**
   * Merges the branches of a root composition into the root object: properties are united;
   * {@code allOf} unites the required lists, {@code anyOf}/{@code oneOf} keep only the names every
   * branch requires. Branches that are not objects are dropped (reported).
   */
  private void mergeRootBranches(ObjectNode root, String keyword, JsonNode branches) {
    if (!branches.isArray() || branches.isEmpty()) {
      return;
    }
    ObjectNode properties = root.has("properties") && root.get("properties").isObject()
        ? (ObjectNode) root.get("properties") : NODES.objectNode();
    Set<String> required = new LinkedHashSet<>(strings(root.get("required")));
    Set<String> common = null;
    List<List<String>> alternatives = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      JsonNode branch = definitions.deref(branches.get(i));
      if (branch == null || !isObjectLike(branch)) {
        fallback.accept("/" + keyword + "/" + i, "a root '" + keyword + "' branch that is not an object cannot be expressed; dropped");
        continue;
      }
      JsonNode branchProperties = branch.get("properties");
      if (branchProperties != null && branchProperties.isObject()) {
        JsonMaps.fieldsOf(branchProperties).forEach(e -> {
          if (!properties.has(e.getKey())) {
            properties.set(e.getKey(), e.getValue());
          }
        });
      }
      List<String> branchRequired = strings(branch.get("required"));
      alternatives.add(branchRequired);
      if (keyword.equals("allOf")) {
        required.addAll(branchRequired);
      } else if (common == null) {
        common = new LinkedHashSet<>(branchRequired);
      } else {
        common.retainAll(branchRequired);
      }
    }
    if (common != null) {
      required.addAll(common);
      describeAlternatives(root, alternatives, common);
    }
    if (!keyword.equals("allOf") && branches.size() > 1) {
      fallback.accept("/" + keyword, "root alternatives merged into one object; properties required by only some alternatives became optional");
    }
    if (properties.size() > 0) {
      root.set("properties", properties);
    }
    if (!required.isEmpty()) {
      ArrayNode array = root.putArray("required");
      required.forEach(array::add);
    }
  }

  /** Tells the model, in the root description, which argument sets the alternatives required. */
  private static void describeAlternatives(ObjectNode root, List<List<String>> alternatives, Set<String> common) {
    Set<String> sets = new LinkedHashSet<>();
    for (List<String> names : alternatives) {
      List<String> own = names.stream().filter(n -> !common.contains(n)).toList();
      sets.add("[" + String.join(", ", own) + "]");
    }
    if (sets.size() < 2) {
      return;
    }
    String sentence = "One of these sets of arguments is required: " + String.join(" or ", sets) + ".";
    JsonNode existing = root.get("description");
    root.put("description", existing != null && existing.isTextual() && !existing.textValue().isBlank()
        ? existing.textValue().strip() + " " + sentence : sentence);
  }
}
