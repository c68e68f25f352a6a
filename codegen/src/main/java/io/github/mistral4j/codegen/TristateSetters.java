package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.ModelTypes.JSON_MAPS;
import static io.github.mistral4j.codegen.ModelTypes.TRISTATE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The builder methods of a tri-state field: the value setter, {@code clearX()} (when the contract
 * allows null), the {@code Tristate} setter and the private setter Jackson decodes through.
 */
final class TristateSetters {
  private TristateSetters() {}

  static void add(TypeSpec.Builder type, ObjectModel model, Property p, ClassName builder) {
    TypeName tri = ParameterizedTypeName.get(TRISTATE, p.type().boxed());
    CodeBlock copy = switch (p.type().kind()) {
      case LIST -> CodeBlock.of("$T.copyOf($N)", List.class, p.name());
      case MAP -> p.type().element().equals(JavaType.JSON_NODE)
          ? CodeBlock.of("$T.copyOf($N)", JSON_MAPS, p.name())
          : CodeBlock.of("$T.copyOf($N)", Map.class, p.name());
      default -> CodeBlock.of("$N", p.name());
    };
    type.addMethod(BuilderEmitter.setter(model, p, builder, " The field is sent with this value.")
        .addParameter(ModelTypes.setterParameter(p), p.name())
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, p.name(), p.name())
        .addCode(SetterChecks.checked(p, p.name()))
        .addStatement("this.$N = $T.of($L)", p.name(), TRISTATE, copy)
        .addStatement("return this")
        .build());
    if (p.nullable()) {
      type.addMethod(clear(p, builder));
    }
    type.addMethod(PoetParts.step(p.name(), builder)
        .addJavadoc("Sets {@code $L} as a tri-state: absent (not sent), cleared (sent as {@code null}) or a "
            + "value.\n\n@param $N $L, as a tri-state\n@return this builder\n", p.wire(), p.name(), p.doc())
        .addAnnotation(ModelTypes.JSON_IGNORE)
        .addParameter(tri, p.name())
        .addStatement("this.$N = $T.requireNonNull($N, $S)", p.name(), Objects.class, p.name(), p.name())
        .addCode(SetterChecks.checkedIf(p, "if ($N.isPresent())", p.name() + ".value()"))
        .addStatement("return this")
        .build());
    type.addMethod(PoetParts.forJackson(p.name() + "FromJson", p.wire(), builder)
        .addParameter(ModelTypes.nullable(p.type().boxed()), p.name())
        .addStatement("this.$N = $N == null ? $T.cleared() : $T.of($N)", p.name(), p.name(), TRISTATE, TRISTATE,
            p.name())
        .addCode(SetterChecks.checkedIf(p, "if ($N != null)", p.name()))
        .addStatement("return this")
        .build());
  }

  private static MethodSpec clear(Property p, ClassName builder) {
    return PoetParts.step("clear" + p.capitalized(), builder)
        .addJavadoc("Sends {@code $L} as JSON {@code null}, which clears it on the server.\n\n"
            + "@return this builder\n", p.wire())
        .addStatement("this.$N = $T.cleared()", p.name(), TRISTATE)
        .addStatement("return this")
        .build();
  }
}
