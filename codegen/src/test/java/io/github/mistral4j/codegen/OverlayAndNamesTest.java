package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class OverlayAndNamesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void constantNames() {
    assertThat(JavaNames.constantName("oauth expired")).isEqualTo("OAUTH_EXPIRED");
    assertThat(JavaNames.constantName("MCP server timed out")).isEqualTo("MCP_SERVER_TIMED_OUT");
    assertThat(JavaNames.constantName("agent_builder_v1")).isEqualTo("AGENT_BUILDER_V1");
    assertThat(JavaNames.constantName("2fa")).isEqualTo("_2FA");
  }

  @Test
  void anUpdateMergesIntoTheTargetSchema() throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree("components: {schemas: {A: {type: string, enum: [x]}}}");
    OverlayApplier.apply(doc, YAML.readTree(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
            + "  - target: $.components.schemas.A\n    update: {enum: [y], x-java: {class: A}}\n"));
    assertThat(doc.at("/components/schemas/A/enum").toString()).isEqualTo("[\"x\",\"y\"]");
    assertThat(doc.at("/components/schemas/A/x-java/class").asText()).isEqualTo("A");
  }

  @Test
  void unknownTargetsFail() throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree("components: {schemas: {A: {type: string}}}");
    assertThatThrownBy(() -> OverlayApplier.apply(doc, YAML.readTree(
            "overlay: 1.0.0\nactions: [{target: $.components.schemas.B, update: {a: 1}}]")))
        .hasMessageContaining("no such schema");
    assertThatThrownBy(() -> OverlayApplier.apply(doc, YAML.readTree(
            "overlay: 1.0.0\nactions: [{target: $.paths, update: {a: 1}}]")))
        .hasMessageContaining("unsupported target");
  }

  @Test
  void aRootUpdateDeclaresUnions_whoseVariantsMustBeMapped() throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree("components: {schemas: {"
        + "A: {type: object, properties: {type: {type: string, const: a}}, x-java: {package: p, class: A}},"
        + "B: {type: object, properties: {type: {type: string, const: b}}}}}");
    String union = "{module: m, package: p, class: U, javadoc: j, typeDoc: t, unknown: UnknownU,"
        + " unknownJavadoc: k, variants: [A]}";
    OverlayApplier.apply(doc, YAML.readTree(
        "overlay: 1.0.0\nactions: [{target: $, update: {x-java-unions: [" + union + "]}}]"));

    UnionModel model = UnionModel.all(doc).get(0);
    assertThat(model.variants()).extracting(com.squareup.javapoet.ClassName::simpleName).containsExactly("A");
    String source = UnionEmitter.emit(model, "h").get("U");
    assertThat(source).contains("public sealed interface U permits A, UnknownU {");
    assertThat(UnionEmitter.emit(model, "h").get("UDeserializer")).contains("A.TYPE, A.class");

    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.at("/x-java-unions/0/variants")).add("B");
    assertThatThrownBy(() -> UnionModel.all(doc)).hasMessageContaining("variant schema B has no x-java class");
  }
}
