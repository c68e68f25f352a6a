package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Renders LangChain4j schema elements as JSON for assertions, keeping the element kinds apart:
 * a raw schema shows as {@code {"raw": ...}}, a reference as {@code {"$ref": "<definition name>"}},
 * a string enum as {@code {"enum": [...]}}.
 */
final class SchemaRender {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SchemaRender() {}

  static JsonNode render(JsonSchemaElement e) {
    ObjectNode n = MAPPER.createObjectNode();
    if (e instanceof JsonObjectSchema o) {
      n.put("type", "object");
      description(n, o.description());
      if (!o.properties().isEmpty()) {
        ObjectNode p = n.putObject("properties");
        o.properties().forEach((k, v) -> p.set(k, render(v)));
      }
      if (o.required() != null && !o.required().isEmpty()) {
        o.required().forEach(n.putArray("required")::add);
      }
      if (o.additionalProperties() != null) {
        n.put("additionalProperties", o.additionalProperties());
      }
      if (o.definitions() != null && !o.definitions().isEmpty()) {
        ObjectNode d = n.putObject("$defs");
        o.definitions().forEach((k, v) -> d.set(k, render(v)));
      }
    } else if (e instanceof JsonArraySchema a) {
      n.put("type", "array");
      description(n, a.description());
      if (a.items() != null) {
        n.set("items", render(a.items()));
      }
    } else if (e instanceof JsonEnumSchema en) {
      description(n, en.description());
      en.enumValues().forEach(n.putArray("enum")::add);
    } else if (e instanceof JsonStringSchema) {
      typed(n, "string", e);
    } else if (e instanceof JsonIntegerSchema) {
      typed(n, "integer", e);
    } else if (e instanceof JsonNumberSchema) {
      typed(n, "number", e);
    } else if (e instanceof JsonBooleanSchema) {
      typed(n, "boolean", e);
    } else if (e instanceof JsonNullSchema) {
      n.put("type", "null");
    } else if (e instanceof JsonAnyOfSchema any) {
      description(n, any.description());
      any.anyOf().forEach(x -> n.withArray("anyOf").add(render(x)));
    } else if (e instanceof JsonReferenceSchema r) {
      n.put("$ref", r.reference());
    } else if (e instanceof JsonRawSchema raw) {
      try {
        n.set("raw", MAPPER.readTree(raw.schema()));
      } catch (JsonProcessingException ex) {
        throw new AssertionError("raw schema is not JSON: " + raw.schema(), ex);
      }
    } else {
      throw new AssertionError("unexpected element " + e.getClass());
    }
    return n;
  }

  private static void typed(ObjectNode n, String type, JsonSchemaElement e) {
    n.put("type", type);
    description(n, e.description());
  }

  private static void description(ObjectNode n, String description) {
    if (description != null) {
      n.put("description", description);
    }
  }
}
