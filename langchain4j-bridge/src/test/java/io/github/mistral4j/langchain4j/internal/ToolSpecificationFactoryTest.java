package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorToolMetadata;
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
}
