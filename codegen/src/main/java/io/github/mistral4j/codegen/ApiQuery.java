package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a Feign method ({@link ApiModel}), from the contract and the overlay
 * method's {@code params} (name, type per wire name), {@code form} (object parameters sent as their
 * properties, each named {@code param.property} in the other keys), {@code skip} (not sent) and
 * {@code order} (the query string's order, when not the contract's). A parameter whose schema maps
 * to no query type (an object, a union) must be given a type, sent in form style or skipped; an
 * overlay key naming no parameter fails too.
 */
final class ApiQuery {
  private static final String REF = "#/components/schemas/";
  private static final ClassName STRING = ClassName.get(String.class);

  private ApiQuery() {}

  /**
   * The query parameters of one method, in the order they are sent.
   *
   * @param owner the interface and method, for messages
   * @param operation the contract's operation
   * @param method the overlay's method entry
   * @param document the contract
   * @return the parameters
   */
  static List<ApiParam> read(String owner, JsonNode operation, JsonNode method, JsonNode document) {
    Set<String> skip = strings(method.path("skip"));
    Set<String> form = strings(method.path("form"));
    JsonNode overrides = method.path("params");
    Set<String> used = new HashSet<>();
    Map<String, ApiParam> params = new LinkedHashMap<>();
    for (JsonNode p : operation.path("parameters")) {
      if (!"query".equals(p.path("in").asText())) {
        continue;
      }
      String wire = p.path("name").asText();
      if (skip.contains(wire)) {
        used.add(wire);
      } else if (form.contains(wire)) {
        used.add(wire);
        JsonNode properties = object(document, schema(p)).path("properties");
        if (properties.isEmpty()) {
          throw new IllegalArgumentException(owner + ": query parameter " + wire + " in form has no properties");
        }
        properties.fields().forEachRemaining(e -> {
          String key = wire + "." + e.getKey();
          if (skip.contains(key)) {
            used.add(key);
          } else {
            add(owner, params, used, key, e.getKey(), e.getValue(), false, false, overrides, document);
          }
        });
      } else {
        add(owner, params, used, wire, wire, schema(p), p.path("required").asBoolean(false), p.has("content"),
            overrides, document);
      }
    }
    unknown(owner, "skip", skip, used);
    unknown(owner, "form", form, used);
    Set<String> overridden = new HashSet<>();
    overrides.fieldNames().forEachRemaining(overridden::add);
    unknown(owner, "params", overridden, params.keySet());
    return ordered(owner, params, method.path("order"));
  }

  private static void add(String owner, Map<String, ApiParam> params, Set<String> used, String key, String wire,
      JsonNode schema, boolean required, boolean json, JsonNode overrides, JsonNode document) {
    used.add(key);
    JsonNode override = overrides.path(key);
    TypeName type = override.has("type")
        ? JavaType.parse(override.get("type").asText()).boxed()
        : json ? STRING : type(owner, key, schema, document);
    if (required && type.isBoxedPrimitive()) {
      type = type.unbox();
    }
    String name = override.path("name").asText(PropertyReader.camel(wire));
    params.put(key, new ApiParam(wire, name, type, !required, true));
  }

  /** The Java type of a query value: enums as strings, arrays as lists; anything else fails. */
  private static TypeName type(String owner, String key, JsonNode schema, JsonNode document) {
    JsonNode s = resolved(document, TypeMapper.nonNull(schema));
    if (s.has("enum")) {
      return STRING;
    }
    String fix = ": give params." + key + ".type, list it in form, or skip it";
    return switch (s.path("type").asText("")) {
      case "string" -> STRING;
      case "integer" -> ClassName.get("int64".equals(s.path("format").asText()) ? Long.class : Integer.class);
      case "number" -> ClassName.get(Double.class);
      case "boolean" -> ClassName.get(Boolean.class);
      case "array" -> {
        TypeName item = type(owner, key + "[]", s.path("items"), document);
        if (item instanceof ParameterizedTypeName) {
          throw new IllegalArgumentException(owner + ": query parameter " + key + " is a list of lists" + fix);
        }
        yield JavaType.list(item).boxed();
      }
      default -> throw new IllegalArgumentException(owner + ": query parameter " + key + " maps to no query type ("
          + (s.has("anyOf") || s.has("oneOf") ? "a union" : s.path("type").asText("no type")) + ")" + fix);
    };
  }

  private static JsonNode schema(JsonNode parameter) {
    return parameter.has("schema")
        ? parameter.get("schema")
        : parameter.path("content").path("application/json").path("schema");
  }

  private static JsonNode resolved(JsonNode document, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith(REF) ? document.path("components").path("schemas").path(ref.substring(REF.length())) : schema;
  }

  private static JsonNode object(JsonNode document, JsonNode schema) {
    return resolved(document, TypeMapper.nonNull(schema));
  }

  private static List<ApiParam> ordered(String owner, Map<String, ApiParam> params, JsonNode order) {
    if (order.isMissingNode()) {
      return List.copyOf(params.values());
    }
    List<ApiParam> out = new ArrayList<>();
    for (JsonNode o : order) {
      ApiParam p = params.get(o.asText());
      if (p == null || out.contains(p)) {
        throw new IllegalArgumentException(owner + ": order names " + o.asText()
            + (p == null ? ", which is not a query parameter sent" : " twice"));
      }
      out.add(p);
    }
    if (out.size() != params.size()) {
      throw new IllegalArgumentException(owner + ": order lacks some of " + params.keySet());
    }
    return out;
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> out = new HashSet<>();
    list.forEach(s -> out.add(s.asText()));
    return out;
  }

  private static void unknown(String owner, String key, Set<String> named, Set<String> known) {
    for (String n : named) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException(owner + ": " + key + " names " + n + ", which is no query parameter of it");
      }
    }
  }
}
