package io.github.mistral4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The parts of an open enum whose server also sends integer codes ({@link EnumModel.IntegerCodes}):
 * the {@code code} field, {@code ofCode(int)}, {@code code()}, and the nested deserializer (a string
 * or an integer) and serializer (the number for a code, else the string) the class names in its
 * annotations.
 */
final class IntegerCodesEmitter {
  private static final ClassName JSON_SERIALIZE = ClassName.get(ModelTypes.DATABIND, "JsonSerialize");
  private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  private static final TypeName CODE = ModelTypes.nullable(ClassName.get(Integer.class));
  private static final String DESERIALIZER = "Deserializer";
  private static final String SERIALIZER = "Serializer";

  private IntegerCodesEmitter() {}

  /** The class annotations naming the nested (de)serializer. */
  static List<AnnotationSpec> annotations(ClassName self) {
    return List.of(
        ModelTypes.deserializeUsing(self.nestedClass(DESERIALIZER)),
        AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", self.nestedClass(SERIALIZER)).build());
  }

  /** The field holding the code, {@code null} for a value sent as a string. */
  static FieldSpec field() {
    return FieldSpec.builder(CODE, "code", Modifier.PRIVATE, Modifier.FINAL).build();
  }

  /** The constructor, which also takes the code. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(boolean.class, "known")
        .addParameter(CODE, "code")
        .addStatement("super(value, known)")
        .addStatement("this.code = code")
        .build();
  }

  /** {@code ofCode(int)} and {@code code()}. */
  static List<MethodSpec> methods(ClassName self, EnumModel.IntegerCodes codes) {
    MethodSpec ofCode = MethodSpec.methodBuilder("ofCode")
        .addJavadoc("The value for an integer code, $L. Codes $L to $L count as known.\n\n"
            + "@param code the integer sent by the server\n@return the value; its text is the number\n",
            codes.doc(), codes.from(), codes.to())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "code")
        .addStatement("return new $T($T.toString(code), code >= $L && code <= $L, code)",
            self, Integer.class, codes.from(), codes.to())
        .build();
    MethodSpec code = MethodSpec.methodBuilder("code")
        .addJavadoc("{@return the integer code when the server sent a number, else {@code null}}\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(CODE)
        .addStatement("return code")
        .build();
    return List.of(ofCode, code);
  }

  /**
   * The nested deserializer and serializer: package-private, as the class's annotations name them
   * (Jackson's default access override instantiates them).
   */
  static List<TypeSpec> types(ClassName self) {
    TypeSpec deserializer = JacksonCoders.coder(DESERIALIZER, JacksonCoders.STD_DESERIALIZER, self)
        .addJavadoc("Reads a string or an integer.\n")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addMethod(JacksonCoders.deserialize(self)
            .addStatement("$T t = p.currentToken()", JSON_TOKEN)
            .beginControlFlow("if (t == $T.VALUE_STRING)", JSON_TOKEN)
            .addStatement("return of(p.getText())")
            .endControlFlow()
            .beginControlFlow("if (t == $T.VALUE_NUMBER_INT)", JSON_TOKEN)
            .addStatement("return ofCode(p.getIntValue())")
            .endControlFlow()
            .addStatement("return ($T) ctxt.handleUnexpectedToken($T.class, p)", self, self)
            .build())
        .build();
    TypeSpec serializer = JacksonCoders.coder(SERIALIZER, JacksonCoders.STD_SERIALIZER, self)
        .addJavadoc("Writes the number for an integer code, else the string.\n")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addMethod(PoetParts.override("serialize", TypeName.VOID)
            .addParameter(self, "value")
            .addParameter(JSON_GENERATOR, "gen")
            .addParameter(PROVIDER, "provider")
            .addException(IOException.class)
            .addStatement("$T code = value.code()", Integer.class)
            .beginControlFlow("if (code != null)")
            .addStatement("gen.writeNumber(code)")
            .nextControlFlow("else")
            .addStatement("gen.writeString(value.value())")
            .endControlFlow()
            .build())
        .build();
    return List.of(deserializer, serializer);
  }
}
