package io.github.mistral4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testsupport.OpenApiDocument;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the contract: types, required and forbidden members, enums, consts,
 * formats (date-time, uuid), lengths, patterns and bounds, through {@code $ref}, {@code anyOf} and
 * {@code oneOf} (by discriminator when there is one). Enough to keep the stand-in's answers true to the contract.
 */
final class ContractShapes {
  private final OpenApiDocument doc;

  ContractShapes(OpenApiDocument doc) {
    this.doc = doc;
  }

  /** The problems of a value, each prefixed with where it is ({@code $.items[0].id}). */
  List<String> check(JsonNode schema, JsonNode value, String where) {
    List<String> out = new ArrayList<>();
    check(schema, value, where, out);
    return out;
  }

  private void check(JsonNode schema, JsonNode value, String where, List<String> out) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      check(
          doc.schema(ref.asText().substring("#/components/schemas/".length())), value, where, out);
      return;
    }
    if (schema.has("anyOf") || schema.has("oneOf")) {
      union(schema, value, where, out);
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      out.add(where + ": expected const " + schema.get("const") + ", was " + value);
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      out.add(where + ": " + value + " not in enum " + schema.get("enum"));
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "object" -> object(schema, value, where, out);
      case "array" -> array(schema, value, where, out);
      case "string" -> string(schema, value, where, out);
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          out.add(where + ": expected integer, was " + value);
        }
        bounds(schema, value, where, out);
      }
      case "number" -> {
        if (!value.isNumber()) {
          out.add(where + ": expected number, was " + value);
        }
        bounds(schema, value, where, out);
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          out.add(where + ": expected boolean, was " + value);
        }
      }
      case "null" -> {
        if (!value.isNull()) {
          out.add(where + ": expected null, was " + value);
        }
      }
      default -> {
        // no type: anything goes
      }
    }
  }

  private void union(JsonNode schema, JsonNode value, String where, List<String> out) {
    JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
    JsonNode discriminator = schema.get("discriminator");
    if (discriminator != null && value.isObject()) {
      String tag = value.path(discriminator.get("propertyName").asText()).asText(null);
      JsonNode target = tag == null ? null : discriminator.path("mapping").get(tag);
      if (target == null) {
        out.add(
            where + ": discriminator value " + tag + " not in " + discriminator.path("mapping"));
        return;
      }
      check(doc.root().at(target.asText().substring(1)), value, where, out);
      return;
    }
    List<String> best = null;
    for (JsonNode branch : branches) {
      List<String> problems = check(branch, value, where);
      if (problems.isEmpty()) {
        return;
      }
      if (best == null || problems.size() < best.size()) {
        best = problems;
      }
    }
    out.add(where + ": matches no branch; closest: " + best);
  }

  private void object(JsonNode schema, JsonNode value, String where, List<String> out) {
    if (!value.isObject()) {
      out.add(where + ": expected object, was " + value);
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(where + ": missing required " + required.asText());
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    Iterator<Map.Entry<String, JsonNode>> members = value.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> m = members.next();
      String at = where + "." + m.getKey();
      if (properties.has(m.getKey())) {
        check(properties.get(m.getKey()), m.getValue(), at, out);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        out.add(at + ": not allowed (additionalProperties: false)");
      } else if (additional != null && additional.isObject()) {
        check(additional, m.getValue(), at, out);
      }
    }
  }

  private void array(JsonNode schema, JsonNode value, String where, List<String> out) {
    if (!value.isArray()) {
      out.add(where + ": expected array, was " + value);
      return;
    }
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      out.add(where + ": fewer than " + schema.get("minItems") + " items");
    }
    for (int i = 0; i < value.size(); i++) {
      if (schema.has("items")) {
        check(schema.get("items"), value.get(i), where + "[" + i + "]", out);
      }
    }
  }

  private static void string(JsonNode schema, JsonNode value, String where, List<String> out) {
    if (!value.isTextual()) {
      out.add(where + ": expected string, was " + value);
      return;
    }
    String s = value.asText();
    String format = schema.path("format").asText("");
    if (format.equals("date-time")) {
      try {
        OffsetDateTime.parse(s);
      } catch (DateTimeParseException e) {
        out.add(where + ": not a date-time: " + s);
      }
    }
    if (format.equals("uuid")) {
      try {
        UUID.fromString(s);
      } catch (IllegalArgumentException e) {
        out.add(where + ": not a uuid: " + s);
      }
    }
    if (schema.has("minLength") && s.length() < schema.get("minLength").asInt()) {
      out.add(where + ": shorter than " + schema.get("minLength"));
    }
    if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
      out.add(where + ": longer than " + schema.get("maxLength"));
    }
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
      out.add(where + ": does not match " + schema.get("pattern"));
    }
  }

  private static void bounds(JsonNode schema, JsonNode value, String where, List<String> out) {
    if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
      out.add(where + ": below minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
      out.add(where + ": above maximum " + schema.get("maximum"));
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : values) {
      if (v.equals(value)
          || (v.isNumber() && value.isNumber() && v.asDouble() == value.asDouble())) {
        return true;
      }
    }
    return false;
  }
}
