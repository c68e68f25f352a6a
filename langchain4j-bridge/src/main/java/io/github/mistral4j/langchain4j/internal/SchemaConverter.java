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
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Converts an MCP tool's JSON {@code inputSchema} into LangChain4j's JSON-schema model.
 *
 * <p>The schema is first made self-contained ({@link SchemaInliner}: references inlined, recursive
 * ones unfolded to a fixed depth), as model integrations send no {@code $defs}. What LangChain4j
 * can express is then converted to typed elements: objects (properties, required, boolean {@code
 * additionalProperties}), arrays and their items, strings, numbers, integers, booleans, string
 * enums, {@code anyOf}, nullable types ({@code "type": [..., "null"]}, {@code nullable: true}).
 * Defaults, validation keywords and (where there is no description) titles are folded into
 * descriptions. A {@code oneOf} is kept whole as a raw schema (LangChain4j has no one-of element,
 * and an any-of would lose "exactly one"), and so is every sub-schema that cannot be expressed
 * (tuples, schema-valued {@code additionalProperties}, non-string enums, {@code not},
 * conditionals...). The root is always an object ({@link RootSchema}); the root rules it cannot
 * state are returned as {@link Result#notes()} for the tool's description. Conversion never throws
 * on odd input; every fallback is reported in {@link Result#fallbacks()}.
 */
public final class SchemaConverter {
  /**
   * The outcome of one conversion.
   *
   * @param parameters the tool's parameters, self-contained (no references)
   * @param fallbacks one line per sub-schema kept raw or simplified: its JSON pointer and why
   * @param notes sentences for the tool's description, one per root rule the parameters cannot
   *     state
   */
  public record Result(JsonObjectSchema parameters, List<String> fallbacks, List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param parameters the tool's parameters
     * @param fallbacks the fallbacks taken
     * @param notes the sentences for the tool's description
     */
    public Result {
      fallbacks = List.copyOf(fallbacks);
      notes = List.copyOf(notes);
    }
  }

  private final List<String> fallbacks = new ArrayList<>();

  private SchemaConverter() {}

  /**
   * Converts a tool input schema.
   *
   * @param inputSchema the schema as received; {@code null}, JSON null and {@code {}} mean no
   *     parameters
   * @return the parameters, the fallbacks taken and the notes for the tool's description
   */
  public static Result convert(@Nullable JsonNode inputSchema) {
    JsonNode root = inputSchema == null ? NODES.objectNode() : inputSchema;
    SchemaConverter c = new SchemaConverter();
    JsonNode inlined = SchemaInliner.inline(root, c::fallback);
    RootSchema.Prepared prepared = new RootSchema(c::fallback).prepare(inlined);
    JsonObjectSchema.Builder b = JsonObjectSchema.builder();
    ObjectNode object = prepared.root();
    if (object != null) {
      object.remove("title"); // a generator's model name ("search_notesArguments"), not a description
      String description = SchemaDescriptions.of(object);
      if (description != null) {
        b.description(description);
      }
      c.addObjectMembers(b, object, "", 0);
    }
    return new Result(b.build(), c.fallbacks, prepared.notes());
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
    if (node.has("$ref")) { // inlining leaves only a $ref that is not a string
      ObjectNode any = ((ObjectNode) node).deepCopy();
      any.remove("$ref");
      return raw(any, path, "'$ref' is not a string; it is ignored");
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
      return JsonRawSchema.from(node.toString()); // any value, as declared
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
        JsonNode branch = b;
        if (!isObjectLike(branch) || shapeKeywords(branch).stream().anyMatch(k -> !k.equals("type") && !k.equals("properties") && !k.equals("required") && !k.equals("additionalProperties"))) {
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
    if (keyword.equals("oneOf")) {
      return raw(node, path, "'oneOf' has no LangChain4j element (an any-of would lose 'exactly one')");
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
    return JsonRawSchema.from(node.toString());
  }

  private void fallback(String path, String reason) {
    fallbacks.add((path.isEmpty() ? "/" : path) + ": " + reason);
  }
}
