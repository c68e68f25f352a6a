package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import io.github.mistral4j.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes LangChain4j schema elements as standard JSON Schema, the reverse of {@link
 * SchemaConverter}. Every element kind keeps everything it holds:
 *
 * <ul>
 *   <li>string, integer, number, boolean, null: {@code {"type": ..., "description": ...}};
 *   <li>enum: {@code {"type": "string", "enum": [...]}} (LangChain4j enums hold strings);
 *   <li>array: {@code type}, {@code description}, {@code items} when set;
 *   <li>object: {@code type}, {@code description}, {@code properties} (always, possibly empty),
 *       {@code required} when not empty, {@code additionalProperties} when set, {@code $defs} when
 *       not empty;
 *   <li>anyOf: {@code description} and {@code anyOf};
 *   <li>reference: {@code {"$ref": "#/$defs/<name>"}}, the name escaped as a JSON pointer inside
 *       a URI fragment, as LangChain4j resolves references against the root's definitions;
 *   <li>raw: the raw JSON as it is.
 * </ul>
 *
 * <p>LangChain4j's own {@code JsonSchemaElementUtils.toMap} is internal to LangChain4j and drops
 * {@code additionalProperties} outside strict mode, which is why the bridge writes its own.
 */
public final class JsonSchemaWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonSchemaWriter() {}

  /**
   * The JSON Schema of a tool's parameters: {@code {"type": "object", "properties": {}}} when the
   * tool has none.
   *
   * @param parameters the tool's parameters, or {@code null}
   * @param path where the schema sits, for error messages (e.g. {@code parameters})
   * @return a new JSON object
   * @throws IllegalArgumentException when a raw schema is not JSON or an element is of a kind
   *     LangChain4j does not define
   */
  public static ObjectNode parameters(@Nullable JsonObjectSchema parameters, String path) {
    if (parameters == null) {
      ObjectNode empty = NODES.objectNode();
      empty.put("type", "object");
      empty.putObject("properties");
      return empty;
    }
    return (ObjectNode) write(parameters, path);
  }

  /**
   * The JSON Schema of one element.
   *
   * @param element the element
   * @param path where the element sits, for error messages
   * @return a new JSON node: an object, or what a raw schema holds
   * @throws IllegalArgumentException when a raw schema is not JSON or an element is of a kind
   *     LangChain4j does not define
   */
  public static JsonNode write(JsonSchemaElement element, String path) {
    if (element instanceof JsonRawSchema raw) {
      return raw(raw, path);
    }
    ObjectNode node = NODES.objectNode();
    if (element instanceof JsonObjectSchema object) {
      object(node, object, path);
    } else if (element instanceof JsonArraySchema array) {
      typed(node, "array", array);
      if (array.items() != null) {
        node.set("items", write(array.items(), path + ".items"));
      }
    } else if (element instanceof JsonEnumSchema enumeration) {
      typed(node, "string", enumeration);
      ArrayNode values = node.putArray("enum");
      enumeration.enumValues().forEach(values::add);
    } else if (element instanceof JsonStringSchema) {
      typed(node, "string", element);
    } else if (element instanceof JsonIntegerSchema) {
      typed(node, "integer", element);
    } else if (element instanceof JsonNumberSchema) {
      typed(node, "number", element);
    } else if (element instanceof JsonBooleanSchema) {
      typed(node, "boolean", element);
    } else if (element instanceof JsonNullSchema) {
      typed(node, "null", element);
    } else if (element instanceof JsonAnyOfSchema anyOf) {
      description(node, anyOf.description());
      ArrayNode branches = node.putArray("anyOf");
      List<JsonSchemaElement> elements = anyOf.anyOf();
      for (int i = 0; i < elements.size(); i++) {
        branches.add(write(elements.get(i), path + ".anyOf[" + i + "]"));
      }
    } else if (element instanceof JsonReferenceSchema reference) {
      if (reference.reference() == null) {
        throw new IllegalArgumentException(path + " is a reference without a definition name");
      }
      node.put("$ref", "#/$defs/" + pointerFragment(reference.reference()));
      description(node, reference.description());
    } else {
      throw new IllegalArgumentException(path + " is a " + element.getClass().getName()
          + ", which is not one of LangChain4j's JSON schema elements (object, array, string, integer, number, "
          + "boolean, enum, null, anyOf, reference, raw)");
    }
    return node;
  }

  private static void object(ObjectNode node, JsonObjectSchema object, String path) {
    typed(node, "object", object);
    ObjectNode properties = node.putObject("properties");
    object.properties().forEach((name, value) -> properties.set(name, write(value, path + ".properties." + name)));
    List<String> required = object.required();
    if (required != null && !required.isEmpty()) {
      ArrayNode names = node.putArray("required");
      required.forEach(names::add);
    }
    if (object.additionalProperties() != null) {
      node.put("additionalProperties", object.additionalProperties());
    }
    Map<String, JsonSchemaElement> definitions = object.definitions();
    if (definitions != null && !definitions.isEmpty()) {
      ObjectNode defs = node.putObject("$defs");
      definitions.forEach((name, value) -> defs.set(name, write(value, path + ".$defs." + name)));
    }
  }

  private static JsonNode raw(JsonRawSchema raw, String path) {
    JsonNode node;
    try {
      node = raw.schema() == null ? null : Json.mapper().readTree(raw.schema());
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || node.isMissingNode() || !(node.isObject() || node.isBoolean())) {
      throw new IllegalArgumentException(
          path + " is a raw schema that is not a JSON object or boolean; JSON Schema needs one of them");
    }
    if (node.isObject() && raw.description() != null && !node.has("description")) {
      ((ObjectNode) node).put("description", raw.description());
    }
    return node;
  }

  private static void typed(ObjectNode node, String type, JsonSchemaElement element) {
    node.put("type", type);
    description(node, element.description());
  }

  private static void description(ObjectNode node, @Nullable String description) {
    if (description != null) {
      node.put("description", description);
    }
  }

  /**
   * A definition name as a JSON pointer segment ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
   * inside a URI fragment: bytes outside RFC 3986's fragment characters are percent-encoded.
   */
  static String pointerFragment(String name) {
    String segment = name.replace("~", "~0").replace("/", "~1");
    StringBuilder out = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isFragmentChar(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isFragmentChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }
}
