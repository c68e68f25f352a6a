package io.github.mistral4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The types and annotations generated models use, and the Java types of a property. */
final class ModelTypes {
  static final String JACKSON = "com.fasterxml.jackson.annotation";
  static final String DATABIND = "com.fasterxml.jackson.databind.annotation";
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  static final ClassName MODELS = ClassName.get("io.github.mistral4j.core.internal", "Models");
  static final ClassName MODEL_TEXT = ClassName.get("io.github.mistral4j.core.internal", "ModelText");
  static final ClassName CHECKS = ClassName.get("io.github.mistral4j.core.internal", "Checks");
  static final ClassName JSON_MAPS = ClassName.get("io.github.mistral4j.core.internal", "JsonMaps");
  static final ClassName TRISTATE = ClassName.get("io.github.mistral4j.core.model", "Tristate");
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  static final ClassName JSON_IGNORE = ClassName.get(JACKSON, "JsonIgnore");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_DESERIALIZE = ClassName.get(DATABIND, "JsonDeserialize");
  static final ClassName NULL_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
  static final TypeName NODES = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), JavaType.JSON_NODE);

  private ModelTypes() {}

  /**
   * The field's type in the built object: a required value may be missing from a decoded response
   * (decoding is lenient), so it is held boxed and nullable and checked when read.
   */
  static TypeName field(Property p) {
    if (p.tristate()) {
      return ParameterizedTypeName.get(TRISTATE, p.type().boxed());
    }
    if (p.primitive() && !p.required()) {
      return p.type().primitive();
    }
    if (p.optionalCollection()) {
      return nullable(p.type().boxed());
    }
    return nullableUnless(p.type().boxed(), (p.nonNull() && !p.required()) || isCollection(p));
  }

  /** The accessor's return type. */
  static TypeName accessor(Property p) {
    if (p.tristate()) {
      return ParameterizedTypeName.get(TRISTATE, p.type().boxed());
    }
    if (p.primitive()) {
      return p.type().primitive();
    }
    return nullableUnless(p.type().boxed(), p.nonNull() || isCollection(p));
  }

  /** Whether the value is held without a check on reading: not a required value or tree. */
  static boolean checkedOnRead(Property p) {
    return p.required() && !p.tristate() && !isCollection(p);
  }

  /** The field's type in the builder. */
  static TypeName builderField(Property p) {
    if (p.tristate()) {
      return ParameterizedTypeName.get(TRISTATE, p.type().boxed());
    }
    TypeName boxed = p.type().boxed();
    if (p.type().kind() == JavaType.Kind.LIST) {
      boxed = ParameterizedTypeName.get(ClassName.get(ArrayList.class), p.type().element());
    } else if (p.type().kind() == JavaType.Kind.MAP) {
      boxed = ParameterizedTypeName.get(
          ClassName.get(LinkedHashMap.class), ClassName.get(String.class), p.type().element());
    }
    return nullable(boxed);
  }

  /** The parameter type of the plain setter: collections accept subtypes. */
  static TypeName setterParameter(Property p) {
    TypeName type = p.type().boxed();
    if (p.type().kind() == JavaType.Kind.LIST) {
      type = ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(p.type().element()));
    } else if (p.type().kind() == JavaType.Kind.MAP) {
      type = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          p.type().element().equals(JavaType.JSON_NODE)
              ? WildcardTypeName.subtypeOf(Object.class)
              : WildcardTypeName.subtypeOf(p.type().element()));
    }
    if (p.primitiveSetter()) {
      return p.type().primitive();
    }
    if (p.tristate()) {
      return type;
    }
    if (p.primitive()) {
      return p.type().primitive();
    }
    return nullableUnless(type, p.nonNull() && p.type().kind() == JavaType.Kind.VALUE);
  }

  static boolean isCollection(Property p) {
    return p.type().kind() == JavaType.Kind.LIST || p.type().kind() == JavaType.Kind.MAP;
  }

  static TypeName nullableUnless(TypeName type, boolean nonNull) {
    return nonNull ? type : nullable(type);
  }

  static TypeName nullable(TypeName type) {
    if (type instanceof ParameterizedTypeName p) {
      return p.annotated(AnnotationSpec.builder(NULLABLE).build());
    }
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  static AnnotationSpec jsonProperty(String wire) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wire).build();
  }

  /** {@return {@code @JsonCreator(mode = DELEGATING)}} */
  static AnnotationSpec delegatingCreator() {
    return AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build();
  }

  /** {@return {@code @JsonDeserialize(using = ...)} naming a deserializer class} */
  static AnnotationSpec deserializeUsing(ClassName deserializer) {
    return AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", deserializer).build();
  }

  static AnnotationSpec include(String how) {
    return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.$L", JSON_INCLUDE, how).build();
  }
}
