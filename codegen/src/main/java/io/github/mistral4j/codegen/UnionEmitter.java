package io.github.mistral4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a union: the sealed interface (with its static factories), the unknown variant and the
 * deserializer that picks a variant by the discriminator.
 */
public final class UnionEmitter {
  private static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName UNKNOWN_VARIANT = ClassName.get("io.github.mistral4j.core.model", "UnknownVariant");
  private static final ClassName UNION_DESERIALIZER = ClassName.get("io.github.mistral4j.core.model", "UnionDeserializer");
  private static final ClassName SECRET_MASKER = ClassName.get("io.github.mistral4j.core.internal", "SecretMasker");

  private UnionEmitter() {}

  /**
   * The three Java files of a union.
   *
   * @param union the union
   * @param header the one-line file comment
   * @return the sources of the interface, the unknown variant and the deserializer, by simple name
   */
  public static Map<String, String> emit(UnionModel union, String header) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(union.self().simpleName(), sealed(union.self(), union.variants(), union.unknown(),
        source(union.self(), header, face(union))));
    files.put(union.unknown().simpleName(), source(union.self(), header, unknown(union.self(), union.unknown(),
        union.unknownJavadoc(), union.discriminator(), union.secret())));
    files.put(deserializerName(union.self()).simpleName(), source(union.self(), header, deserializer(union)));
    return files;
  }

  /** JavaPoet 1.13 writes no {@code sealed}/{@code permits}: added to the declaration it wrote. */
  static String sealed(ClassName self, List<ClassName> variants, ClassName unknown, String source) {
    String plain = "public interface " + self.simpleName() + " {";
    if (!source.contains(plain)) {
      throw new IllegalStateException(self + ": interface declaration not found");
    }
    StringBuilder permits = new StringBuilder();
    for (ClassName v : variants) {
      if (!v.packageName().equals(self.packageName())) {
        throw new IllegalArgumentException(self + ": variant " + v + " is not in the union's package");
      }
      permits.append(permits.length() == 0 ? "" : ", ").append(v.simpleName());
    }
    permits.append(", ").append(unknown.simpleName());
    return source.replace(plain, "public sealed interface " + self.simpleName() + " permits " + permits + " {");
  }

  /** {@return the source of a type in the union's package} */
  static String source(ClassName union, String header, TypeSpec type) {
    return PoetParts.file(union.packageName(), type, header).build().toString();
  }

  /** {@return a class's simple name in lower-case words: {@code ToolCallContent}, "tool call content"} */
  static String words(ClassName type) {
    return type.simpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  static ClassName deserializerName(ClassName union) {
    return union.peerClass(union.simpleName() + "Deserializer");
  }

  /**
   * The head of a union's interface: public, decoded by the union's deserializer.
   *
   * @param union the interface
   * @param javadoc its description
   * @return the interface, to complete
   */
  static TypeSpec.Builder face(ClassName union, String javadoc) {
    return TypeSpec.interfaceBuilder(union)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", javadoc)
        .addAnnotation(ModelTypes.deserializeUsing(deserializerName(union)));
  }

  private static TypeSpec face(UnionModel union) {
    TypeSpec.Builder type = face(union.self(), union.javadoc());
    type.addMethod(MethodSpec.methodBuilder(union.discriminator())
        .addJavadoc("{@return $L}\n", union.typeDoc())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(String.class)
        .build());
    union.factories().forEach(f -> type.addMethod(factory(union.self(), f)));
    return type.build();
  }

  /**
   * A static factory of a union: the variant's builder chain, or a call of the delegate.
   *
   * @param union the union
   * @param f the factory
   * @return the method
   */
  static MethodSpec factory(ClassName union, UnionModel.Factory f) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(f.variant());
    StringBuilder doc = new StringBuilder(f.javadoc()).append("\n\n");
    CodeBlock.Builder chain = CodeBlock.builder().add("return $T.builder()", f.variant());
    CodeBlock.Builder args = CodeBlock.builder();
    for (UnionModel.Param p : f.params()) {
      boolean varargs = p.type().endsWith("...");
      if (varargs && (f.delegate().isEmpty() || p != f.params().get(f.params().size() - 1))) {
        throw new IllegalArgumentException(union + "." + f.name() + ": only the last parameter of a factory"
            + " with a delegate can take varargs");
      }
      TypeName type = varargs
          ? ArrayTypeName.of(JavaType.parse(p.type().substring(0, p.type().length() - 3)).boxed())
          : JavaType.parse(p.type()).boxed();
      m.addParameter(type, p.name()).varargs(varargs);
      doc.append("@param ").append(p.name()).append(' ').append(p.doc()).append('\n');
      chain.add(".$N($N)", p.setter(), p.name());
      args.add(args.isEmpty() ? "$N" : ", $N", p.name());
    }
    doc.append("@return the ").append(words(union)).append('\n');
    if (!f.throwsDoc().isEmpty()) {
      doc.append("@throws ").append(f.throwsDoc()).append('\n');
    }
    m.addJavadoc("$L", doc.toString());
    if (f.delegate().isEmpty()) {
      return m.addStatement("$L.build()", chain.build()).build();
    }
    int dot = f.delegate().lastIndexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException(union + "." + f.name() + ": delegate " + f.delegate() + " is not Type.method");
    }
    return m.addStatement("return $T.$N($L)", union.peerClass(f.delegate().substring(0, dot)),
        f.delegate().substring(dot + 1), args.build()).build();
  }

  /**
   * The unknown variant of a union: it keeps the JSON as received.
   *
   * @param union the union
   * @param self the unknown variant
   * @param javadoc its description
   * @param discriminator the member its {@code type()}-like accessor reads, or empty for none
   * @param secret whether its {@code toString()} shows only the discriminator
   * @return the class
   */
  static TypeSpec unknown(ClassName union, ClassName self, String javadoc, String discriminator, boolean secret) {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(UNKNOWN_VARIANT)
        .addSuperinterface(union)
        .addJavadoc("$L\n", javadoc)
        .addAnnotation(AnnotationSpec.builder(ModelTypes.JSON_DESERIALIZE)
            .addMember("using", "$T.None.class", JSON_DESERIALIZER).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(JavaType.JSON_NODE, "json")
            .addStatement("super(json)")
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("Wraps raw JSON, for example to send a variant this SDK version does not model yet.\n\n"
                + "@param json the value as JSON (a copy is kept)\n@return the unknown variant\n")
            .addAnnotation(ModelTypes.delegatingCreator())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(JavaType.JSON_NODE, "json")
            .addStatement("return new $T(json)", self)
            .build());
    if (discriminator.isEmpty()) {
      return type.build();
    }
    type.addMethod(PoetParts.override(discriminator, PoetParts.STRING)
        .addJavadoc("The {@code $L} member as received, or an empty string when it is missing or not text.\n",
            discriminator)
        .addStatement("return textMember($S)", discriminator)
        .build());
    if (secret) {
      type.addMethod(PoetParts.override("toString", PoetParts.STRING)
          .addJavadoc("Only the $L: every other member may be a secret.\n", discriminator)
          .addStatement("return $S + $N() + $S + $T.MASK + '}'", self.simpleName() + "{" + discriminator + "=",
              discriminator, ", json=", SECRET_MASKER)
          .build());
    }
    return type.build();
  }

  private static TypeSpec deserializer(UnionModel union) {
    CodeBlock.Builder variants = CodeBlock.builder();
    for (ClassName v : union.variants()) {
      variants.add(variants.isEmpty() ? "$T.TYPE, $T.class" : ",\n    $T.TYPE, $T.class", v, v);
    }
    return TypeSpec.classBuilder(deserializerName(union.self()))
        .addModifiers(Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(UNION_DESERIALIZER, union.self()))
        .addJavadoc("Decodes {@link $T} by its {@code $L}; anything else becomes {@link $T}.\n",
            union.self(), union.discriminator(), union.unknown())
        .addField(JacksonCoders.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class, $S, $T.of(\n    $L))", union.self(), union.discriminator(), Map.class,
                variants.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("unknown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(union.self())
            .addParameter(JavaType.JSON_NODE, "raw")
            .addStatement("return $T.of(raw)", union.unknown())
            .build())
        .build();
  }
}
