package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorToolMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolSpecificationFactoryTest {

  private static McpTool tool(String json) throws Exception {
    return Json.mapper().readValue(json, McpTool.class);
  }

  @Test
  void create_keepsTheToolsNameAndPutsAnnotationsMetaAndFallbacksInMetadata() throws Exception {
    McpTool tool = tool("""
        {"name": "delete.page", "description": "Deletes a page.",
         "inputSchema": {"type": "object", "properties": {"id": {"type": "string"}, "opts": {"type": "object", "additionalProperties": {"type": "string"}}}},
         "annotations": {"destructiveHint": true, "idempotentHint": false},
         "_meta": {"ui": {"resourceUri": "ui://delete"}, "vendor/x": 1}}
        """);

    ToolSpecification spec = ToolSpecificationFactory.create("notion", tool);

    assertThat(spec.name()).isEqualTo("delete.page");
    assertThat(spec.description()).isEqualTo("Deletes a page.");
    assertThat(spec.parameters().properties()).containsOnlyKeys("id", "opts");
    assertThat(spec.metadata())
        .containsEntry(ConnectorToolMetadata.CONNECTOR, "notion")
        .containsEntry(ConnectorToolMetadata.TOOL_NAME, "delete.page")
        .containsEntry(ConnectorToolMetadata.DESTRUCTIVE_HINT, true)
        .containsEntry(ConnectorToolMetadata.IDEMPOTENT_HINT, false)
        .containsEntry(ConnectorToolMetadata.META, Map.of("ui", Map.of("resourceUri", "ui://delete"), "vendor/x", 1))
        .containsEntry(ConnectorToolMetadata.SCHEMA_FALLBACKS,
            List.of("/properties/opts: a schema for extra properties (a map) cannot be expressed; kept as a raw schema"))
        .doesNotContainKeys(ConnectorToolMetadata.TITLE, ConnectorToolMetadata.READ_ONLY_HINT, ConnectorToolMetadata.OUTPUT_SCHEMA);
  }

  @Test
  void create_fallsBackToATitleWhenThereIsNoDescription() throws Exception {
    assertThat(ToolSpecificationFactory.create("c", tool("{\"name\": \"a\", \"title\": \"Do A\", \"inputSchema\": {}}")).description())
        .isEqualTo("Do A");
    assertThat(ToolSpecificationFactory.create("c", tool("{\"name\": \"a\", \"inputSchema\": {}, \"annotations\": {\"title\": \"Annotated A\"}}")).description())
        .isEqualTo("Annotated A");
    assertThat(ToolSpecificationFactory.create("c", tool("{\"name\": \"a\", \"inputSchema\": {}}")).description()).isNull();
  }

  @Test
  void create_appendsTheRootRulesTheParametersCannotState_toTheDescription_andRecordsThem() throws Exception {
    McpTool tool = tool("""
        {"name": "export", "description": "Exports a report.",
         "inputSchema": {"type": "object",
                         "properties": {"format": {"enum": ["csv", "pdf"]}, "delimiter": {"type": "string"}},
                         "if": {"properties": {"format": {"const": "csv"}}}, "then": {"required": ["delimiter"]}}}
        """);

    ToolSpecification spec = ToolSpecificationFactory.create("reports", tool);

    String rule = "If format is \"csv\", also give: delimiter.";
    assertThat(spec.description()).isEqualTo("Exports a report.\n\n" + rule);
    assertThat(spec.metadata())
        .containsEntry(ConnectorToolMetadata.SCHEMA_NOTES, List.of(rule))
        .containsEntry(ConnectorToolMetadata.SCHEMA_FALLBACKS,
            List.of("/if: 'if' at the root cannot be expressed; stated in the tool description"));
    assertThat(spec.parameters().properties()).containsOnlyKeys("format", "delimiter");
  }

  @Test
  void create_givesTheRulesAloneAsTheDescription_whenTheToolHasNone_andNoNotesKeyWhenThereAreNone() throws Exception {
    ToolSpecification ruled = ToolSpecificationFactory.create("c", tool("""
        {"name": "a", "inputSchema": {"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "string"}},
                                      "dependentRequired": {"x": ["y"]}}}
        """));
    ToolSpecification plain = ToolSpecificationFactory.create("c", tool("{\"name\": \"b\", \"description\": \"B.\", \"inputSchema\": {}}"));

    assertThat(ruled.description()).isEqualTo("If x is given, also give: y.");
    assertThat(plain.description()).isEqualTo("B.");
    assertThat(plain.metadata()).doesNotContainKeys(ConnectorToolMetadata.SCHEMA_NOTES, ConnectorToolMetadata.SCHEMA_FALLBACKS);
  }

  @Test
  void create_givesMetaAsItsJsonTreeReadAsMapsWould_valuesAndTypes() throws Exception {
    List<McpTool> withMeta = new ArrayList<>();
    for (JsonNode json : Json.mapper().readTree(ToolSpecificationFactoryTest.class.getResource("/specifications/tools.json"))) {
      McpTool tool = Json.mapper().treeToValue(json, McpTool.class);
      if (tool.meta() != null) {
        withMeta.add(tool);
      }
    }
    assertThat(withMeta).hasSizeGreaterThan(2);

    for (McpTool tool : withMeta) {
      JsonNode tree = Json.mapper().valueToTree(tool.meta());
      Object meta = ToolSpecificationFactory.create("c", tool).metadata().get(ConnectorToolMetadata.META);

      assertThat(meta).as(tool.name()).isEqualTo(tree.isEmpty() ? null : JsonValues.toMap(tree));
    }
  }
}
