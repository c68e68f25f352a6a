package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldSchemaTest {

  @Test
  void inputSchema_isTheTreeTheModelHolds_notACopy() throws Exception {
    McpTool tool = Json.mapper().readValue("{\"name\": \"a\", \"inputSchema\": {\"type\": \"object\"}}", McpTool.class);

    assertThat(HeldSchema.direct()).isTrue();
    assertThat(HeldSchema.inputSchema(tool)).isSameAs(HeldSchema.inputSchema(tool)).isEqualTo(tool.inputSchema());
  }

  @Test
  void inputSchema_ofABuiltTool_isTheModelsOwnCopy_notTheCallersTree() {
    ObjectNode given = Json.mapper().createObjectNode().put("type", "object");
    McpTool tool = McpTool.builder().name("a").inputSchema(given).build();

    assertThat(HeldSchema.inputSchema(tool)).isNotSameAs(given).isEqualTo(given);
  }

  @Test
  void inputSchema_isNull_whenTheToolCameWithoutOne_orWithJsonNull() throws Exception {
    assertThat(HeldSchema.inputSchema(Json.mapper().readValue("{\"name\": \"a\"}", McpTool.class))).isNull();
    assertThat(HeldSchema.inputSchema(Json.mapper().readValue("{\"name\": \"a\", \"inputSchema\": null}", McpTool.class))).isNull();
  }

  @Test
  void writerOf_isNull_forAPropertyTheModelDoesNotHaveAsATree() {
    assertThat(HeldSchema.writerOf("inputSchema")).isNotNull();
    assertThat(HeldSchema.writerOf("name")).isNull();
    assertThat(HeldSchema.writerOf("noSuchProperty")).isNull();
  }

  @Test
  void create_leavesTheHeldSchemaOfEveryCorpusAndFixtureToolUnchanged() throws Exception {
    List<JsonNode> tools = new ArrayList<>();
    for (Path file : SchemaCorpusTest.corpus().toList()) {
      tools.add(Json.mapper().readTree(file.toFile()));
    }
    Json.mapper().readTree(HeldSchemaTest.class.getResource("/specifications/tools.json")).forEach(tools::add);

    for (JsonNode json : tools) {
      ObjectNode named = ((ObjectNode) json.deepCopy()).put("name", json.path("name").asText("corpus"));
      McpTool tool = Json.mapper().treeToValue(named, McpTool.class);
      JsonNode given = named.get("inputSchema");
      JsonNode before = given == null || given.isNull() ? null : given.deepCopy();

      ToolSpecificationFactory.create("c", tool);

      assertThat(HeldSchema.inputSchema(tool)).as(named.get("name").asText()).isEqualTo(before);
    }
  }
}
