package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.ModelTypes.JSON_MAPS;
import static io.github.mistral4j.codegen.ModelTypes.NODES;
import static io.github.mistral4j.codegen.ModelTypes.TRISTATE;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Builder} of an object model: a setter per property (and {@code addX}
 * / {@code putX} for collections, {@code clearX()} for tri-state fields), unknown fields, {@code
 * build()}. Jackson decodes through it.
 */
final class BuilderEmitter {
  private static final ClassName JSON_POJO_BUILDER = ClassName.get(ModelTypes.DATABIND, "JsonPOJOBuilder");
  private static final ClassName JSON_AUTO_DETECT = ClassName.get(ModelTypes.JACKSON, "JsonAutoDetect");
  private static final ClassName JSON_ANY_SETTER = ClassName.get(ModelTypes.JACKSON, "JsonAnySetter");
  private static final ClassName DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
  private static final ClassName LENIENT_DATE =
      ClassName.get("io.github.mistral4j.core.internal", "LenientDateTimeDeserializer");
  private static final ClassName OWNERSHIP = ClassName.get("io.github.mistral4j.core.internal", "Ownership");

  private BuilderEmitter() {}

  static TypeSpec emit(ObjectModel model) {
    ClassName self = model.self();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = PoetParts.builderClass(self)
        .addAnnotation(AnnotationSpec.builder(JSON_POJO_BUILDER)
            .addMember("withPrefix", "$S", "")
            .addMember("buildMethodName", "$S", "buildDecoded")
            .build())
        .addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
            .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT).build());
    for (Property p : model.properties()) {
      if (p.constant() == null) {
        FieldSpec.Builder field = FieldSpec.builder(ModelTypes.builderField(p), p.name(), Modifier.PRIVATE);
        if (p.tristate()) {
          field.initializer("$T.absent()", TRISTATE);
        } else if (p.defaultValue() != null) {
          field.initializer("$L", p.defaultValue());
        }
        type.addField(field.build());
      }
    }
    type.addField(FieldSpec.builder(NODES, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Property p : model.properties()) {
      if (p.constant() != null) {
        type.addMethod(PoetParts.forJackson(p.name(), p.wire(), builder)
            .addParameter(ModelTypes.nullable(ClassName.get(String.class)), p.name())
            .addComment("fixed by the class")
            .addStatement("return this")
            .build());
      } else if (p.tristate()) {
        TristateSetters.add(type, model, p, builder);
      } else {
        plain(type, model, p, builder);
      }
    }
    additional(type, builder);
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("Builds the {@link $T}.\n\n@return the immutable object\n"
            + "@throws IllegalStateException when a required field is missing\n"
            + "@throws IllegalArgumentException when a value breaks a rule of the contract\n", self)
        .addModifiers(Modifier.PUBLIC)
        .returns(self);
    for (Property p : model.properties()) {
      if (ModelTypes.checkedOnRead(p) && p.constant() == null) {
        build.addStatement("$T.required($N, $S, $S)", ModelTypes.MODELS, p.name(), self.simpleName(), p.wire());
      }
    }
    type.addMethod(build.addStatement("return new $T(this, false)", self).build());
    type.addMethod(MethodSpec.methodBuilder("buildDecoded")
        .addAnnotation(PoetParts.UNUSED)
        .addModifiers(Modifier.PRIVATE)
        .returns(self)
        .addComment("decoding is lenient: a missing required field is reported when read, or by validate();")
        .addComment("the SDK's decoder lets the object keep what it parsed (nobody else holds it)")
        .addStatement("return new $T(this, $T.granted())", self, OWNERSHIP)
        .build());
    return type.build();
  }

  private static void plain(TypeSpec.Builder type, ObjectModel model, Property p, ClassName builder) {
    String note = p.required() ? " Required." : p.defaultValue() != null ? " Default {@code " + p.defaultValue() + "}." : "";
    boolean trees = p.type().kind() == JavaType.Kind.MAP && p.type().element().equals(JavaType.JSON_NODE);
    MethodSpec.Builder m = setter(model, p, builder, note)
        .addParameter(ModelTypes.setterParameter(p), p.name());
    if (trees) {
      type.addMethod(treesFromJson(p, builder));
    } else {
      m.addAnnotation(ModelTypes.jsonProperty(p.wire()));
    }
    if (p.type().boxed().equals(DATE_TIME)) {
      m.addAnnotation(ModelTypes.deserializeUsing(LENIENT_DATE));
    }
    SetterChecks.add(m, p, p.name(), !p.primitive());
    switch (p.type().kind()) {
      case LIST -> m.addStatement("this.$N = $N == null ? null : new $T<>($N)", p.name(), p.name(),
          ArrayList.class, p.name());
      case MAP -> {
        if (p.type().element().equals(JavaType.JSON_NODE)) {
          m.addStatement("this.$N = $N == null ? null : $T.treesOf($N)", p.name(), p.name(), JSON_MAPS, p.name());
        } else {
          m.addStatement("this.$N = $N == null ? null : new $T<>($N)", p.name(), p.name(),
              LinkedHashMap.class, p.name());
        }
      }
      default -> {
        if (p.defaultValue() != null && !p.primitive()) {
          m.addStatement("this.$N = $N == null ? $L : $N", p.name(), p.name(), p.defaultValue(), p.name());
        } else if (p.required() && !p.primitive()) {
          m.addStatement("this.$N = $T.requireNonNull($N, $S)", p.name(), Objects.class, p.name(), p.name());
        } else {
          m.addStatement("this.$N = $N", p.name(), p.name());
        }
      }
    }
    type.addMethod(m.addStatement("return this").build());
    if (p.singular() != null && p.type().kind() == JavaType.Kind.LIST) {
      type.addMethod(PoetParts.step("add" + JavaNames.capitalize(p.singular()), builder)
          .addJavadoc("Adds one element to {@link $T#$N()}.\n\n@param item the element\n@return this builder\n",
              model.self(), p.name())
          .addParameter(p.type().element(), "item")
          .beginControlFlow("if (this.$N == null)", p.name())
          .addStatement("this.$N = new $T<>()", p.name(), ArrayList.class)
          .endControlFlow()
          .addStatement("this.$N.add($T.requireNonNull(item, $S))", p.name(), Objects.class, "item")
          .addCode(SetterChecks.checked(p, "this." + p.name()))
          .addStatement("return this")
          .build());
    }
    if (p.singular() != null && p.type().kind() == JavaType.Kind.MAP) {
      boolean tree = p.type().element().equals(JavaType.JSON_NODE);
      TypeName value = tree ? ModelTypes.nullable(ClassName.get(Object.class)) : p.type().element();
      MethodSpec.Builder put = PoetParts.step("put" + JavaNames.capitalize(p.singular()), builder)
          .addJavadoc("Puts one entry into {@link $T#$N()}.\n\n@param key the key\n@param value the value"
              + (tree ? " (a JSON tree, or any value Jackson turns into one)" : "") + "\n@return this builder\n",
              model.self(), p.name())
          .addParameter(String.class, "key")
          .addParameter(value, "value")
          .beginControlFlow("if (this.$N == null)", p.name())
          .addStatement("this.$N = new $T<>()", p.name(), LinkedHashMap.class)
          .endControlFlow();
      if (tree) {
        put.addStatement("this.$N.put($T.requireNonNull(key, $S), $T.asTree(value))", p.name(), Objects.class,
            "key", JSON_MAPS);
      } else {
        put.addStatement("this.$N.put($T.requireNonNull(key, $S), $T.requireNonNull(value, $S))", p.name(),
            Objects.class, "key", Objects.class, "value");
      }
      type.addMethod(put.addStatement("return this").build());
    }
  }

  /** The setter Jackson decodes a free-form JSON object through: its trees are kept, not converted. */
  private static MethodSpec treesFromJson(Property p, ClassName builder) {
    MethodSpec.Builder m = PoetParts.forJackson(p.name() + "FromJson", p.wire(), builder)
        .addParameter(ModelTypes.builderField(p), p.name());
    SetterChecks.add(m, p, p.name(), true);
    return m.addStatement("this.$N = $N", p.name(), p.name()).addStatement("return this").build();
  }

  static MethodSpec.Builder setter(ObjectModel model, Property p, ClassName builder, String note) {
    return PoetParts.step(p.name(), builder)
        .addJavadoc("Sets {@link $T#$N()}.$L\n\n@param $N $L\n@return this builder\n",
            model.self(), p.name(), note, p.name(), p.doc());
  }

  private static void additional(TypeSpec.Builder type, ClassName builder) {
    type.addMethod(PoetParts.step("putAdditionalProperty", builder)
        .addJavadoc("Adds a field this SDK version does not model; it is sent as given (requests) or kept as\n"
            + "received (responses).\n\n@param name the JSON name\n@param value the JSON value\n"
            + "@return this builder\n")
        .addAnnotation(JSON_ANY_SETTER)
        .addParameter(String.class, "name")
        .addParameter(ModelTypes.nullable(JavaType.JSON_NODE), "value")
        .addComment("copied by build(), unless the SDK's decoder owns it")
        .addStatement("additionalProperties.put($T.requireNonNull(name, $S), value == null ? $T.getInstance() "
            + ": value)", Objects.class, "name", ModelTypes.NULL_NODE)
        .addStatement("return this")
        .build());
    type.addMethod(PoetParts.step("additionalProperties", builder)
        .addJavadoc("Replaces the fields this SDK version does not model.\n\n"
            + "@param additionalProperties the fields by JSON name\n@return this builder\n")
        .addParameter(NODES, "additionalProperties")
        .addStatement("this.additionalProperties.clear()")
        .addStatement("additionalProperties.forEach(this::putAdditionalProperty)")
        .addStatement("return this")
        .build());
  }
}
