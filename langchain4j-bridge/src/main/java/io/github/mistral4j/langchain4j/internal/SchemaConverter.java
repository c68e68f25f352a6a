package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.MAX_DEPTH;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.NODES;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.UNSUPPORTED;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.describeOnly;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.inferType;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isEmptySchema;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isObjectLike;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.shapeKeywords;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.withAnnotations;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.withoutNullEnumValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Converts an MCP tool's JSON {@code inputSchema} into LangChain4j's JSON-schema model.
 *
 * <p>What LangChain4j can express is converted to typed elements: objects (properties, required,
 * boolean {@code additionalProperties}), arrays and their items, strings, numbers, integers,
 * booleans, string enums, {@code anyOf}/{@code oneOf} (as any-of), nullable types ({@code "type":
 * [..., "null"]}, {@code nullable: true}) and local {@code $ref}s (as {@code $defs} references,
 * recursive ones included). Defaults and validation keywords are folded into descriptions. A
 * sub-schema that cannot be expressed (tuples, schema-valued {@code additionalProperties},
 * non-string enums, {@code not}, conditionals...) is kept verbatim as a raw schema, its references
 * rewritten to the converted definitions. The root is always an object: a root {@code anyOf},
 * {@code oneOf} or {@code allOf} of objects is merged into one. Conversion never throws on odd
 * input; every fallback is reported in {@link Result#fallbacks()}.
 */
public final class SchemaConverter {
  /**
   * The outcome of one conversion.
   *
   * @param parameters the tool's parameters
   * @param fallbacks one line per sub-schema kept raw or simplified: its JSON pointer and why
   */
  public record Result(JsonObjectSchema parameters, List<String> fallbacks) {
    /**
     * Copies the list.
     *
     * @param parameters the tool's parameters
     * @param fallbacks the fallbacks taken
     */
    public Result {
      fallbacks = List.copyOf(fallbacks);
    }
  }

  private final JsonNode rootNode;
  private final SchemaDefinitions definitions;
  private final List<String> fallbacks = new ArrayList<>();

  private SchemaConverter(JsonNode rootNode) {
    this.rootNode = rootNode;
    this.definitions = new SchemaDefinitions(rootNode);
  }

  /**
   * Converts a tool input schema.
   *
   * @param inputSchema the schema as received; {@code null}, JSON null and {@code {}} mean no
   *     parameters
   * @return the parameters and the fallbacks taken
   */
  public static Result convert(@Nullable JsonNode inputSchema) {
    JsonNode root = inputSchema == null ? NODES.objectNode() : inputSchema;
    SchemaConverter c = new SchemaConverter(root);
    JsonObjectSchema.Builder b = c.rootObject();
    Map<String, JsonSchemaElement> defs = new LinkedHashMap<>();
    for (SchemaDefinitions.Pending p = c.definitions.poll(); p != null; p = c.definitions.poll()) {
      defs.put(p.name(), c.element(p.node(), p.path(), 0));
    }
    if (!defs.isEmpty()) {
      b.definitions(defs);
    }
    return new Result(b.build(), c.fallbacks);
  }

  private JsonObjectSchema.Builder rootObject() {
    JsonObjectSchema.Builder b = JsonObjectSchema.builder();
    ObjectNode root = new RootSchema(definitions, this::fallback).prepare(rootNode);
    if (root == null) {
      return b;
    }
    String description = SchemaDescriptions.of(root);
    if (description != null) {
      b.description(description);
    }
    addObjectMembers(b, root, "", 0);
    JsonNode additional = root.get("additionalProperties");
    if (additional != null && !additional.isBoolean() && !isEmptySchema(additional)) {
      fallback("/additionalProperties", "a schema for extra properties cannot be expressed at the root; extra properties allowed");
      b.additionalProperties(true);
    }
    return b;
  }

  // ---- sub-schemas -------------------------------------------------------------------------

  private JsonSchemaElement element(JsonNode node, String path, int depth) {
    if (depth > MAX_DEPTH) {
      return raw(node, path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? JsonRawSchema.from("{}") : raw(NODES.objectNode().set("not", NODES.objectNode()), path, "the schema 'false' accepts nothing");
    }
    if (!node.isObject()) {
      return raw(NODES.objectNode(), path, "not a schema (" + node.getNodeType() + "); any value accepted");
    }
    for (String keyword : UNSUPPORTED) {
      if (node.has(keyword)) {
        return raw(node, path, "'" + keyword + "' cannot be expressed");
      }
    }
    if (node.has("$ref")) {
      return reference(node, path, depth);
    }
    if (node.has("allOf")) {
      return allOf(node, path, depth);
    }
    if (node.has("anyOf") || node.has("oneOf")) {
      return anyOf(node, path, depth);
    }
    JsonNode type = node.get("type");
    if (type != null && type.isArray()) {
      return typeUnion(node, (ArrayNode) type, path, depth);
    }
    if (node.path("nullable").asBoolean(false) && !"null".equals(type == null ? null : type.asText())) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.remove("nullable");
      return nullable(copy, path, depth);
    }
    if (type != null && !type.isTextual()) {
      return raw(node, path, "'type' is neither a string nor an array");
    }
    String t = type != null ? type.textValue() : inferType(node);
    if (t == null) {
      if (node.has("enum") || node.has("const")) {
        return enumeration(node, path);
      }
      return JsonRawSchema.from(rewriteRefs(node.deepCopy()).toString()); // any value, as declared
    }
    return switch (t) {
      case "object" -> object(node, path, depth);
      case "array" -> array(node, path, depth);
      case "string" -> node.has("enum") || node.has("const") ? enumeration(node, path)
          : JsonStringSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "integer" -> node.has("enum") || node.has("const") ? raw(node, path, "integer enums cannot be expressed")
          : JsonIntegerSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "number" -> node.has("enum") || node.has("const") ? raw(node, path, "number enums cannot be expressed")
          : JsonNumberSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "boolean" -> node.has("enum") || node.has("const") ? raw(node, path, "boolean enums cannot be expressed")
          : JsonBooleanSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "null" -> new JsonNullSchema();
      default -> raw(node, path, "unknown type '" + t + "'");
    };
  }

  private JsonSchemaElement reference(JsonNode node, String path, int depth) {
    String ref = node.path("$ref").asText();
    String name = definitions.nameFor(ref);
    if (name == null) {
      ObjectNode any = ((ObjectNode) node).deepCopy();
      any.remove("$ref");
      return raw(any, path, "$ref '" + ref + "' is not a local reference that resolves; any value accepted");
    }
    Set<String> others = shapeKeywords(node);
    others.remove("$ref");
    if (!others.isEmpty()) {
      return raw(node, path, "$ref with sibling keywords " + others + " cannot be expressed");
    }
    JsonReferenceSchema reference = JsonReferenceSchema.builder().reference(name).build();
    String description = SchemaDescriptions.of(node);
    // a reference element has no description: wrap it in a one-branch anyOf to keep it
    return description == null ? reference : JsonAnyOfSchema.builder().description(description).anyOf(reference).build();
  }

  private JsonSchemaElement allOf(JsonNode node, String path, int depth) {
    JsonNode branches = node.get("allOf");
    Set<String> others = shapeKeywords(node);
    others.remove("allOf");
    if (branches.isArray() && branches.size() == 1 && others.isEmpty()) {
      // pydantic's {"allOf": [{"$ref": ...}], "description": ...}: the branch plus the annotations
      return element(withAnnotations(branches.get(0), node), path + "/allOf/0", depth + 1);
    }
    if (branches.isArray() && others.stream().allMatch(k -> k.equals("type") || k.equals("properties") || k.equals("required") || k.equals("additionalProperties"))) {
      ObjectNode merged = ((ObjectNode) node).deepCopy();
      merged.remove("allOf");
      merged.put("type", "object");
      if (merged.has("properties") && !merged.get("properties").isObject()) {
        return raw(node, path, "'properties' beside 'allOf' is not an object");
      }
      ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
      Set<String> required = new LinkedHashSet<>(strings(merged.get("required")));
      for (JsonNode b : branches) {
        JsonNode branch = definitions.deref(b);
        if (branch == null || !isObjectLike(branch) || shapeKeywords(branch).stream().anyMatch(k -> !k.equals("type") && !k.equals("properties") && !k.equals("required") && !k.equals("additionalProperties"))) {
          return raw(node, path, "'allOf' of schemas that are not plain objects cannot be expressed");
        }
        JsonMaps.fieldsOf(branch.path("properties")).forEach(e -> {
          if (!properties.has(e.getKey())) {
            properties.set(e.getKey(), e.getValue());
          }
        });
        required.addAll(strings(branch.get("required")));
      }
      ArrayNode array = merged.putArray("required");
      required.forEach(array::add);
      return object(merged, path, depth);
    }
    return raw(node, path, "'allOf' with these keywords cannot be expressed");
  }

  private JsonSchemaElement anyOf(JsonNode node, String path, int depth) {
    String keyword = node.has("anyOf") ? "anyOf" : "oneOf";
    JsonNode branches = node.get(keyword);
    Set<String> others = shapeKeywords(node);
    others.remove(keyword);
    if (!branches.isArray() || branches.isEmpty() || !others.isEmpty() || (node.has("anyOf") && node.has("oneOf"))) {
      return raw(node, path, "'" + keyword + "' alongside " + others + " cannot be expressed");
    }
    if (branches.size() == 1) {
      return element(withAnnotations(branches.get(0), node), path + "/" + keyword + "/0", depth + 1);
    }
    List<JsonSchemaElement> elements = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      elements.add(element(branches.get(i), path + "/" + keyword + "/" + i, depth + 1));
    }
    return JsonAnyOfSchema.builder().description(SchemaDescriptions.of(node)).anyOf(elements).build();
  }

  /** {@code "type": ["string", "null"]}: one branch per type, the other keywords on each. */
  private JsonSchemaElement typeUnion(JsonNode node, ArrayNode types, String path, int depth) {
    List<String> names = strings(types);
    if (names.size() != types.size() || names.isEmpty()) {
      return raw(node, path, "'type' array holds something other than type names");
    }
    if (names.size() == 1) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.put("type", names.get(0));
      return element(copy, path, depth);
    }
    List<JsonSchemaElement> elements = new ArrayList<>();
    for (String name : names) {
      if (name.equals("null")) {
        elements.add(new JsonNullSchema());
        continue;
      }
      ObjectNode branch = ((ObjectNode) node).deepCopy();
      branch.put("type", name);
      branch.remove("description");
      branch.remove("default");
      withoutNullEnumValue(branch);
      elements.add(element(branch, path, depth + 1));
    }
    return JsonAnyOfSchema.builder().description(describeOnly(node)).anyOf(elements).build();
  }

  /** OpenAPI's {@code nullable: true}: the schema or null. */
  private JsonSchemaElement nullable(ObjectNode node, String path, int depth) {
    ObjectNode branch = node.deepCopy();
    branch.remove("description");
    branch.remove("default");
    withoutNullEnumValue(branch);
    return JsonAnyOfSchema.builder()
        .description(describeOnly(node))
        .anyOf(element(branch, path, depth + 1), new JsonNullSchema())
        .build();
  }

  private JsonSchemaElement enumeration(JsonNode node, String path) {
    List<JsonNode> values = new ArrayList<>();
    if (node.has("const")) {
      values.add(node.get("const"));
    } else if (node.get("enum").isArray()) {
      node.get("enum").forEach(values::add);
    }
    if (values.isEmpty() || !values.stream().allMatch(JsonNode::isTextual)) {
      return raw(node, path, "only non-empty string enums can be expressed");
    }
    List<String> strings = values.stream().map(JsonNode::textValue).toList();
    return JsonEnumSchema.builder().description(SchemaDescriptions.of(node)).enumValues(strings).build();
  }

  private JsonSchemaElement object(JsonNode node, String path, int depth) {
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && !additional.isBoolean() && !isEmptySchema(additional)) {
      return raw(node, path, "a schema for extra properties (a map) cannot be expressed");
    }
    JsonObjectSchema.Builder b = JsonObjectSchema.builder().description(SchemaDescriptions.of(node));
    addObjectMembers(b, node, path, depth);
    return b.build();
  }

  private void addObjectMembers(JsonObjectSchema.Builder b, JsonNode node, String path, int depth) {
    JsonNode properties = node.get("properties");
    if (properties != null && properties.isObject()) {
      for (Map.Entry<String, JsonNode> e : JsonMaps.fieldsOf(properties)) {
        b.addProperty(e.getKey(), element(e.getValue(), path + "/properties/" + e.getKey(), depth + 1));
      }
    }
    List<String> required = strings(node.get("required"));
    if (!required.isEmpty()) {
      b.required(required);
    }
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && additional.isBoolean()) {
      b.additionalProperties(additional.booleanValue());
    } else if (additional != null && isEmptySchema(additional)) {
      b.additionalProperties(true);
    }
  }

  private JsonSchemaElement array(JsonNode node, String path, int depth) {
    JsonNode items = node.get("items");
    if (items != null && items.isArray()) {
      return raw(node, path, "tuple 'items' cannot be expressed");
    }
    JsonArraySchema.Builder b = JsonArraySchema.builder().description(SchemaDescriptions.of(node));
    if (items != null && !isEmptySchema(items) && !(items.isBoolean() && items.asBoolean())) {
      b.items(element(items, path + "/items", depth + 1));
    }
    return b.build();
  }

  // ---- fallbacks ---------------------------------------------------------------------------

  private JsonSchemaElement raw(JsonNode node, String path, String reason) {
    fallback(path, reason + "; kept as a raw schema");
    return JsonRawSchema.from(rewriteRefs(node.deepCopy()).toString());
  }

  /** Points every local {@code $ref} inside a raw schema at the converted definitions. */
  private JsonNode rewriteRefs(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String name = definitions.nameFor(ref.textValue());
        if (name != null) {
          object.put("$ref", "#/$defs/" + name);
        } else {
          object.remove("$ref"); // a reference a model API cannot follow: accept any value there
        }
      }
      JsonMaps.fieldsOf(object).forEach(e -> {
        if (!e.getKey().equals("$ref") && !e.getKey().equals("$defs") && !e.getKey().equals("definitions")) {
          rewriteRefs(e.getValue());
        }
      });
      object.remove("$defs");
      object.remove("definitions");
    } else if (node.isArray()) {
      node.forEach(this::rewriteRefs);
    }
    return node;
  }

  private void fallback(String path, String reason) {
    fallbacks.add((path.isEmpty() ? "/" : path) + ": " + reason);
  }
}
