package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.ModelTypes.MODELS;
import static io.github.mistral4j.codegen.ModelTypes.MODEL_TEXT;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The value methods of an object model: {@code validate()}, {@code isEmpty()} (PATCH requests),
 * {@code equals}, {@code hashCode} and a {@code toString()} that masks secrets.
 */
final class ValueMethods {
  static final ClassName INVALID_DATA = ClassName.get("io.github.mistral4j.core", "MistralInvalidDataException");

  private ValueMethods() {}

  static MethodSpec validate(ObjectModel model, Set<ClassName> generated) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("validate")
        .addJavadoc("Checks that every field the contract requires is present, in this object and the objects it\n"
            + "holds. Decoding is lenient: a response that lacks a required field decodes, and reading that\n"
            + "field throws; this finds such gaps at once.\n\n@return this object\n"
            + "@throws $T naming the first required field that is missing\n", INVALID_DATA)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.self());
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        continue;
      }
      if (ModelTypes.checkedOnRead(p)) {
        m.addStatement("$T.present($N, $S, $S)", MODELS, p.name(), model.self().simpleName(), p.wire());
      }
      boolean nested = p.type().kind() == JavaType.Kind.VALUE && generated.contains(p.type().boxed());
      boolean elements = ModelTypes.isCollection(p) && generated.contains(p.type().element());
      if (p.tristate() && (nested || elements)) {
        continue;
      }
      if (nested) {
        m.beginControlFlow("if ($N != null)", p.name()).addStatement("$N.validate()", p.name()).endControlFlow();
      } else if (elements) {
        String each = p.type().kind() == JavaType.Kind.LIST ? "forEach" : "values().forEach";
        if (p.optionalCollection()) {
          m.beginControlFlow("if ($N != null)", p.name())
              .addStatement("$N.$L($T::validate)", p.name(), each, p.type().element())
              .endControlFlow();
        } else {
          m.addStatement("$N.$L($T::validate)", p.name(), each, p.type().element());
        }
      }
    }
    return m.addStatement("return this").build();
  }

  static MethodSpec isEmpty(ObjectModel model) {
    CodeBlock.Builder body = CodeBlock.builder().add("return additionalProperties.isEmpty()");
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        continue;
      }
      if (p.tristate()) {
        body.add("\n    && $N.isAbsent()", p.name());
      } else if (ModelTypes.isCollection(p) && !p.optionalCollection()) {
        body.add("\n    && $N.isEmpty()", p.name());
      } else if (!p.nonNull()) {
        body.add("\n    && $N == null", p.name());
      }
    }
    return MethodSpec.methodBuilder("isEmpty")
        .addJavadoc("{@return whether no field is set or cleared (the request would change nothing)}\n")
        .addAnnotation(ModelTypes.JSON_IGNORE)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addCode(body.add(";\n").build())
        .build();
  }

  static MethodSpec equalsMethod(ObjectModel model) {
    CodeBlock.Builder body = CodeBlock.builder().add("return o instanceof $T other", model.self());
    for (Property p : model.properties()) {
      if (p.constant() == null) {
        body.add("\n    && $T.equals($N, other.$N)", Objects.class, p.name(), p.name());
      }
    }
    body.add("\n    && additionalProperties.equals(other.additionalProperties);\n");
    return PoetParts.equalsMethod()
        .beginControlFlow("if (this == o)")
        .addStatement("return true")
        .endControlFlow()
        .addCode(body.build())
        .build();
  }

  static MethodSpec hashCodeMethod(ObjectModel model) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (Property p : model.properties()) {
      args.add("$L, ", p.constant() == null ? p.name() : "TYPE");
    }
    return PoetParts.override("hashCode", TypeName.INT)
        .addStatement("return $T.hash($Ladditional" + "Properties)", Objects.class, args.build())
        .build();
  }

  static MethodSpec toStringMethod(ObjectModel model) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $T.of($S)", MODEL_TEXT, model.self().simpleName());
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        continue;
      }
      String value = p.optionalCollection() ? p.name() + "()" : p.name();
      String how = p.tristate() ? (p.secret() ? "secretTristate" : "tristate") : p.secret()
          ? (p.type().kind() == JavaType.Kind.MAP ? "secretValues" : "secret")
          : (p.type().kind() == JavaType.Kind.NODE
              || (p.type().kind() == JavaType.Kind.MAP && p.type().element().equals(JavaType.JSON_NODE))
              ? "json" : "add");
      text.add("\n    .$L($S, $L)", how, p.name(), value);
    }
    text.add("\n    .extra(additionalProperties)\n    .toString();\n");
    return PoetParts.override("toString", PoetParts.STRING).addCode(text.build()).build();
  }
}
