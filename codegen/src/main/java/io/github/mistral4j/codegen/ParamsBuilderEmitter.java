package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Builder} of a parameter class: a setter per parameter running its
 * checks (numbers and booleans through a primitive unless {@code boxedSetter}, other values
 * nullable to unset them), {@code addX} for a list (whose setter replaces it) and {@code putX} for
 * a map of JSON values, and {@code build()}.
 */
final class ParamsBuilderEmitter {
  private ParamsBuilderEmitter() {}

  static TypeSpec emit(ParamsModel model) {
    ClassName self = model.self();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = PoetParts.builderClass(self);
    for (QueryParam p : model.params()) {
      if (p.type().kind() == JavaType.Kind.LIST) {
        type.addField(FieldSpec.builder(p.type().boxed(), p.name(), Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", ArrayList.class)
            .build());
      } else {
        type.addField(ParamsEmitter.field(p), p.name(), Modifier.PRIVATE);
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (QueryParam p : model.params()) {
      switch (p.type().kind()) {
        case LIST -> list(type, p, builder);
        case MAP -> map(type, p, builder);
        default -> value(type, p, builder);
      }
    }
    return type.addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("Builds the parameters.\n\n@return the parameters\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addStatement("return new $T(this)", self)
            .build())
        .build();
  }

  private static void value(TypeSpec.Builder type, QueryParam p, ClassName builder) {
    boolean primitive = p.primitiveSetter();
    String doc = p.doc() + (p.limits().isEmpty() ? "" : ", " + p.limits()) + (primitive ? "" : " ({@code null} to unset)");
    MethodSpec.Builder m = setter(p, builder, "Sets {@code " + p.wire() + "}.", doc)
        .addParameter(primitive ? p.type().primitive() : ModelTypes.nullable(p.type().boxed()), p.name());
    SetterChecks.add(m, p.checks(), p.name(), !primitive);
    type.addMethod(m.addStatement("this.$N = $N", p.name(), p.name()).addStatement("return this").build());
  }

  private static void list(TypeSpec.Builder type, QueryParam p, ClassName builder) {
    String add = "add" + JavaNames.capitalize(p.singular());
    type.addMethod(setter(p, builder, "Replaces {@code " + p.wire() + "}.", p.doc() + ", empty to unset")
        .addParameter(p.type().boxed(), p.name())
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, p.name(), p.name())
        .addStatement("this.$N.clear()", p.name())
        .addStatement("$N.forEach(this::$N)", p.name(), add)
        .addStatement("return this")
        .build());
    MethodSpec.Builder m = PoetParts.step(add, builder)
        .addJavadoc("Adds one value to {@code $L}.\n\n@param $N the value\n@return this builder\n", p.wire(),
            p.singular())
        .addParameter(p.type().element(), p.singular())
        .addStatement("this.$N.add($T.requireNonNull($N, $S))", p.name(), Objects.class, p.singular(), p.singular());
    type.addMethod(m.addStatement("return this").build());
  }

  private static void map(TypeSpec.Builder type, QueryParam p, ClassName builder) {
    TypeName anyValues =
        ParameterizedTypeName.get(ClassName.get(Map.class), PoetParts.STRING, WildcardTypeName.subtypeOf(Object.class));
    String what = "Replaces {@code " + p.wire() + "}" + (p.json() ? ", sent as one JSON object in the query string." : ".");
    type.addMethod(setter(p, builder, what, p.doc() + "; values any JSON-serialisable object ({@code null} to unset)")
        .addParameter(ModelTypes.nullable(anyValues), p.name())
        .addStatement("this.$N = $N == null ? null : new $T<>($T.copyOf($N))", p.name(), p.name(),
            LinkedHashMap.class, ModelTypes.JSON_MAPS, p.name())
        .addStatement("return this")
        .build());
    type.addMethod(PoetParts.step("put" + JavaNames.capitalize(p.singular()), builder)
        .addJavadoc("Puts one entry into {@code $L}.\n\n@param key the key\n@param value any JSON-serialisable value\n"
            + "@return this builder\n", p.wire())
        .addParameter(PoetParts.STRING, "key")
        .addParameter(ModelTypes.nullable(ClassName.get(Object.class)), "value")
        .addStatement("$T entries = $N != null ? $N : new $T<>()", p.type().boxed(), p.name(), p.name(), LinkedHashMap.class)
        .addStatement("entries.put($T.requireNonNull(key, $S), $T.toTree(value))", Objects.class, "key",
            ModelTypes.JSON_MAPS)
        .addStatement("this.$N = entries", p.name())
        .addStatement("return this")
        .build());
  }

  private static MethodSpec.Builder setter(QueryParam p, ClassName builder, String what, String doc) {
    return PoetParts.step(p.name(), builder)
        .addJavadoc("$L\n\n@param $N $L\n@return this builder\n", what, p.name(), doc);
  }
}
