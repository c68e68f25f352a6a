package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes a parameter class ({@link ParamsModel}): an immutable final class with accessors, {@code
 * none()} when the overlay asks for it, {@code toBuilder()}, {@code equals}, {@code hashCode},
 * {@code toString} (every parameter, unset ones as {@code null}) and a nested builder (written by
 * {@link ParamsBuilderEmitter}). An unset value is {@code null} (a list: empty), and is not sent.
 */
public final class ParamsEmitter {
  private ParamsEmitter() {}

  /**
   * The Java file of a parameter class.
   *
   * @param model the class
   * @param header the one-line file comment
   * @return the file
   */
  public static JavaFile emit(ParamsModel model, String header) {
    ClassName self = model.self();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L\n", model.javadoc());
    if (!model.noneDoc().isEmpty()) {
      type.addField(FieldSpec.builder(self, "NONE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("builder().build()")
          .build());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b");
    for (QueryParam p : model.params()) {
      type.addField(field(p), p.name(), Modifier.PRIVATE, Modifier.FINAL);
      switch (p.type().kind()) {
        case LIST -> constructor.addStatement("this.$N = $T.copyOf(b.$N)", p.name(), List.class, p.name());
        case MAP -> constructor.addStatement("this.$N = b.$N == null ? null : $T.freeze(b.$N)", p.name(), p.name(),
            ModelTypes.JSON_MAPS, p.name());
        default -> constructor.addStatement("this.$N = b.$N", p.name(), p.name());
      }
    }
    type.addMethod(constructor.build());
    if (!model.noneDoc().isEmpty()) {
      type.addMethod(MethodSpec.methodBuilder("none")
          .addJavadoc("{@return $L}\n", model.noneDoc())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(self)
          .addStatement("return NONE")
          .build());
    }
    type.addMethod(PoetParts.builderMethod(builder));
    type.addMethod(toBuilder(model, builder));
    model.params().forEach(p -> type.addMethod(accessor(p)));
    type.addMethod(equalsMethod(model));
    type.addMethod(PoetParts.override("hashCode", TypeName.INT)
        .addStatement("return $T.hash($L)", Objects.class, String.join(", ", names(model)))
        .build());
    type.addMethod(toStringMethod(model));
    type.addType(ParamsBuilderEmitter.emit(model));
    return PoetParts.file(self.packageName(), type.build(), header).build();
  }

  /** The type of the field and of the accessor. */
  static TypeName field(QueryParam p) {
    return p.type().kind() == JavaType.Kind.LIST ? p.type().boxed() : ModelTypes.nullable(p.type().boxed());
  }

  private static List<String> names(ParamsModel model) {
    return model.params().stream().map(QueryParam::name).toList();
  }

  private static MethodSpec toBuilder(ParamsModel model, ClassName builder) {
    MethodSpec.Builder m = PoetParts.toBuilder(builder, "a builder holding these parameters");
    for (QueryParam p : model.params()) {
      switch (p.type().kind()) {
        case LIST -> m.addStatement("b.$N.addAll($N)", p.name(), p.name());
        case MAP -> m.addStatement("b.$N = $N == null ? null : new $T<>($N)", p.name(), p.name(),
            LinkedHashMap.class, p.name());
        default -> m.addStatement("b.$N = $N", p.name(), p.name());
      }
    }
    return m.addStatement("return b").build();
  }

  private static MethodSpec accessor(QueryParam p) {
    String what = p.type().kind() == JavaType.Kind.LIST
        ? " (empty when not set)"
        : ", or {@code null} " + p.unset();
    return MethodSpec.methodBuilder(p.name())
        .addJavadoc("{@return {@code $L}: $L$L}\n", p.wire(), p.doc(), what)
        .addModifiers(Modifier.PUBLIC)
        .returns(field(p))
        .addStatement("return $N", p.name())
        .build();
  }

  private static MethodSpec equalsMethod(ParamsModel model) {
    CodeBlock.Builder body = CodeBlock.builder().add("return o instanceof $T other", model.self());
    for (QueryParam p : model.params()) {
      body.add("\n    && $T.equals($N, other.$N)", Objects.class, p.name(), p.name());
    }
    return PoetParts.equalsMethod().addCode(body.add(";\n").build()).build();
  }

  private static MethodSpec toStringMethod(ParamsModel model) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S", model.self().simpleName() + "{");
    String separator = "";
    for (QueryParam p : model.params()) {
      text.add("\n    + $S + $N", separator + p.name() + "=", p.name());
      separator = ", ";
    }
    return PoetParts.override("toString", PoetParts.STRING).addCode(text.add("\n    + $S;\n", "}").build()).build();
  }
}
