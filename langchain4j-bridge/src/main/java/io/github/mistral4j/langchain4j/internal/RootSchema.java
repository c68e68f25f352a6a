package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.NODES;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isObjectLike;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.typeAllows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the root of a self-contained tool schema, which must become one object with plain
 * properties: model integrations send the root as {@code properties} and {@code required} only.
 * A root {@code allOf} of objects is merged (losslessly for plain objects); a root {@code anyOf}
 * or {@code oneOf} of objects is merged with only the arguments every alternative requires kept
 * required, a property the alternatives declare differently becoming an {@code anyOf} of their
 * schemas. Every rule the merged object cannot state ({@code anyOf}/{@code oneOf} alternatives,
 * {@code if}/{@code then}/{@code else}, {@code dependentRequired}, {@code dependentSchemas},
 * {@code not}, ...) becomes a note, one short sentence for the tool's description, and a fallback.
 * The input is never modified.
 */
final class RootSchema {
  /** The prepared root and the notes for the tool's description. */
  record Prepared(@Nullable ObjectNode root, List<String> notes) {}

  /** Root keywords stated in words, in this order ({@code if} covers {@code then} and {@code else}). */
  private static final List<String> RULES =
      List.of(
          "if", "dependentRequired", "dependencies", "dependentSchemas", "not", "patternProperties",
          "propertyNames", "unevaluatedProperties", "minProperties", "maxProperties");

  /** Root keywords with no meaning for an object: dropped, reported. */
  private static final List<String> IGNORED =
      List.of("prefixItems", "contains", "unevaluatedItems", "$dynamicRef", "$recursiveRef", "then", "else");

  private static final Set<String> RULES_AND_IGNORED =
      SchemaNodes.keywords(Stream.concat(RULES.stream(), IGNORED.stream()).toList());

  private final BiConsumer<String, String> fallback;
  private final List<String> notes = new ArrayList<>();

  /**
   * Creates a preparer for one schema.
   *
   * @param fallback told (JSON pointer, reason) about every simplification
   */
  RootSchema(BiConsumer<String, String> fallback) {
    this.fallback = fallback;
  }

  /**
   * The root as one object schema ({@code null} when the tool gets no parameters) and the notes.
   *
   * @param rootNode the tool's input schema, self-contained ({@link SchemaInliner})
   * @return the prepared root, a new node sharing the input's sub-schemas, and the notes
   */
  Prepared prepare(JsonNode rootNode) {
    if (rootNode.isNull() || rootNode.isMissingNode() || (rootNode.isBoolean() && rootNode.asBoolean())) {
      return new Prepared(null, notes);
    }
    if (!rootNode.isObject()) {
      fallback.accept("", "the schema is not an object (" + rootNode.getNodeType() + "); the tool gets no parameters");
      return new Prepared(null, notes);
    }
    JsonNode type = rootNode.get("type");
    if (type != null && !typeAllows(type, "object")) {
      fallback.accept("", "the root type is " + type + ", not object; the tool gets no parameters");
      return new Prepared(null, notes);
    }
    ObjectNode merged = ownedRoot((ObjectNode) rootNode);
    JsonNode all = merged.remove("allOf");
    if (all != null) {
      mergeAllOf(merged, all);
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      JsonNode branches = merged.remove(keyword);
      if (branches != null) {
        mergeAlternatives(merged, keyword, branches);
      }
    }
    stateRules(merged);
    JsonNode additional = merged.get("additionalProperties");
    if (additional != null && !additional.isBoolean() && !SchemaNodes.isEmptySchema(additional)) {
      note("/additionalProperties", "a schema for extra properties cannot be expressed at the root; extra properties allowed",
          RootRules.sentences("additionalProperties", merged));
      merged.put("additionalProperties", true);
    }
    return new Prepared(merged, notes);
  }

  /**
   * A copy of the root to merge into: a new root object, and a new {@code properties} object when
   * there are branches to merge into it (the only objects preparing changes), holding the input's
   * sub-schemas themselves (nothing here or in the conversion modifies a sub-schema; {@link
   * #either} copies the one it extends).
   */
  private static ObjectNode ownedRoot(ObjectNode rootNode) {
    ObjectNode root = NODES.objectNode();
    root.setAll(rootNode);
    boolean merging = root.has("allOf") || root.has("anyOf") || root.has("oneOf");
    if (merging && root.get("properties") instanceof ObjectNode properties) {
      root.set("properties", NODES.objectNode().setAll(properties));
    }
    return root;
  }

  /** {@code allOf}: properties and required united; a branch's own rules are lifted to the root. */
  private void mergeAllOf(ObjectNode root, JsonNode branches) {
    if (!branches.isArray()) {
      return;
    }
    for (int n = 0; n < branches.size(); n++) {
      int i = n;
      JsonNode branch = branches.get(i);
      if (!isObjectLike(branch)) {
        note("/allOf/" + i, "a root 'allOf' branch that is not an object cannot be expressed; dropped",
            List.of("The arguments must also match " + RootRules.quote(branch) + "."));
        continue;
      }
      ObjectNode properties = properties(root);
      JsonMaps.fieldsOf(branch.path("properties")).forEach(e -> properties.set(e.getKey(), both(properties.get(e.getKey()), e.getValue())));
      Set<String> required = new LinkedHashSet<>(strings(root.get("required")));
      required.addAll(strings(branch.get("required")));
      setRequired(root, required);
      JsonMaps.fieldsOf(branch).forEach(e -> {
        String k = e.getKey();
        if (!k.equals("properties") && !k.equals("required") && !k.equals("type") && !SchemaNodes.ANNOTATIONS.contains(k)) {
          if (root.has(k)) {
            note("/allOf/" + i + "/" + k, "'" + k + "' of a root 'allOf' branch beside the root's own cannot be merged; stated in words",
                RootRules.sentences(k, branch));
          } else {
            root.set(k, e.getValue()); // lifted: handled as the root's own below
          }
        }
      });
    }
  }

  /** {@code anyOf}/{@code oneOf}: properties united, only what every alternative requires kept required. */
  private void mergeAlternatives(ObjectNode root, String keyword, JsonNode branches) {
    if (!branches.isArray() || branches.isEmpty()) {
      return;
    }
    ObjectNode properties = properties(root);
    Set<String> required = new LinkedHashSet<>(strings(root.get("required")));
    Set<String> common = null;
    List<String> wording = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      JsonNode branch = branches.get(i);
      if (!isObjectLike(branch)) {
        note("/" + keyword + "/" + i, "a root '" + keyword + "' branch that is not an object cannot be expressed; dropped",
            List.of());
        continue;
      }
      Map<String, JsonNode> own = new LinkedHashMap<>();
      JsonMaps.fieldsOf(branch.path("properties")).forEach(e -> own.put(e.getKey(), e.getValue()));
      own.forEach((name, schema) -> properties.set(name, either(properties.get(name), schema)));
      Set<String> branchRequired = new LinkedHashSet<>(strings(branch.get("required")));
      common = common == null ? branchRequired : retain(common, branchRequired);
      wording.add(RootRules.alternative(branch));
    }
    if (common != null) {
      required.addAll(common);
    }
    setRequired(root, required);
    if (new LinkedHashSet<>(wording).size() > 1) {
      note("/" + keyword, "root alternatives merged into one object; properties required by only some alternatives became optional",
          List.of(RootRules.alternatives(keyword, wording)));
    }
  }

  /** Root rules the merged object cannot state: in words, then removed. */
  private void stateRules(ObjectNode root) {
    if (!hasAny(root, RULES_AND_IGNORED)) {
      return;
    }
    for (String keyword : RULES) {
      if (root.has(keyword)) {
        note("/" + keyword, "'" + keyword + "' at the root cannot be expressed; stated in the tool description",
            RootRules.sentences(keyword, root));
      }
    }
    if (!root.has("if")) {
      for (String keyword : List.of("then", "else")) {
        if (root.has(keyword)) {
          fallback.accept("/" + keyword, "'" + keyword + "' without 'if' has no effect; ignored");
        }
      }
    }
    for (String keyword : IGNORED) {
      if (!keyword.equals("then") && !keyword.equals("else") && root.has(keyword)) {
        fallback.accept("", "'" + keyword + "' at the root has no meaning for an object; ignored");
      }
    }
    RULES.forEach(root::remove);
    IGNORED.forEach(root::remove);
  }

  private void note(String path, String reason, List<String> sentences) {
    fallback.accept(path, reason);
    for (String sentence : sentences) {
      if (!notes.contains(sentence)) {
        notes.add(sentence);
      }
    }
  }

  private static boolean hasAny(ObjectNode root, Set<String> keywords) {
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      if (keywords.contains(keys.next())) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode properties(ObjectNode root) {
    JsonNode p = root.get("properties");
    return p instanceof ObjectNode o ? o : root.putObject("properties");
  }

  private static void setRequired(ObjectNode root, Set<String> required) {
    if (required.isEmpty()) {
      root.remove("required");
      return;
    }
    ArrayNode array = root.putArray("required");
    required.forEach(array::add);
  }

  private static Set<String> retain(Set<String> common, Set<String> other) {
    common.retainAll(other);
    return common;
  }

  /** A property both the root and an {@code allOf} branch declare: both apply. */
  private static JsonNode both(@Nullable JsonNode existing, JsonNode added) {
    if (existing == null || existing.equals(added) || SchemaNodes.isEmptySchema(existing)) {
      return added;
    }
    if (SchemaNodes.isEmptySchema(added)) {
      return existing;
    }
    ObjectNode all = NODES.objectNode();
    all.putArray("allOf").add(existing).add(added);
    return all;
  }

  /** A property alternatives declare differently: either applies. */
  private static JsonNode either(@Nullable JsonNode existing, JsonNode added) {
    if (existing == null || existing.equals(added) || SchemaNodes.isEmptySchema(existing)) {
      return added;
    }
    if (SchemaNodes.isEmptySchema(added)) {
      return existing;
    }
    ObjectNode any = existing.has("anyOf") && existing.size() == 1 ? ((ObjectNode) existing).deepCopy() : NODES.objectNode();
    ArrayNode branches = any.has("anyOf") ? (ArrayNode) any.get("anyOf") : any.putArray("anyOf").add(existing);
    for (JsonNode b : branches) {
      if (b.equals(added)) {
        return any;
      }
    }
    branches.add(added);
    return any;
  }
}
