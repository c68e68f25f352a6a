package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.ModelTypes.MODELS;
import static io.github.mistral4j.codegen.ModelTypes.NODES;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an object model: an immutable final class with accessors, {@code equals}, {@code
 * hashCode}, a {@code toString()} that masks secrets, unknown fields kept, and a nested builder
 * (written by {@link BuilderEmitter}).
 */
public final class ObjectEmitter {
  private static final ClassName JSON_ANY_GETTER = ClassName.get(ModelTypes.JACKSON, "JsonAnyGetter");
  private static final ClassName JSON_PROPERTY_ORDER = ClassName.get(ModelTypes.JACKSON, "JsonPropertyOrder");

  private ObjectEmitter() {}

  /**
   * The Java file of an object model.
   *
   * @param model the model
   * @param header the one-line file comment
   * @param generated the object models generated, whose {@code validate()} a nested value has
   * @return the file
   */
  public static JavaFile emit(ObjectModel model, String header, Set<ClassName> generated) {
    ClassName self = model.self();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterfaces(model.interfaces())
        .addJavadoc("$L\n", model.javadoc())
        .addAnnotation(
            AnnotationSpec.builder(ModelTypes.JSON_DESERIALIZE).addMember("builder", "$T.class", builder).build())
        .addAnnotation(ModelTypes.include("NON_NULL"));
    AnnotationSpec.Builder order = AnnotationSpec.builder(JSON_PROPERTY_ORDER);
    model.discriminator().ifPresent(d -> order.addMember("value", "$S", d.wire()));
    model.properties().stream().filter(p -> p.constant() == null).forEach(p -> order.addMember("value", "$S", p.wire()));
    type.addAnnotation(order.build());
    model.discriminator().ifPresent(d -> {
      type.addField(FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The {@code $L} of this variant.\n", d.wire())
          .initializer("$S", d.constant())
          .build());
    });
    CodeBlock.Builder init = CodeBlock.builder();
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        continue;
      }
      type.addField(ModelTypes.field(p), p.name(), Modifier.PRIVATE, Modifier.FINAL);
      init.addStatement("this.$N = $L", p.name(), construct(model, p));
    }
    type.addField(NODES, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL);
    init.addStatement("this.additionalProperties = $T.nodes(b.additionalProperties, owned)", MODELS);
    if (!model.validator().isEmpty()) {
      int dot = model.validator().lastIndexOf('.');
      ClassName owner = ClassName.bestGuess(model.validator().substring(0, dot));
      init.addStatement("$T.$L(this)", owner, model.validator().substring(dot + 1));
    }
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b")
        .addParameter(boolean.class, "owned")
        .addCode(init.build())
        .build());
    type.addMethod(PoetParts.builderMethod(builder));
    type.addMethod(toBuilder(model, builder));
    model.factories().forEach(f -> type.addMethod(factory(model, f)));
    model.properties().forEach(p -> type.addMethod(accessor(model, p)));
    model.properties().stream()
        .filter(p -> p.optionalCollection() || (ModelTypes.checkedOnRead(p) && p.constant() == null))
        .forEach(p -> type.addMethod(jsonGetter(p)));
    model.properties().stream().filter(Property::plain).forEach(p -> type.addMethod(tristateJsonGetter(p)));
    if (model.patch()) {
      type.addMethod(ValueMethods.isEmpty(model));
    }
    type.addMethod(ValueMethods.validate(model, generated));
    type.addMethod(MethodSpec.methodBuilder("additionalProperties")
        .addJavadoc("{@return fields this SDK version does not know, as received (copies); sent back unchanged}\n")
        .addAnnotation(JSON_ANY_GETTER)
        .addModifiers(Modifier.PUBLIC)
        .returns(NODES)
        .addStatement("return $T.nodes(additionalProperties)", MODELS)
        .build());
    type.addMethod(ValueMethods.equalsMethod(model));
    type.addMethod(ValueMethods.hashCodeMethod(model));
    type.addMethod(ValueMethods.toStringMethod(model));
    type.addType(BuilderEmitter.emit(model));
    return PoetParts.file(self.packageName(), type.build(), header).build();
  }

  private static CodeBlock construct(ObjectModel model, Property p) {
    String field = "b." + p.name();
    if (p.tristate()) {
      return CodeBlock.of("$L", field);
    }
    return switch (p.type().kind()) {
      case VALUE -> p.defaultValue() != null && !p.primitive()
          ? CodeBlock.of("$T.required($L, $S, $S)", MODELS, field, model.self().simpleName(), p.wire())
          : CodeBlock.of("$L", field);
      case NODE -> CodeBlock.of("$T.node($L, owned)", MODELS, field);
      case LIST, MAP -> {
        String copy = p.type().kind() == JavaType.Kind.LIST ? "list"
            : p.type().element().equals(JavaType.JSON_NODE) ? "nodes" : "map";
        yield p.optionalCollection()
            ? CodeBlock.of("$L == null ? null : $T.$L($L, owned)", field, MODELS, copy, field)
            : CodeBlock.of("$T.$L($L, owned)", MODELS, copy, field);
      }
    };
  }

  private static MethodSpec factory(ObjectModel model, ObjectModel.Factory f) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.self());
    StringBuilder doc = new StringBuilder(f.javadoc()).append("\n\n");
    CodeBlock.Builder chain = CodeBlock.builder().add("return builder()");
    for (String wire : f.params()) {
      Property p = property(model, wire);
      m.addParameter(ModelTypes.setterParameter(p), p.name());
      doc.append("@param ").append(p.name()).append(' ').append(p.doc()).append('\n');
      chain.add(".$N($N)", p.name(), p.name());
    }
    f.fixed().forEach((wire, value) -> chain.add(".$N($L)", property(model, wire).name(), value));
    doc.append("@return the ").append(model.self().simpleName()).append('\n');
    return m.addJavadoc("$L", doc.toString()).addStatement("$L.build()", chain.build()).build();
  }

  private static Property property(ObjectModel model, String wire) {
    return model.properties().stream().filter(p -> p.wire().equals(wire)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(model.schema() + ": no property " + wire));
  }

  private static MethodSpec toBuilder(ObjectModel model, ClassName builder) {
    MethodSpec.Builder m = PoetParts.toBuilder(builder, "a builder holding every value of this object");
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        continue;
      }
      if (!p.tristate() && ModelTypes.isCollection(p)) {
        Class<?> copy = p.type().kind() == JavaType.Kind.LIST ? ArrayList.class : LinkedHashMap.class;
        if (p.optionalCollection()) {
          m.addStatement("b.$N = $N == null ? null : new $T<>($N)", p.name(), p.name(), copy, p.name());
        } else {
          m.addStatement("b.$N = new $T<>($N)", p.name(), copy, p.name());
        }
      } else {
        m.addStatement("b.$N = $N", p.name(), p.name());
      }
    }
    return m.addStatement("b.additionalProperties.putAll(additionalProperties)")
        .addStatement("return b")
        .build();
  }

  private static MethodSpec jsonGetter(Property p) {
    return PoetParts.forJackson(p.name() + "Json", p.wire(), ModelTypes.field(p))
        .addComment(p.optionalCollection()
            ? "unset is left out, set (even empty) is sent"
            : "written as held: a required member a response lacked stays out")
        .addStatement("return $N", p.name())
        .build();
  }

  private static MethodSpec tristateJsonGetter(Property p) {
    return MethodSpec.methodBuilder(p.name() + "Json")
        .addAnnotation(ModelTypes.jsonProperty(p.wire()))
        .addAnnotation(ModelTypes.include("NON_EMPTY"))
        .addAnnotation(PoetParts.UNUSED)
        .addModifiers(Modifier.PRIVATE)
        .returns(ModelTypes.field(p))
        .addComment("absent is left out, cleared is sent as null")
        .addStatement("return $N", p.name())
        .build();
  }

  private static MethodSpec accessor(ObjectModel model, Property p) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC);
    if (p.plain()) {
      m.addJavadoc("{@return $L$L}\n", p.doc(), ModelTypes.isCollection(p)
          ? " (empty when absent or sent as null)" : ", or {@code null} when absent or sent as null");
      if (ModelTypes.isCollection(p)) {
        return m.returns(p.type().boxed())
            .addStatement("return $T.requireNonNullElse($N.value(), $T.of())", Objects.class, p.name(),
                p.type().kind() == JavaType.Kind.LIST ? List.class : Map.class)
            .build();
      }
      return m.returns(ModelTypes.nullable(p.type().boxed())).addStatement("return $N.value()", p.name()).build();
    }
    if (p.optionalCollection()) {
      m.addJavadoc("{@return $L (empty when absent$L)}\n", p.doc(), trees(p) ? "; copies" : "")
          .returns(p.type().boxed());
      return trees(p)
          ? m.addStatement("return $T.nodes($N)", MODELS, p.name()).build()
          : m.addStatement("return $N == null ? $T.of() : $N", p.name(),
              p.type().kind() == JavaType.Kind.LIST ? List.class : Map.class, p.name()).build();
    }
    if (ModelTypes.checkedOnRead(p) && p.constant() == null) {
      if (p.name().matches("(is|get)[A-Z].*")) {
        m.addAnnotation(ModelTypes.JSON_IGNORE);
      }
    } else {
      m.addAnnotation(ModelTypes.jsonProperty(p.wire()));
    }
    if (p.alwaysSent()) {
      m.addAnnotation(ModelTypes.include("ALWAYS"));
    }
    if (p.constant() != null) {
      return m.addJavadoc("{@return the {@code $L} of this variant, always {@value #TYPE}}\n", p.wire())
          .returns(String.class)
          .addStatement("return TYPE")
          .build();
    }
    if (p.tristate()) {
      m.addAnnotation(ModelTypes.include("NON_EMPTY"))
          .addJavadoc("{@return $L: absent (not sent), cleared (sent as {@code null}) or a value}\n", p.doc());
    } else if (ModelTypes.isCollection(p)) {
      if (!p.required()) {
        m.addAnnotation(ModelTypes.include("NON_EMPTY"));
      }
      m.addJavadoc("{@return $L$L}\n", p.doc(), p.required() ? "" : " (empty when absent)");
    } else {
      m.addJavadoc("{@return $L$L}\n", p.doc(), p.nonNull() ? "" : ", or {@code null} when absent");
    }
    m.returns(ModelTypes.accessor(p));
    if (ModelTypes.checkedOnRead(p)) {
      m.addJavadoc("@throws $T when a decoded response lacked it\n", ValueMethods.INVALID_DATA);
      CodeBlock present = CodeBlock.of("$T.present($N, $S, $S)", MODELS, p.name(), model.self().simpleName(), p.wire());
      return p.type().kind() == JavaType.Kind.NODE
          ? m.addStatement("return $L.deepCopy()", present).build()
          : m.addStatement("return $L", present).build();
    }
    if (p.type().kind() == JavaType.Kind.NODE) {
      return m.addStatement("return $T.node($N)", MODELS, p.name()).build();
    }
    if (trees(p)) {
      return m.addStatement("return $T.nodes($N)", MODELS, p.name()).build();
    }
    return m.addStatement("return $N", p.name()).build();
  }

  /** Whether the property is a free-form JSON object: its trees are copied when read. */
  private static boolean trees(Property p) {
    return !p.tristate() && p.type().kind() == JavaType.Kind.MAP && p.type().element().equals(JavaType.JSON_NODE);
  }
}
