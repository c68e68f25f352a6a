package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an open enum: a final class extending {@code OpenEnum} with a constant per value, {@code
 * of(String)} (the Jackson creator) and {@code knownValues()}.
 */
public final class OpenEnumEmitter {
  private static final ClassName OPEN_ENUM = ClassName.get("io.github.mistral4j.core.model", "OpenEnum");
  private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  private OpenEnumEmitter() {}

  /**
   * The Java file of an enum.
   *
   * @param model the enum
   * @param header the one-line file comment
   * @return the file
   */
  public static JavaFile emit(EnumModel model, String header) {
    ClassName self = ClassName.get(model.packageName(), model.className());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(OPEN_ENUM)
        .addJavadoc("$L\n", model.javadoc());
    CodeBlock.Builder known = CodeBlock.builder();
    for (EnumModel.Value v : model.values()) {
      String doc = v.description().isEmpty()
          ? "{@code " + v.wire() + "}."
          : "{@code " + v.wire() + "}: " + v.description();
      type.addField(FieldSpec.builder(self, v.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", doc)
          .initializer("new $T($S, true)", self, v.wire())
          .build());
      known.add(known.isEmpty() ? "$L" : ", $L", v.constant());
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), self), "KNOWN",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, known.build())
        .build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self),
            "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("KNOWN.stream().collect($T.toUnmodifiableMap($T::value, $T.identity()))",
            Collectors.class, OPEN_ENUM, Function.class)
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(boolean.class, "known")
        .addStatement("super(value, known)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The constant with this wire value, or an unknown value keeping it.\n\n"
            + "@param value the wire value\n@return the value\n")
        .addAnnotation(JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "value")
        .addStatement("$T known = BY_VALUE.get($T.requireNonNull(value, $S))", self, Objects.class, "value")
        .addStatement("return known != null ? known : new $T(value, false)", self)
        .build());
    type.addMethod(MethodSpec.methodBuilder("knownValues")
        .addJavadoc("{@return every value this SDK version knows, in the contract's order}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
        .addStatement("return KNOWN")
        .build());
    return JavaFile.builder(model.packageName(), type.build())
        .addFileComment("$L", header)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }
}
