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
 * of(String)} (the Jackson creator) and {@code knownValues()}; with integer codes, also the parts
 * {@link IntegerCodesEmitter} writes (its (de)serializer then replaces the creator).
 */
public final class OpenEnumEmitter {
  private static final ClassName OPEN_ENUM = ClassName.get("io.github.mistral4j.core.model", "OpenEnum");

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
    EnumModel.IntegerCodes codes = model.integerCodes();
    String noCode = codes == null ? "" : ", null";
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(OPEN_ENUM)
        .addJavadoc("$L\n", model.javadoc());
    if (codes != null) {
      type.addAnnotations(IntegerCodesEmitter.annotations(self));
    }
    CodeBlock.Builder known = CodeBlock.builder();
    for (EnumModel.Value v : model.values()) {
      String doc = v.description().isEmpty()
          ? "{@code " + v.wire() + "}."
          : "{@code " + v.wire() + "}: " + v.description();
      type.addField(FieldSpec.builder(self, v.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", doc)
          .initializer("new $T($S, true$L)", self, v.wire(), noCode)
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
    if (codes != null) {
      type.addField(IntegerCodesEmitter.field());
      type.addMethod(IntegerCodesEmitter.constructor());
    } else {
      type.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PRIVATE)
          .addParameter(String.class, "value")
          .addParameter(boolean.class, "known")
          .addStatement("super(value, known)")
          .build());
    }
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addJavadoc("The constant with this wire value, or an unknown value keeping it.\n\n"
            + "@param value the wire value\n@return the value\n");
    if (codes == null) {
      of.addAnnotation(ModelTypes.JSON_CREATOR);
    }
    type.addMethod(of.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "value")
        .addStatement("$T known = BY_VALUE.get($T.requireNonNull(value, $S))", self, Objects.class, "value")
        .addStatement("return known != null ? known : new $T(value, false$L)", self, noCode)
        .build());
    if (codes != null) {
      type.addMethods(IntegerCodesEmitter.methods(self, codes));
    }
    type.addMethod(MethodSpec.methodBuilder("knownValues")
        .addJavadoc("{@return every $L this SDK version knows, in the contract's order}\n",
            codes == null ? "value" : "named value")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
        .addStatement("return KNOWN")
        .build());
    if (codes != null) {
      type.addTypes(IntegerCodesEmitter.types(self));
    }
    return PoetParts.file(model.packageName(), type.build(), header).build();
  }
}
