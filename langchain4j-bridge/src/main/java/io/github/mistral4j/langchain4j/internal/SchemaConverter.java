package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.MAX_DEPTH;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.NODES;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.firstUnsupportedOf;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.inferType;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isBlankSchema;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
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

  private final SchemaUnions unions = new SchemaUnions(this);

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
      c.addObjectMembers(b, object, SchemaPointer.ROOT, 0);
    }
    return new Result(b.build(), c.fallbacks, prepared.notes());
  }

  // ---- sub-schemas -------------------------------------------------------------------------

  /** Converts one sub-schema (its JSON pointer {@code path}, {@code depth} levels down). */
  JsonSchemaElement element(JsonNode node, SchemaPointer path, int depth) {
    if (depth > MAX_DEPTH) {
      return raw(node, path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? JsonRawSchema.from("{}") : raw(NODES.objectNode().set("not", NODES.objectNode()), path, "the schema 'false' accepts nothing");
    }
    if (!node.isObject()) {
      return raw(NODES.objectNode(), path, "not a schema (" + node.getNodeType() + "); any value accepted");
    }
    int keys = SchemaKeys.of(node);
    if ((keys & SchemaKeys.UNSUPPORTED) != 0) {
      return raw(node, path, "'" + firstUnsupportedOf(node) + "' cannot be expressed");
    }
    if ((keys & SchemaKeys.REF) != 0) { // inlining leaves only a $ref that is not a string
      ObjectNode any = ((ObjectNode) node).deepCopy();
      any.remove("$ref");
      return raw(any, path, "'$ref' is not a string; it is ignored");
    }
    if ((keys & SchemaKeys.ALL_OF) != 0) {
      return unions.allOf(node, path, depth);
    }
    if ((keys & SchemaKeys.ANY_OF) != 0) {
      return unions.anyOf(node, path, depth);
    }
    JsonNode type = node.get("type");
    if (type != null && type.isArray()) {
      return unions.typeUnion(node, (ArrayNode) type, path, depth);
    }
    if ((keys & SchemaKeys.NULLABLE) != 0 && node.get("nullable").asBoolean(false) && !"null".equals(type == null ? null : type.asText())) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.remove("nullable");
      return unions.nullable(copy, path, depth);
    }
    if (type != null && !type.isTextual()) {
      return raw(node, path, "'type' is neither a string nor an array");
    }
    String t = type != null ? type.textValue() : inferType(node);
    if (t == null) {
      if ((keys & SchemaKeys.ENUM) != 0) {
        return enumeration(node, path);
      }
      return JsonRawSchema.from(node.toString()); // any value, as declared
    }
    return switch (t) {
      case "object" -> object(node, path, depth);
      case "array" -> array(node, path, depth);
      case "string" -> (keys & SchemaKeys.ENUM) != 0 ? enumeration(node, path)
          : JsonStringSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "integer" -> (keys & SchemaKeys.ENUM) != 0 ? raw(node, path, "integer enums cannot be expressed")
          : JsonIntegerSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "number" -> (keys & SchemaKeys.ENUM) != 0 ? raw(node, path, "number enums cannot be expressed")
          : JsonNumberSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "boolean" -> (keys & SchemaKeys.ENUM) != 0 ? raw(node, path, "boolean enums cannot be expressed")
          : JsonBooleanSchema.builder().description(SchemaDescriptions.of(node)).build();
      case "null" -> new JsonNullSchema();
      default -> raw(node, path, "unknown type '" + t + "'");
    };
  }

  private JsonSchemaElement enumeration(JsonNode node, SchemaPointer path) {
    JsonNode constant = node.get("const");
    JsonNode values = constant != null ? NODES.arrayNode(1).add(constant) : node.get("enum");
    List<String> strings = new ArrayList<>(values.size());
    for (int i = 0; i < values.size() && values.isArray(); i++) {
      if (!values.get(i).isTextual()) {
        strings.clear();
        break;
      }
      strings.add(values.get(i).textValue());
    }
    if (strings.isEmpty()) {
      return raw(node, path, "only non-empty string enums can be expressed");
    }
    return JsonEnumSchema.builder().description(SchemaDescriptions.of(node)).enumValues(strings).build();
  }

  /** Converts an object sub-schema. */
  JsonSchemaElement object(JsonNode node, SchemaPointer path, int depth) {
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && !additional.isBoolean() && !isBlankSchema(additional)) {
      return raw(node, path, "a schema for extra properties (a map) cannot be expressed");
    }
    JsonObjectSchema.Builder b = JsonObjectSchema.builder().description(SchemaDescriptions.of(node));
    addObjectMembers(b, node, path, depth);
    return b.build();
  }

  private void addObjectMembers(JsonObjectSchema.Builder b, JsonNode node, SchemaPointer path, int depth) {
    JsonNode properties = node.get("properties");
    if (properties != null && properties.isObject()) {
      for (Map.Entry<String, JsonNode> e : JsonMaps.fieldsOf(properties)) {
        b.addProperty(e.getKey(), element(e.getValue(), path.then("/properties/", e.getKey()), depth + 1));
      }
    }
    List<String> required = strings(node.get("required"));
    if (!required.isEmpty()) {
      b.required(required);
    }
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && additional.isBoolean()) {
      b.additionalProperties(additional.booleanValue());
    } else if (additional != null && isBlankSchema(additional)) {
      b.additionalProperties(true);
    }
  }

  private JsonSchemaElement array(JsonNode node, SchemaPointer path, int depth) {
    JsonNode items = node.get("items");
    if (items != null && items.isArray()) {
      return raw(node, path, "tuple 'items' cannot be expressed");
    }
    JsonArraySchema.Builder b = JsonArraySchema.builder().description(SchemaDescriptions.of(node));
    if (items != null && !isBlankSchema(items) && !(items.isBoolean() && items.asBoolean())) {
      b.items(element(items, path.then("/items"), depth + 1));
    }
    return b.build();
  }

  // ---- fallbacks ---------------------------------------------------------------------------

  /** Keeps a sub-schema verbatim, reporting why. */
  JsonSchemaElement raw(JsonNode node, SchemaPointer path, String reason) {
    fallback(path.toString(), reason + "; kept as a raw schema");
    return JsonRawSchema.from(node.toString());
  }

  private void fallback(String path, String reason) {
    fallbacks.add((path.isEmpty() ? "/" : path) + ": " + reason);
  }
}
