package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;

/**
 * The Java type of a model field.
 *
 * @param kind what sort of value it is, which decides how it is copied and compared
 * @param boxed the reference type ({@code Integer}, {@code List<String>}, …)
 * @param element the element type of a list or the value type of a map, else {@code null}
 */
public record JavaType(Kind kind, TypeName boxed, TypeName element) {
  /** The Jackson tree type. */
  public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  /** What sort of value a field holds. */
  public enum Kind {
    /** A string, number, boolean, date, enum or model: stored as is. */
    VALUE,
    /** A JSON tree, deep-copied in and out. */
    NODE,
    /** A list, copied into an immutable list. */
    LIST,
    /** A map with string keys, copied into an immutable map. */
    MAP
  }

  /**
   * A plain value type.
   *
   * @param type the reference type
   * @return the type
   */
  public static JavaType value(TypeName type) {
    return new JavaType(Kind.VALUE, type, TypeName.VOID);
  }

  /** {@return the JSON tree type} */
  public static JavaType node() {
    return new JavaType(Kind.NODE, JSON_NODE, TypeName.VOID);
  }

  /**
   * A list.
   *
   * @param element the element type
   * @return the type
   */
  public static JavaType list(TypeName element) {
    return new JavaType(Kind.LIST, ParameterizedTypeName.get(ClassName.get(List.class), element), element);
  }

  /**
   * A map with string keys.
   *
   * @param value the value type
   * @return the type
   */
  public static JavaType map(TypeName value) {
    return new JavaType(
        Kind.MAP, ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value), value);
  }

  /** {@return the primitive type for a boxed number or boolean, else the boxed type} */
  public TypeName primitive() {
    return kind == Kind.VALUE && boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  /** {@return whether the value is a number or a boolean} */
  public boolean isBoxedPrimitive() {
    return kind == Kind.VALUE && boxed.isBoxedPrimitive();
  }

  /**
   * Parses a type written in the overlay: a class name (simple for {@code java.lang}, {@code
   * JsonNode}, {@code OffsetDateTime}, else qualified), {@code List<T>} or {@code Map<String, T>}; {@code ?}
   * as a type argument.
   *
   * @param text the type
   * @return the type
   */
  public static JavaType parse(String text) {
    String t = text.strip();
    if (t.startsWith("List<") && t.endsWith(">")) {
      return list(parseName(t.substring(5, t.length() - 1)));
    }
    if (t.startsWith("Map<String,") && t.endsWith(">")) {
      return map(parseName(t.substring(11, t.length() - 1)));
    }
    int open = t.indexOf('<');
    if (open > 0 && t.endsWith(">")) {
      ClassName raw = (ClassName) parseName(t.substring(0, open));
      return value(ParameterizedTypeName.get(raw, parseName(t.substring(open + 1, t.length() - 1))));
    }
    TypeName name = parseName(t);
    return name.equals(JSON_NODE) ? node() : value(name);
  }

  private static TypeName parseName(String text) {
    String t = text.strip();
    if (t.contains("<")) {
      JavaType inner = parse(t);
      return inner.boxed();
    }
    return switch (t) {
      case "String", "Integer", "Long", "Double", "Boolean", "Object" -> ClassName.get("java.lang", t);
      case "JsonNode" -> JSON_NODE;
      case "?" -> WildcardTypeName.subtypeOf(Object.class);
      case "OffsetDateTime" -> ClassName.get("java.time", "OffsetDateTime");
      default -> {
        int dot = t.lastIndexOf('.');
        if (dot < 0) {
          throw new IllegalArgumentException("type '" + t + "': use a qualified class name");
        }
        yield ClassName.get(t.substring(0, dot), t.substring(dot + 1));
      }
    };
  }
}
