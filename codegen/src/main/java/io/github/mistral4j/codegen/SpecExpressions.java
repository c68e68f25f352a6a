package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Maps a schema to the stand-in's spec expression, a call of its {@code Specs} factories: {@code
 * $ref} to the schema's constant (or, for a schema without one, to what its structure maps to),
 * {@code anyOf [X, null]} to {@code nullable(X)}, other {@code anyOf} to {@code anyOf(...)}, a
 * {@code oneOf} with a discriminator to {@code tagged(...)}, an inline enum of one value or a
 * {@code const} to {@code literal(...)}, strings (with {@code date-time} to {@code dateTime()}, a
 * {@code uri} of at most 2083 characters to {@code url()}), numbers, booleans, arrays, maps and
 * free objects, with their limits. A keyword, format or shape it cannot map fails the generation,
 * naming the schema and property. Accepted but not checked, as the server (pydantic) does not
 * reject on them: {@code uniqueItems} (a set, deduplicated), {@code format: uri} without the
 * {@code HttpUrl} length ({@code AnyUrl}: only its lengths are checked), {@code format: password}.
 */
final class SpecExpressions {
  /** The keywords a schema may have; {@code x-} extensions are ignored too. */
  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
      "title", "description", "default", "enum", "const", "format", "minLength", "maxLength", "pattern", "minimum",
      "maximum", "items", "minItems", "uniqueItems", "anyOf", "oneOf", "discriminator", "$ref", "examples",
      "writeOnly", "readOnly");
  /** The length limit of pydantic's {@code HttpUrl}, which the stand-in's {@code url()} checks. */
  private static final int URL_MAX_LENGTH = 2083;

  private final ClassName specs;
  private final JsonNode schemas;
  private final Set<String> constants;
  private final Set<String> used = new TreeSet<>();
  private final Set<String> appliedRules = new HashSet<>();

  SpecExpressions(ClassName specs, JsonNode schemas, Set<String> constants) {
    this.specs = specs;
    this.schemas = schemas;
    this.constants = constants;
  }

  /** The {@code Specs} factories the expressions call, for static imports. */
  Set<String> used() {
    return used;
  }

  /** Whether a rule key ({@code Schema.property/pattern}) was applied by an expression. */
  boolean applied(String rule) {
    return appliedRules.contains(rule);
  }

  /**
   * The constant name of a schema: its name in upper snake case.
   *
   * @param schema the schema's name
   * @return the name of its constant
   */
  static String constant(String schema) {
    return schema.replace("OAuth", "Oauth").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /**
   * The spec of a property's (or an item's) schema.
   *
   * @param where the schema and property, for messages and rules ({@code Schema.property})
   * @param s the schema
   * @param rule the overlay's rule for the property, or null
   * @return the expression
   */
  CodeBlock of(String where, JsonNode s, @Nullable JsonNode rule) {
    for (var it = s.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k) && !k.startsWith("x-")) {
        throw new IllegalArgumentException(where + ": keyword " + k + " is not supported by the stand-in's specs");
      }
    }
    if (s.has("$ref")) {
      String name = s.get("$ref").asText().substring(StandInSpecsModel.REF.length());
      return constants.contains(name) ? CodeBlock.of("$L", constant(name))
          : of(where + " -> " + name, schemas.get(name), rule);
    }
    if (s.has("anyOf")) {
      return anyOf(where, s, rule);
    }
    if (s.has("oneOf")) {
      return tagged(where, s);
    }
    if (s.has("enum") || s.has("const")) {
      return enumeration(where, s, rule);
    }
    return switch (s.path("type").asText("")) {
      case "string" -> string(where, s, rule);
      case "integer" -> integer(s);
      case "number" -> number(s);
      case "boolean" -> call("bool");
      case "array" -> {
        CodeBlock list = call("list", of(where + "[]", s.path("items"), null));
        yield s.has("minItems") ? CodeBlock.of("$L.minItems($L)", list, s.get("minItems").asInt()) : list;
      }
      case "object" -> object(where, s);
      default -> throw new IllegalArgumentException(where + ": no type the stand-in's specs know");
    };
  }

  /**
   * The spec of a named string enum: {@code oneOf} labelled with the schema's name.
   *
   * @param name the schema's name
   * @param s the schema
   * @return the expression
   */
  CodeBlock namedEnum(String name, JsonNode s) {
    return oneOf(name, s.get("enum"));
  }

  /**
   * A default value: a string, a boolean, an empty array or object, or an array of strings.
   *
   * @param where the schema and property, for messages
   * @param value the default
   * @return the expression of the JSON value
   */
  CodeBlock defaultValue(String where, JsonNode value) {
    if (value.isTextual()) {
      return call("text", CodeBlock.of("$S", value.asText()));
    }
    if (value.isBoolean()) {
      return call("flag", CodeBlock.of("$L", value.asBoolean()));
    }
    if (value.isObject() && value.isEmpty()) {
      return call("emptyObject");
    }
    if (value.isArray() && value.isEmpty()) {
      return call("emptyList");
    }
    if (value.isArray()) {
      CodeBlock.Builder b = CodeBlock.builder().add("$T.instance.arrayNode()",
          ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory"));
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException(where + ": default " + value + " is not supported by the stand-in's specs");
        }
        b.add(".add($S)", item.asText());
      }
      return b.build();
    }
    throw new IllegalArgumentException(where + ": default " + value + " is not supported by the stand-in's specs");
  }

  private CodeBlock anyOf(String where, JsonNode s, @Nullable JsonNode rule) {
    List<CodeBlock> branches = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode alternative : s.get("anyOf")) {
      if ("null".equals(alternative.path("type").asText())) {
        nullable = true;
      } else {
        branches.add(of(where, alternative, rule));
      }
    }
    CodeBlock inner = branches.size() == 1 ? branches.get(0)
        : call("anyOf", CodeBlock.join(branches, ",$W"));
    return nullable ? call("nullable", inner) : inner;
  }

  private CodeBlock tagged(String where, JsonNode s) {
    JsonNode discriminator = s.path("discriminator");
    if (!discriminator.has("propertyName")) {
      throw new IllegalArgumentException(where + ": a oneOf without a discriminator");
    }
    List<CodeBlock> variants = new ArrayList<>();
    for (JsonNode variant : s.get("oneOf")) {
      String ref = variant.path("$ref").asText();
      String tag = null;
      for (var it = discriminator.path("mapping").fields(); it.hasNext(); ) {
        var e = it.next();
        if (e.getValue().asText().equals(ref)) {
          tag = e.getKey();
        }
      }
      if (!ref.startsWith(StandInSpecsModel.REF) || !constants.contains(ref.substring(StandInSpecsModel.REF.length()))) {
        throw new IllegalArgumentException(where + ": variant " + variant + " is not a named object schema");
      }
      if (tag == null) {
        throw new IllegalArgumentException(where + ": variant " + ref + " has no tag in the discriminator's mapping");
      }
      variants.add(call("variant", CodeBlock.of("$S, $L", tag, of(where, variant, null))));
    }
    return call("tagged", CodeBlock.of("$S,$W$L", discriminator.get("propertyName").asText(),
        CodeBlock.join(variants, ",$W")));
  }

  private CodeBlock enumeration(String where, JsonNode s, @Nullable JsonNode rule) {
    JsonNode values = s.has("const") ? s.get("const") : s.get("enum");
    if (rule != null && rule.has("enum")) {
      appliedRules.add(where + "/enum");
      return oneOf(rule.get("enum").asText(), values);
    }
    if (values.isTextual() || values.size() == 1) {
      return call("literal", CodeBlock.of("$S", values.isTextual() ? values.asText() : values.get(0).asText()));
    }
    throw new IllegalArgumentException(where + ": an inline enum of several values; name its enum in x-standin.rules");
  }

  private CodeBlock oneOf(String label, JsonNode values) {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", label));
    values.forEach(v -> args.add(CodeBlock.of("$S", v.asText())));
    return call("oneOf", CodeBlock.join(args, ",$W"));
  }

  private CodeBlock string(String where, JsonNode s, @Nullable JsonNode rule) {
    String format = s.path("format").asText("");
    if (format.equals("date-time")) {
      return call("dateTime");
    }
    if (format.equals("uri") && s.path("maxLength").asInt() == URL_MAX_LENGTH && s.path("minLength").asInt() == 1) {
      return call("url");
    }
    if (!format.isEmpty() && !format.equals("uri") && !format.equals("password")) {
      throw new IllegalArgumentException(where + ": format " + format + " is not supported by the stand-in's specs");
    }
    CodeBlock.Builder b = CodeBlock.builder().add(call("string"));
    if (s.has("minLength")) {
      b.add(".minLength($L)", s.get("minLength").asInt());
    }
    if (s.has("maxLength")) {
      b.add(".maxLength($L)", s.get("maxLength").asInt());
    }
    String pattern = s.path("pattern").asText(null);
    if (rule != null && rule.has("pattern")) {
      if (pattern != null) {
        throw new IllegalArgumentException(where + ": the contract now has a pattern; remove x-standin's");
      }
      appliedRules.add(where + "/pattern");
      pattern = rule.get("pattern").asText();
    }
    if (pattern != null) {
      b.add(".pattern($S)", pattern);
    }
    return b.build();
  }

  private CodeBlock integer(JsonNode s) {
    CodeBlock.Builder b = CodeBlock.builder().add(call("integer"));
    if (s.has("minimum")) {
      b.add(".min($L)", s.get("minimum").asLong());
    }
    if (s.has("maximum")) {
      b.add(".max($L)", s.get("maximum").asLong());
    }
    return b.build();
  }

  private CodeBlock number(JsonNode s) {
    if (!s.has("minimum") && !s.has("maximum")) {
      return call("number");
    }
    return CodeBlock.of("$L.range($L, $L)", call("number"),
        s.has("minimum") ? s.get("minimum").asText() : "Double.NEGATIVE_INFINITY",
        s.has("maximum") ? s.get("maximum").asText() : "Double.POSITIVE_INFINITY");
  }

  private CodeBlock object(String where, JsonNode s) {
    if (s.path("properties").size() > 0) {
      throw new IllegalArgumentException(where + ": an inline object with properties; the stand-in's specs need a named schema");
    }
    JsonNode additional = s.path("additionalProperties");
    if (additional.isObject() && additional.size() > 0) {
      return call("map", of(where + "{}", additional, null));
    }
    return call("anyObject");
  }

  private CodeBlock call(String factory, CodeBlock... args) {
    used.add(factory);
    // the factory's name in the format string, so that it is written as a static import
    return CodeBlock.of("$T." + factory + "($L)", specs, args.length == 0 ? "" : args[0]);
  }
}
