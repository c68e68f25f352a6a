package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A union without a discriminator, from the overlay's root {@code x-java-structural-unions}: the
 * variant is the first whose JSON shape the value has. Two forms: with {@code unknown}, a sealed
 * interface over variant classes, an unknown variant keeping any other JSON, and the deserializer;
 * with {@code invalid}, a final class holding one of several Java values (its variants' types),
 * whose decoding refuses any other JSON with that message.
 *
 * @param module the folder of the owning Maven module
 * @param self the interface or class
 * @param javadoc its description
 * @param variants the variants, in the order they are tried
 * @param unknown the unknown variant class (sealed form), or {@code null} (value form)
 * @param unknownJavadoc the unknown variant's description, or empty
 * @param invalid the message for JSON of no variant's shape (value form), or empty
 * @param factories static factories of the sealed form's interface
 */
public record StructuralUnionModel(
    String module,
    ClassName self,
    String javadoc,
    List<Variant> variants,
    @Nullable ClassName unknown,
    String unknownJavadoc,
    String invalid,
    List<UnionModel.Factory> factories) {

  /** JSON types a shape names: the test of a {@code JsonNode} for each, and how a value is read. */
  static final Map<String, String> TESTS = Map.of(
      "object", "isObject", "array", "isArray", "string", "isTextual", "boolean", "isBoolean",
      "integer", "isIntegralNumber", "number", "isNumber");

  private static final Map<TypeName, String> VALUE_JSON = Map.of(
      ClassName.get(String.class), "string", ClassName.get(Boolean.class), "boolean",
      ClassName.get(Long.class), "integer", ClassName.get(Double.class), "number");

  /**
   * The JSON shape that selects a variant.
   *
   * @param json the JSON type of the value (a key of {@link #TESTS})
   * @param items the JSON type of every item of an array, or empty for any
   * @param members members an object must have: JSON type by name ({@code any}: present, even null)
   * @param without members an object must not have
   */
  public record Shape(String json, String items, Map<String, String> members, List<String> without) {}

  /**
   * A method of the value form.
   *
   * @param name its name
   * @param doc what it returns, a phrase
   */
  public record Accessor(String name, String doc) {}

  /**
   * One variant.
   *
   * @param type the variant class (sealed form) or the Java type held (value form)
   * @param shape the JSON shape that selects it
   * @param name the value form's field and factory parameter, else empty
   * @param javadoc the value form's factory description ({@code of(type)}), else empty
   * @param doc the value form's factory parameter description, else empty
   * @param is the value form's test whether the value is this variant, or {@code null}
   * @param get the value form's accessor of the value as this variant's type (a list: every other
   *     variant holds its element type, read as a one-item list), or {@code null}
   */
  public record Variant(
      TypeName type, Shape shape, String name, String javadoc, String doc, @Nullable Accessor is,
      @Nullable Accessor get) {}

  /** {@return whether it is the value form (a final class), not a sealed interface} */
  public boolean valueForm() {
    return unknown == null;
  }

  /**
   * The structural unions of a contract to which the overlay was applied.
   *
   * @param document the contract with its overlay
   * @return the unions, in the overlay's order
   */
  public static List<StructuralUnionModel> all(JsonNode document) {
    JsonNode schemas = document.path("components").path("schemas");
    List<StructuralUnionModel> unions = new ArrayList<>();
    for (JsonNode u : document.path("x-java-structural-unions")) {
      String name = Overlays.required("x-java-structural-unions", u, "class");
      String pkg = Overlays.required(name, u, "package");
      boolean sealed = u.has("unknown");
      if (sealed == u.has("invalid")) {
        throw new IllegalArgumentException(name + ": give either unknown (sealed form) or invalid (value form)");
      }
      List<Variant> variants = new ArrayList<>();
      Map<String, ClassName> byName = new HashMap<>();
      for (JsonNode v : u.path("variants")) {
        variants.add(sealed ? classVariant(name, pkg, schemas, v, byName) : valueVariant(name, v));
      }
      if (!sealed && u.has("factories")) {
        throw new IllegalArgumentException(name + ": factories are for the sealed form (the value form has of(...))");
      }
      if (variants.isEmpty()) {
        throw new IllegalArgumentException(name + ": no variants");
      }
      unions.add(new StructuralUnionModel(
          Overlays.required(name, u, "module"),
          ClassName.get(pkg, name),
          Overlays.required(name, u, "javadoc").strip(),
          List.copyOf(variants),
          sealed ? ClassName.get(pkg, Overlays.required(name, u, "unknown")) : null,
          sealed ? Overlays.required(name, u, "unknownJavadoc").strip() : "",
          sealed ? "" : Overlays.required(name, u, "invalid").strip(),
          UnionModel.factories(name, u.path("factories"), v -> {
            ClassName c = byName.get(v);
            if (c == null) {
              throw new IllegalArgumentException(name + ": factory variant " + v + " is not a variant");
            }
            return c;
          })));
    }
    return unions;
  }

  private static Variant classVariant(
      String union, String pkg, JsonNode schemas, JsonNode v, Map<String, ClassName> byName) {
    String schema = v.path("schema").asText("");
    String key = schema.isEmpty() ? Overlays.required(union, v, "class") : schema;
    ClassName type = schema.isEmpty() ? ClassName.get(pkg, key) : UnionModel.variant(union, schemas, schema);
    byName.put(key, type);
    Map<String, String> members = new LinkedHashMap<>();
    v.path("members").fields().forEachRemaining(e -> members.put(e.getKey(), json(union, e.getValue().asText(), true)));
    List<String> without = new ArrayList<>();
    v.path("without").forEach(w -> without.add(w.asText()));
    String items = v.has("items") ? json(union, v.get("items").asText(), false) : "";
    Shape shape = new Shape(json(union, v.path("json").asText("object"), false), items, members, List.copyOf(without));
    if (!"object".equals(shape.json()) && !(members.isEmpty() && without.isEmpty())
        || !"array".equals(shape.json()) && !items.isEmpty()) {
      throw new IllegalArgumentException(union + ": variant " + key + ": members and without need json object,"
          + " items json array");
    }
    return new Variant(type, shape, "", "", "", null, null);
  }

  private static Variant valueVariant(String union, JsonNode v) {
    JavaType type = JavaType.parse(Overlays.required(union, v, "type"));
    Shape shape;
    if (type.kind() == JavaType.Kind.LIST && VALUE_JSON.containsKey(type.element())) {
      shape = new Shape("array", VALUE_JSON.get(type.element()), Map.of(), List.of());
    } else if (type.kind() == JavaType.Kind.VALUE && VALUE_JSON.containsKey(type.boxed())) {
      shape = new Shape(VALUE_JSON.get(type.boxed()), "", Map.of(), List.of());
    } else {
      throw new IllegalArgumentException(union + ": value variant type " + type.boxed()
          + " is not String, Boolean, Long, Double or a List of one of them");
    }
    return new Variant(type.boxed(), shape, Overlays.required(union, v, "name"),
        Overlays.required(union, v, "javadoc").strip(), Overlays.required(union, v, "doc").strip(),
        accessor(union, v.get("is")), accessor(union, v.get("get")));
  }

  private static @Nullable Accessor accessor(String union, @Nullable JsonNode node) {
    return node == null ? null : new Accessor(Overlays.required(union, node, "name"),
        Overlays.required(union, node, "doc").strip());
  }

  private static String json(String union, String type, boolean member) {
    if (!TESTS.containsKey(type) && !(member && "any".equals(type))) {
      throw new IllegalArgumentException(union + ": JSON type '" + type + "' is not one of "
          + new TreeSet<>(TESTS.keySet()) + (member ? " or any" : ""));
    }
    return type;
  }

  /**
   * The element type of a value variant's list type.
   *
   * @param type a list type
   * @return its element type, or {@code null} when it is not a list
   */
  static @Nullable TypeName element(TypeName type) {
    return type instanceof ParameterizedTypeName p && p.rawType.equals(ClassName.get(List.class))
        ? p.typeArguments.get(0) : null;
  }
}
