package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structural unions: the overlay's {@code x-java-structural-unions}, read and written. */
class StructuralUnionTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String SCHEMAS = "components: {schemas: {"
      + "A: {type: object, properties: {a: {type: string}}, x-java: {package: p, class: A}},"
      + "B: {type: object, properties: {b: {type: string}}, x-java: {package: p, class: B}}}}";
  private static final String SEALED = "{module: m, package: p, class: U, javadoc: j, unknown: UnknownU,"
      + " unknownJavadoc: k, variants: [{class: Names, json: array, items: string},"
      + " {schema: A, members: {a: string, kind: any}, without: [b]}, {schema: B, members: {b: object}}],"
      + " factories: [{name: names, javadoc: f, variant: Names, delegate: Names.of,"
      + " params: [{name: names, type: 'List<String>', doc: the names}]}]}";
  private static final String VALUE = "{module: m, package: p, class: V, javadoc: j, invalid: bad value,"
      + " variants: [{type: String, name: one, javadoc: One., doc: the one, is: {name: isOne, doc: whether one}},"
      + " {type: 'List<String>', name: many, javadoc: Many., doc: the many, get: {name: all, doc: every value}}]}";

  private static ObjectNode document(String union) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(SCHEMAS);
    OverlayApplier.apply(doc, YAML.readTree(
        "overlay: 1.0.0\nactions: [{target: $, update: {x-java-structural-unions: [" + union + "]}}]"));
    return doc;
  }

  @Test
  void theSealedForm_triesEachShapeInOrder_andKeepsAnythingElse() throws IOException {
    StructuralUnionModel model = StructuralUnionModel.all(document(SEALED)).get(0);
    Map<String, String> files = StructuralUnionEmitter.emit(model, "h");

    assertThat(files).containsOnlyKeys("U", "UnknownU", "UDeserializer");
    assertThat(files.get("U"))
        .contains("public sealed interface U permits Names, A, B, UnknownU {")
        .contains("@JsonDeserialize(\n    using = UDeserializer.class\n)")
        .contains("static Names names(List<String> names) {\n    return Names.of(names);\n  }");
    assertThat(files.get("UnknownU"))
        .contains("public final class UnknownU extends UnknownVariant implements U {")
        .doesNotContain("textMember");
    String deserializer = files.get("UDeserializer");
    assertThat(deserializer)
        .contains("final class UDeserializer extends StdDeserializer<U> {")
        .contains("return UnknownU.of(NullNode.getInstance());")
        .contains("if (node.isArray() && every(node, JsonNode::isTextual)) {\n"
            + "      return ctxt.readTreeAsValue(node, Names.class);")
        .contains("if (node.isObject() && node.path(\"a\").isTextual() && node.has(\"kind\") && !node.has(\"b\")) {\n"
            + "      return ctxt.readTreeAsValue(node, A.class);")
        .contains("if (node.isObject() && node.path(\"b\").isObject()) {")
        .contains("return UnknownU.of(node);")
        .contains("{@link Names} (an array of strings), {@link A} (an object with {@code a} (string), {@code kind},"
            + " without {@code b}), {@link B} (an object with {@code b} (object))");
    assertThat(deserializer.indexOf("Names.class")).isLessThan(deserializer.indexOf("A.class"));
    assertThat(deserializer.indexOf("A.class")).isLessThan(deserializer.indexOf("B.class"));
  }

  @Test
  void theValueForm_holdsOneVariant_andRefusesOtherJson() throws IOException {
    StructuralUnionModel model = StructuralUnionModel.all(document(VALUE)).get(0);
    Map<String, String> files = StructuralUnionEmitter.emit(model, "h");

    assertThat(model.valueForm()).isTrue();
    assertThat(files).containsOnlyKeys("V");
    assertThat(files.get("V"))
        .contains("public final class V {")
        .contains("public static V of(String one) {\n    return new V(Objects.requireNonNull(one, \"one\"), null);")
        .contains("public static V of(List<String> many) {\n"
            + "    return new V(null, List.copyOf(Objects.requireNonNull(many, \"many\")));")
        .contains("if (json.isTextual()) {\n      return of(json.textValue());")
        .contains("if (json.isArray() && every(json, JsonNode::isTextual)) {")
        .contains("json.forEach(item -> many.add(item.textValue()));")
        .contains("throw new IllegalArgumentException(\"bad value\");")
        .contains("public boolean isOne() {\n    return one != null;")
        .contains("public List<String> all() {\n    return one != null ? List.of(one) : Objects.requireNonNull(many);")
        .contains("@JsonValue\n  Object jsonValue() {\n    return one != null ? one : Objects.requireNonNull(many);")
        .contains("return o instanceof V other && Objects.equals(one, other.one) && Objects.equals(many, other.many);")
        .contains("return String.valueOf(jsonValue());");
  }

  @Test
  void theFormIsGivenByEitherUnknownOrInvalid() {
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("unknown: UnknownU,",
            "unknown: UnknownU, invalid: x,")))).hasMessageContaining("U: give either unknown (sealed form) or invalid");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(VALUE.replace("invalid: bad value,", ""))))
        .hasMessageContaining("V: give either unknown");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(VALUE.replace("javadoc: j,",
            "javadoc: j, factories: [{name: f}],")))).hasMessageContaining("V: factories are for the sealed form");
  }

  @Test
  void badShapesFailNamingTheUnion() {
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("a: string", "a: text"))))
        .hasMessageContaining("U: JSON type 'text' is not one of [array, boolean, integer, number, object, string] or any");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("items: string", "items: any"))))
        .hasMessageContaining("U: JSON type 'any' is not one of");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("json: array, items: string",
            "json: array, members: {x: string}")))).hasMessageContaining("U: variant Names: members and without need");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("{schema: B, members: {b: object}}",
            "{schema: B, items: string}")))).hasMessageContaining("U: variant B: members and without need");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("schema: B", "schema: C"))))
        .hasMessageContaining("U: variant schema C has no x-java class");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.replace("variant: Names", "variant: Other"))))
        .hasMessageContaining("U: factory variant Other is not a variant");
    assertThatThrownBy(() -> StructuralUnionModel.all(document(SEALED.substring(0, SEALED.indexOf("variants:"))
            + "variants: []}"))).hasMessageContaining("U: no variants");
  }

  @Test
  void valueVariantsAreSimpleTypesOrListsOfThem_andAListGetterReadsOnlyItsElementType() throws IOException {
    assertThatThrownBy(() -> StructuralUnionModel.all(document(VALUE.replace("type: String", "type: Integer"))))
        .hasMessageContaining("V: value variant type java.lang.Integer is not String, Boolean, Long, Double or a List");
    StructuralUnionModel mixed = StructuralUnionModel.all(document(VALUE.replace("type: String", "type: Boolean")))
        .get(0);
    assertThatThrownBy(() -> StructuralUnionEmitter.emit(mixed, "h"))
        .hasMessageContaining("p.V: all() cannot read variant one as java.util.List<java.lang.String>");
    StructuralUnionModel flags = StructuralUnionModel.all(document(VALUE.replace("type: String", "type: Boolean")
        .replace(", get: {name: all, doc: every value}", ""))).get(0);
    assertThat(StructuralUnionEmitter.emit(flags, "h").get("V")).contains("return of(json.booleanValue());");
  }
}
