package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/** The parts of the Jackson deserializers and serializers generated beside the models. */
final class JacksonCoders {
  static final ClassName STD_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  static final ClassName STD_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");

  private JacksonCoders() {}

  /** {@return the {@code serialVersionUID} of a generated (de)serializer} */
  static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }

  /** {@return the head of a (de)serializer of {@code type}: superclass {@code base}, serialVersionUID, constructor} */
  static TypeSpec.Builder coder(String name, ClassName base, TypeName type) {
    return TypeSpec.classBuilder(name)
        .superclass(ParameterizedTypeName.get(base, type))
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", type).build());
  }

  /** {@return the head of {@code deserialize(JsonParser p, DeserializationContext ctxt)} reading {@code type}} */
  static MethodSpec.Builder deserialize(TypeName type) {
    return PoetParts.override("deserialize", type)
        .addParameter(JSON_PARSER, "p")
        .addParameter(CONTEXT, "ctxt")
        .addException(IOException.class);
  }
}
