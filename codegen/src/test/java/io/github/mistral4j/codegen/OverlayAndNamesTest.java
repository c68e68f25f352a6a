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
}
