package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a property's schema to a Java type: {@code $ref} to the class the overlay names for that
 * schema (or, for an unmapped schema, to what its structure maps to), {@code anyOf [X, null]} to a
 * nullable X, strings, numbers and booleans to their boxed types, {@code date-time} to {@code
 * OffsetDateTime}, arrays to lists, objects without properties to maps or JSON trees.
 */
public final class TypeMapper {
  private static final String REF = "#/components/schemas/";

  private final JsonNode schemas;

  /**
   * A mapper over a contract.
   *
   * @param document the contract with its overlay applied
   */
  public TypeMapper(JsonNode document) {
    this.schemas = document.path("components").path("schemas");
  }

  /**
   * A property's schema without its {@code null} alternative.
   *
   * @param schema the property's schema
   * @return the schema of its non-null values
   */
  public static JsonNode nonNull(JsonNode schema) {
    List<JsonNode> rest = alternatives(schema);
    return rest.size() == 1 && schema.has("anyOf") ? rest.get(0) : schema;
  }

  /**
   * Whether a property's schema allows {@code null}.
   *
   * @param schema the property's schema
   * @return whether null is allowed
   */
  public static boolean allowsNull(JsonNode schema) {
    if ("null".equals(schema.path("type").asText())) {
      return true;
    }
    for (JsonNode alternative : schema.path("anyOf")) {
      if ("null".equals(alternative.path("type").asText())) {
        return true;
      }
    }
    return schema.path("nullable").asBoolean(false);
  }

  /**
   * The Java type of a property's schema.
   *
   * @param where the schema and property, for messages
   * @param schema the property's schema
   * @return the type
   */
  public JavaType map(String where, JsonNode schema) {
    return map("", where, schema);
  }

  /**
   * The Java type of a property's schema, as seen from a module: a schema mapped to classes in
   * several modules ({@code x-java.copies}) maps to the class in that module.
   *
   * @param module the folder of the module of the class that holds the property
   * @param where the schema and property, for messages
   * @param schema the property's schema
   * @return the type
   */
  public JavaType map(String module, String where, JsonNode schema) {
    JsonNode s = nonNull(schema);
    if (s.has("$ref")) {
      return ref(module, where, s.get("$ref").asText());
    }
    if (s.has("anyOf") || s.has("oneOf") || s.has("allOf")) {
      throw new IllegalArgumentException(where + ": a union; give its Java type in x-java.properties");
    }
    return switch (s.path("type").asText("")) {
      case "string" -> JavaType.value("date-time".equals(s.path("format").asText())
          ? ClassName.get("java.time", "OffsetDateTime")
          : ClassName.get(String.class));
      case "integer" -> JavaType.value("int64".equals(s.path("format").asText())
          ? ClassName.get(Long.class)
          : ClassName.get(Integer.class));
      case "number" -> JavaType.value(ClassName.get(Double.class));
      case "boolean" -> JavaType.value(ClassName.get(Boolean.class));
      case "array" -> JavaType.list(element(module, where, s.path("items")));
      case "object" -> object(module, where, s);
      default -> JavaType.node();
    };
  }

  private JavaType object(String module, String where, JsonNode s) {
    JsonNode additional = s.get("additionalProperties");
    if (!s.has("properties") && additional != null && additional.isObject() && additional.size() > 0) {
      return JavaType.map(element(module, where, additional));
    }
    return JavaType.map(JavaType.JSON_NODE);
  }

  private TypeName element(String module, String where, JsonNode items) {
    if (items.isMissingNode() || items.size() == 0) {
      return JavaType.JSON_NODE;
    }
    return map(module, where + "[]", items).boxed();
  }

  private JavaType ref(String module, String where, String ref) {
    if (!ref.startsWith(REF)) {
      throw new IllegalArgumentException(where + ": unsupported $ref " + ref);
    }
    String name = ref.substring(REF.length());
    JsonNode target = schemas.get(name);
    if (target == null) {
      throw new IllegalArgumentException(where + ": $ref to missing schema " + name);
    }
    JsonNode java = target.get("x-java");
    if (java != null && !module.equals(java.path("module").asText())) {
      for (JsonNode copy : java.path("copies")) {
        if (module.equals(copy.path("module").asText())) {
          return JavaType.value(ClassName.get(copy.path("package").asText(), copy.path("class").asText()));
        }
      }
    }
    if (java != null && java.has("class")) {
      return JavaType.value(ClassName.get(java.path("package").asText(), java.path("class").asText()));
    }
    if (java != null && java.has("type")) {
      return JavaType.parse(java.get("type").asText());
    }
    if (target.has("properties") || target.has("anyOf") || target.has("oneOf")) {
      throw new IllegalArgumentException(where + ": $ref to " + name + ", which has no x-java class or type");
    }
    return map(module, where + " -> " + name, target);
  }

  /**
   * The non-null alternatives of an {@code anyOf}, or the schema itself.
   *
   * @param schema a schema
   * @return its alternatives other than {@code null}
   */
  public static List<JsonNode> alternatives(JsonNode schema) {
    List<JsonNode> rest = new ArrayList<>();
    if (!schema.has("anyOf")) {
      rest.add(schema);
      return rest;
    }
    for (JsonNode alternative : schema.get("anyOf")) {
      if (!"null".equals(alternative.path("type").asText())) {
        rest.add(alternative);
      }
    }
    return rest;
  }
}
