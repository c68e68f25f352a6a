package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Union factories that delegate to a hand-written helper or take varargs. */
class UnionFactoryTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static String face(String factories) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree("components: {schemas: {"
        + "A: {type: object, properties: {type: {type: string, const: a}}, x-java: {package: p, class: A}}}}");
    String union = "{module: m, package: p, class: MyUnion, javadoc: j, typeDoc: t, unknown: UnknownU,"
        + " unknownJavadoc: k, variants: [A], factories: [" + factories + "]}";
    OverlayApplier.apply(doc, YAML.readTree(
        "overlay: 1.0.0\nactions: [{target: $, update: {x-java-unions: [" + union + "]}}]"));
    return UnionEmitter.emit(UnionModel.all(doc).get(0), "h").get("MyUnion");
  }

  @Test
  void aFactoryWithADelegate_callsItWithItsParameters_whichNeedNoSetter() throws IOException {
    String source = face("{name: make, javadoc: Makes one., variant: A, delegate: Helpers.make,"
        + " throws: IllegalArgumentException when the list is empty,"
        + " params: [{name: ids, type: 'List<String>', doc: the ids}, {name: extra, type: 'Map<String, ?>', doc: more}]}");

    assertThat(source)
        .contains("static A make(List<String> ids, Map<String, ?> extra) {\n    return Helpers.make(ids, extra);\n  }")
        .contains("   * @param extra more\n   * @return the my union\n"
            + "   * @throws IllegalArgumentException when the list is empty\n");
  }

  @Test
  void theLastParameterOfAFactoryWithADelegate_takesVarargs() throws IOException {
    String source = face("{name: of, javadoc: j, variant: A, delegate: Helpers.of,"
        + " params: [{name: first, type: String, doc: d}, {name: rest, type: 'String...', doc: d}]}");

    assertThat(source).contains("static A of(String first, String... rest) {\n    return Helpers.of(first, rest);");
  }

  @Test
  void aBuilderFactory_stillNeedsSetters_andTakesNoVarargs() {
    assertThatThrownBy(() -> face("{name: of, javadoc: j, variant: A, params: [{name: x, type: String, doc: d}]}"))
        .hasMessageContaining("MyUnion: x-java.setter is missing");
    assertThatThrownBy(() -> face("{name: of, javadoc: j, variant: A,"
            + " params: [{name: x, type: 'String...', setter: x, doc: d}]}"))
        .hasMessageContaining("p.MyUnion.of: only the last parameter of a factory with a delegate can take varargs");
    assertThatThrownBy(() -> face("{name: of, javadoc: j, variant: A, delegate: H.of,"
            + " params: [{name: x, type: 'String...', doc: d}, {name: y, type: String, doc: d}]}"))
        .hasMessageContaining("only the last parameter");
    assertThatThrownBy(() -> face("{name: of, javadoc: j, variant: A, delegate: make, params: []}"))
        .hasMessageContaining("p.MyUnion.of: delegate make is not Type.method");
  }
}
