package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An open enum whose server also sends integer codes: the overlay's {@code x-java.integerCodes}. */
class IntegerCodesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ObjectNode document(String values, String codes) throws IOException {
    return (ObjectNode) YAML.readTree("components: {schemas: {"
        + "Kind: {type: string, enum: " + values + ", x-java: {module: m, package: p, class: Kind, javadoc: j,"
        + " values: {b: the b.}" + (codes.isEmpty() ? "" : ", integerCodes: " + codes) + "}}}}");
  }

  private static String source(String codes) throws IOException {
    EnumModel model = EnumModel.all(document("[a, b]", codes)).get(0);
    return OpenEnumEmitter.emit(model, "h").toString();
  }

  @Test
  void integerCodes_addOfCodeCodeAndNestedJson_inPlaceOfTheCreator() throws IOException {
    EnumModel model = EnumModel.all(document("[a, b]", "{from: 2, to: 7, doc: as the server sends them}")).get(0);
    assertThat(model.integerCodes()).isEqualTo(new EnumModel.IntegerCodes(2, 7, "as the server sends them"));

    String source = OpenEnumEmitter.emit(model, "h").toString();

    assertThat(source)
        .contains("@JsonDeserialize(\n    using = Kind.Deserializer.class\n)\n"
            + "@JsonSerialize(\n    using = Kind.Serializer.class\n)\npublic final class Kind extends OpenEnum {")
        .contains("public static final Kind A = new Kind(\"a\", true, null);")
        .contains("{@code b}: the b.\n   */\n  public static final Kind B = new Kind(\"b\", true, null);")
        .contains("private final @Nullable Integer code;")
        .contains("private Kind(String value, boolean known, @Nullable Integer code) {\n"
            + "    super(value, known);\n    this.code = code;\n  }")
        .contains("return known != null ? known : new Kind(value, false, null);")
        .contains("The value for an integer code, as the server sends them. Codes 2 to 7 count as known.\n"
            + "   *\n   * @param code the integer sent by the server\n   * @return the value; its text is the number")
        .contains("public static Kind ofCode(int code) {\n"
            + "    return new Kind(Integer.toString(code), code >= 2 && code <= 7, code);")
        .contains("{@return the integer code when the server sent a number, else {@code null}}\n   */\n"
            + "  public @Nullable Integer code() {\n    return code;")
        .contains("{@return every named value this SDK version knows, in the contract's order}")
        .contains("\n  static final class Deserializer extends StdDeserializer<Kind> {")
        .contains("if (t == JsonToken.VALUE_STRING) {\n        return of(p.getText());")
        .contains("if (t == JsonToken.VALUE_NUMBER_INT) {\n        return ofCode(p.getIntValue());")
        .contains("return (Kind) ctxt.handleUnexpectedToken(Kind.class, p);")
        .contains("\n  static final class Serializer extends StdSerializer<Kind> {")
        .contains("Integer code = value.code();\n      if (code != null) {\n        gen.writeNumber(code);\n"
            + "      } else {\n        gen.writeString(value.value());")
        .doesNotContain("@JsonCreator");
    assertThat(source.indexOf("ofCode(int")).isBetween(source.indexOf(" of(String"), source.indexOf("knownValues()"));
  }

  @Test
  void withoutIntegerCodes_theEnumIsUnchanged() throws IOException {
    String source = source("");

    assertThat(source)
        .contains("@JsonCreator\n  public static Kind of(String value) {")
        .contains("public static final Kind A = new Kind(\"a\", true);")
        .contains("private Kind(String value, boolean known) {\n    super(value, known);\n  }")
        .contains("{@return every value this SDK version knows, in the contract's order}")
        .doesNotContain("ofCode", "code()", "Deserializer", "Serializer", "Nullable");
  }

  @Test
  void badIntegerCodes_failNamingTheSchemaAndKey() {
    assertThatThrownBy(() -> source("{to: 4, doc: d}"))
        .hasMessage("Kind: x-java.integerCodes.from is missing or not an int");
    assertThatThrownBy(() -> source("{from: one, to: 4, doc: d}"))
        .hasMessage("Kind: x-java.integerCodes.from is missing or not an int");
    assertThatThrownBy(() -> source("{from: 1, to: 4.5, doc: d}"))
        .hasMessage("Kind: x-java.integerCodes.to is missing or not an int");
    assertThatThrownBy(() -> source("{from: 1, to: 9999999999, doc: d}"))
        .hasMessage("Kind: x-java.integerCodes.to is missing or not an int");
    assertThatThrownBy(() -> source("{from: 5, to: 4, doc: d}"))
        .hasMessage("Kind: x-java.integerCodes.from (5) is above x-java.integerCodes.to (4)");
    assertThatThrownBy(() -> source("{from: 1, to: 4}"))
        .hasMessage("Kind: x-java.integerCodes.doc is missing");
    assertThatThrownBy(() -> source("{from: 1, to: 4, doc: ' '}"))
        .hasMessage("Kind: x-java.integerCodes.doc is missing");
  }

  @Test
  void aContractValueThatReadsAsACode_fails() throws IOException {
    ObjectNode doc = document("[b, '2']", "{from: 1, to: 4, doc: d}");

    assertThatThrownBy(() -> EnumModel.all(doc))
        .hasMessage("Kind: value '2' reads as an integer code (x-java.integerCodes)");
  }
}
