package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Factories of the specs request schemas are declared with. */
public final class Specs {
  private Specs() {}

  /** Any string. */
  public static StringSpec string() {
    return new StringSpec(0, Integer.MAX_VALUE, null);
  }

  /** Any whole number. */
  public static IntegerSpec integer() {
    return new IntegerSpec(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Any number. */
  public static NumberSpec number() {
    return new NumberSpec(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** A boolean. */
  public static Spec bool() {
    return BooleanSpec.INSTANCE;
  }

  /** An http(s) URL. */
  public static Spec url() {
    return UrlSpec.INSTANCE;
  }

  /** An ISO 8601 date-time. */
  public static Spec dateTime() {
    return DateTimeSpec.INSTANCE;
  }

  /** Any JSON value. */
  public static Spec any() {
    return AnySpec.ANY;
  }

  /** Any JSON object, unchecked inside. */
  public static Spec anyObject() {
    return AnySpec.OBJECT;
  }

  /** One of the strings given; {@code label} names the enum in union error locations. */
  public static Spec oneOf(String label, String... values) {
    return new EnumSpec(List.of(values), false, label);
  }

  /** Exactly this string ({@code const}). */
  public static Spec literal(String value) {
    return new EnumSpec(List.of(value), true, "literal['" + value + "']");
  }

  /** JSON null or a value of the spec. */
  public static Spec nullable(Spec spec) {
    return new NullableSpec(spec);
  }

  /** An array of values of the spec. */
  public static ListSpec list(Spec items) {
    return new ListSpec(items, 0);
  }

  /** An object mapping any key to values of the spec. */
  public static Spec map(Spec values) {
    return new MapSpec(values);
  }

  /** A model with the given name (used in messages). */
  public static ObjectSpec object(String name) {
    return new ObjectSpec(name);
  }

  /** A union discriminated by a member, its variants in order (their tags listed so in messages). */
  @SafeVarargs
  public static Spec tagged(String discriminator, Map.Entry<String, Spec>... variants) {
    Map<String, Spec> ordered = new LinkedHashMap<>();
    for (Map.Entry<String, Spec> v : variants) {
      ordered.put(v.getKey(), v.getValue());
    }
    return new TaggedUnionSpec(discriminator, ordered);
  }

  /** A variant of a {@linkplain #tagged tagged union}: the discriminator's value and the variant's spec. */
  public static Map.Entry<String, Spec> variant(String tag, Spec spec) {
    return Map.entry(tag, spec);
  }

  /** A union tried branch by branch. */
  public static Spec anyOf(Spec... branches) {
    return new AnyOfSpec(List.of(branches));
  }

  /** A JSON string default value. */
  public static JsonNode text(String value) {
    return JsonNodeFactory.instance.textNode(value);
  }

  /** A JSON boolean default value. */
  public static JsonNode flag(boolean value) {
    return JsonNodeFactory.instance.booleanNode(value);
  }

  /** An empty JSON array default value. */
  public static JsonNode emptyList() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** An empty JSON object default value. */
  public static JsonNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
