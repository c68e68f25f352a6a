package io.github.mistral4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Writes a structural union. Sealed form: the interface (with its static factories), the unknown
 * variant, and the deserializer that tries each variant's JSON shape in turn. Value form: one final
 * class holding the value of one variant, with a factory {@code of} per variant, its JSON creator
 * and value, {@code equals}, {@code hashCode} and {@code toString}.
 */
public final class StructuralUnionEmitter {
  private static final ClassName JSON_VALUE = ClassName.get(ModelTypes.JACKSON, "JsonValue");
  private static final Map<String, String> READS = Map.of(
      "string", "textValue", "boolean", "booleanValue", "integer", "longValue", "number", "doubleValue");

  private StructuralUnionEmitter() {}

  /**
   * The Java files of a structural union.
   *
   * @param union the union
   * @param header the one-line file comment
   * @return the sources by simple name: the interface, the unknown variant and the deserializer
   *     (sealed form), or the class (value form)
   */
  public static Map<String, String> emit(StructuralUnionModel union, String header) {
    Map<String, String> files = new LinkedHashMap<>();
    ClassName self = union.self();
    ClassName unknown = union.unknown();
    if (unknown == null) {
      files.put(self.simpleName(), UnionEmitter.source(self, header, valueClass(union)));
      return files;
    }
    List<ClassName> variants = new ArrayList<>();
    union.variants().forEach(v -> variants.add((ClassName) v.type()));
    files.put(self.simpleName(), UnionEmitter.sealed(self, variants, unknown,
        UnionEmitter.source(self, header, face(union))));
    files.put(unknown.simpleName(), UnionEmitter.source(self, header,
        UnionEmitter.unknown(self, unknown, union.unknownJavadoc(), "", false)));
    files.put(UnionEmitter.deserializerName(self).simpleName(),
        UnionEmitter.source(self, header, deserializer(union, unknown)));
    return files;
  }

  private static TypeSpec face(StructuralUnionModel union) {
    TypeSpec.Builder type = UnionEmitter.face(union.self(), union.javadoc());
    union.factories().forEach(f -> type.addMethod(UnionEmitter.factory(union.self(), f)));
    return type.build();
  }

  private static TypeSpec deserializer(StructuralUnionModel union, ClassName unknown) {
    MethodSpec.Builder decode = JacksonCoders.deserialize(union.self())
        .addStatement("$T node = ctxt.readTree(p)", JavaType.JSON_NODE)
        .beginControlFlow("if (node == null)")
        .addStatement("return $T.of($T.getInstance())", unknown, ModelTypes.NULL_NODE)
        .endControlFlow();
    StringBuilder doc = new StringBuilder();
    for (StructuralUnionModel.Variant v : union.variants()) {
      decode.beginControlFlow("if ($L)", condition("node", v.shape()))
          .addStatement("return ctxt.readTreeAsValue(node, $T.class)", v.type())
          .endControlFlow();
      doc.append(doc.length() == 0 ? "" : ", ").append("{@link ").append(((ClassName) v.type()).simpleName())
          .append("} (").append(describe(v.shape())).append(')');
    }
    TypeSpec.Builder type = JacksonCoders.coder(UnionEmitter.deserializerName(union.self()).simpleName(),
            JacksonCoders.STD_DESERIALIZER, union.self())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Decodes {@link $T} by the shape of its JSON, the first that fits of $L; anything else becomes "
            + "{@link $T}.\n", union.self(), doc, unknown)
        .addMethod(decode.addStatement("return $T.of(node)", unknown).build());
    return withEvery(type, union).build();
  }

  private static TypeSpec valueClass(StructuralUnionModel union) {
    TypeSpec.Builder type = TypeSpec.classBuilder(union.self())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L\n", union.javadoc());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (StructuralUnionModel.Variant v : union.variants()) {
      type.addField(ModelTypes.nullable(v.type()), v.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(ModelTypes.nullable(v.type()), v.name()).addStatement("this.$N = $N", v.name(), v.name());
    }
    type.addMethod(constructor.build());
    union.variants().forEach(v -> type.addMethod(of(union, v)));
    type.addMethod(fromJson(union));
    for (StructuralUnionModel.Variant v : union.variants()) {
      if (v.is() != null) {
        type.addMethod(MethodSpec.methodBuilder(v.is().name())
            .addJavadoc("{@return $L}\n", v.is().doc())
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return $N != null", v.name())
            .build());
      }
      if (v.get() != null) {
        type.addMethod(getter(union, v));
      }
    }
    return withEvery(valueMethods(type, union), union).build();
  }

  /** The factory of a value variant: the value (a list is copied), the other variants null. */
  private static MethodSpec of(StructuralUnionModel union, StructuralUnionModel.Variant v) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (StructuralUnionModel.Variant each : union.variants()) {
      CodeBlock arg = each != v ? CodeBlock.of("null")
          : StructuralUnionModel.element(v.type()) != null
              ? CodeBlock.of("$T.copyOf($T.requireNonNull($N, $S))", List.class, Objects.class, v.name(), v.name())
              : CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, v.name(), v.name());
      args.add(args.isEmpty() ? "$L" : ", $L", arg);
    }
    return MethodSpec.methodBuilder("of")
        .addJavadoc("$L\n\n@param $L $L\n@return the $L\n", v.javadoc(), v.name(), v.doc(),
            UnionEmitter.words(union.self()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(union.self())
        .addParameter(v.type(), v.name())
        .addStatement("return new $T($L)", union.self(), args.build())
        .build();
  }

  /** The JSON creator: the first variant whose shape the JSON has, else the union's message. */
  private static MethodSpec fromJson(StructuralUnionModel union) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(ModelTypes.delegatingCreator())
        .addModifiers(Modifier.STATIC)
        .returns(union.self())
        .addParameter(JavaType.JSON_NODE, "json");
    for (StructuralUnionModel.Variant v : union.variants()) {
      m.beginControlFlow("if ($L)", condition("json", v.shape()));
      if (v.shape().items().isEmpty()) {
        m.addStatement("return of(json.$N())", READS.get(v.shape().json()));
      } else {
        m.addStatement("$T $N = new $T<>()", v.type(), v.name(), ArrayList.class)
            .addStatement("json.forEach(item -> $N.add(item.$N()))", v.name(), READS.get(v.shape().items()))
            .addStatement("return of($N)", v.name());
      }
      m.endControlFlow();
    }
    return m.addStatement("throw new $T($S)", IllegalArgumentException.class, union.invalid()).build();
  }

  /** The JSON value (the variant's value as held), {@code equals}, {@code hashCode} and {@code toString}. */
  private static TypeSpec.Builder valueMethods(TypeSpec.Builder type, StructuralUnionModel union) {
    List<StructuralUnionModel.Variant> variants = union.variants();
    CodeBlock.Builder equal = CodeBlock.builder().add("return o instanceof $T other", union.self());
    CodeBlock.Builder fields = CodeBlock.builder();
    CodeBlock.Builder json = CodeBlock.builder().add("return ");
    for (StructuralUnionModel.Variant v : variants) {
      equal.add(" && $T.equals($N, other.$N)", Objects.class, v.name(), v.name());
      fields.add(fields.isEmpty() ? "$N" : ", $N", v.name());
      if (v == variants.get(variants.size() - 1)) {
        json.add("$T.requireNonNull($N)", Objects.class, v.name());
      } else {
        json.add("$N != null ? $N : ", v.name(), v.name());
      }
    }
    return type
        .addMethod(MethodSpec.methodBuilder("jsonValue")
            .addAnnotation(JSON_VALUE)
            .returns(Object.class)
            .addStatement("$L", json.build())
            .build())
        .addMethod(PoetParts.equalsMethod().addStatement("$L", equal.build()).build())
        .addMethod(PoetParts.override("hashCode", TypeName.INT)
            .addStatement("return $T.hash($L)", Objects.class, fields.build())
            .build())
        .addMethod(PoetParts.override("toString", PoetParts.STRING)
            .addStatement("return $T.valueOf(jsonValue())", String.class)
            .build());
  }

  /** The value as a variant's list type: another variant, holding the element type, is one item. */
  private static MethodSpec getter(StructuralUnionModel union, StructuralUnionModel.Variant v) {
    TypeName element = StructuralUnionModel.element(v.type());
    List<StructuralUnionModel.Variant> others = union.variants().stream().filter(o -> o != v).toList();
    CodeBlock.Builder value = CodeBlock.builder().add("return ");
    for (StructuralUnionModel.Variant o : others) {
      if (element == null || !element.equals(o.type())) {
        throw new IllegalArgumentException(union.self() + ": " + v.get().name() + "() cannot read variant "
            + o.name() + " as " + v.type());
      }
      value.add("$N != null ? $T.of($N) : ", o.name(), List.class, o.name());
    }
    return MethodSpec.methodBuilder(v.get().name())
        .addJavadoc("{@return $L}\n", v.get().doc())
        .addModifiers(Modifier.PUBLIC)
        .returns(v.type())
        .addStatement("$L$T.requireNonNull($N)", value.build(), Objects.class, v.name())
        .build();
  }

  /** The test that a JSON value, in the named variable, has a shape. */
  static CodeBlock condition(String json, StructuralUnionModel.Shape shape) {
    CodeBlock.Builder c = CodeBlock.builder().add("$N.$N()", json, StructuralUnionModel.TESTS.get(shape.json()));
    if (!shape.items().isEmpty()) {
      c.add(" && every($N, $T::$N)", json, JavaType.JSON_NODE, StructuralUnionModel.TESTS.get(shape.items()));
    }
    shape.members().forEach((name, type) -> {
      if ("any".equals(type)) {
        c.add(" && $N.has($S)", json, name);
      } else {
        c.add(" && $N.path($S).$N()", json, name, StructuralUnionModel.TESTS.get(type));
      }
    });
    shape.without().forEach(name -> c.add(" && !$N.has($S)", json, name));
    return c.build();
  }

  private static String describe(StructuralUnionModel.Shape shape) {
    StringBuilder d = new StringBuilder("aeiou".indexOf(shape.json().charAt(0)) >= 0 ? "an " : "a ")
        .append(shape.json());
    if (!shape.items().isEmpty()) {
      d.append(" of ").append(shape.items()).append('s');
    }
    List<String> members = new ArrayList<>();
    shape.members().forEach((name, type) -> members.add("{@code " + name + "}" + ("any".equals(type) ? "" : " ("
        + type + ")")));
    if (!members.isEmpty()) {
      d.append(" with ").append(String.join(", ", members));
    }
    shape.without().forEach(name -> d.append(", without {@code ").append(name).append('}'));
    return d.toString();
  }

  private static TypeSpec.Builder withEvery(TypeSpec.Builder type, StructuralUnionModel union) {
    if (union.variants().stream().allMatch(v -> v.shape().items().isEmpty())) {
      return type;
    }
    ParameterizedTypeName test = ParameterizedTypeName.get(ClassName.get(Predicate.class), JavaType.JSON_NODE);
    return type.addMethod(MethodSpec.methodBuilder("every")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(JavaType.JSON_NODE, "array")
        .addParameter(test, "test")
        .beginControlFlow("for ($T item : array)", JavaType.JSON_NODE)
        .beginControlFlow("if (!test.test(item))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
        .build());
  }
}
