package io.github.mistral4j.springai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.ToolAnnotations;
import io.github.mistral4j.core.MistralInvalidDataException;

/**
 * One listed tool with what its Spring AI definition needs, computed once per listing.
 *
 * @param tool the tool as listed
 * @param description the description the model reads, never blank
 * @param inputSchema the input schema as JSON
 */
public record Described(McpTool tool, String description, String inputSchema) {
  /**
   * Describes a tool: its description, else its title, else its annotations' title, else its
   * name; its input schema through {@link InputSchemas#forMistral} (an empty object schema when the
   * server sent none, a server defect: the tool is then offered without parameters).
   *
   * @param tool the tool as listed
   * @return the described tool
   */
  public static Described of(McpTool tool) {
    return new Described(tool, description(tool), InputSchemas.forMistral(inputSchema(tool)));
  }

  private static JsonNode inputSchema(McpTool tool) {
    try {
      return tool.inputSchema();
    } catch (MistralInvalidDataException e) {
      return JsonNodeFactory.instance.objectNode().put("type", "object");
    }
  }

  private static String description(McpTool tool) {
    if (tool.description() != null && !tool.description().isBlank()) {
      return tool.description();
    }
    if (tool.title() != null && !tool.title().isBlank()) {
      return tool.title();
    }
    ToolAnnotations annotations = tool.annotations();
    if (annotations != null && annotations.title() != null && !annotations.title().isBlank()) {
      return annotations.title();
    }
    return tool.name();
  }
}
