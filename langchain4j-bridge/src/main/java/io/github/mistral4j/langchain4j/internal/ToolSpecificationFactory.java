package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.ToolAnnotations;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorToolMetadata;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the LangChain4j specification of one MCP tool, under the tool's own name (the provider
 * renames it): description (with the root rules the parameters cannot state appended),
 * parameters converted from {@code inputSchema}, and title, annotations, output schema, {@code
 * _meta}, origin, schema fallbacks and notes as metadata.
 */
public final class ToolSpecificationFactory {
  private static final System.Logger LOG = System.getLogger(ToolSpecificationFactory.class.getName());
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private ToolSpecificationFactory() {}

  /**
   * The specification of a tool.
   *
   * @param connector the connector, id or name, as configured
   * @param tool the tool as listed
   * @return the specification, named as on the connector
   */
  public static ToolSpecification create(String connector, McpTool tool) {
    SchemaConverter.Result schema = SchemaConverter.convert(tool.inputSchema());
    if (!schema.fallbacks().isEmpty()) {
      LOG.log(Level.DEBUG, () -> "Tool '" + tool.name() + "' of connector '" + connector
          + "': parts of its input schema are kept raw or simplified: " + schema.fallbacks());
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put(ConnectorToolMetadata.CONNECTOR, connector);
    metadata.put(ConnectorToolMetadata.TOOL_NAME, tool.name());
    putIfPresent(metadata, ConnectorToolMetadata.TITLE, tool.title());
    ToolAnnotations annotations = tool.annotations();
    if (annotations != null) {
      putIfPresent(metadata, ConnectorToolMetadata.TITLE_ANNOTATION, annotations.title());
      putIfPresent(metadata, ConnectorToolMetadata.READ_ONLY_HINT, annotations.readOnlyHint());
      putIfPresent(metadata, ConnectorToolMetadata.DESTRUCTIVE_HINT, annotations.destructiveHint());
      putIfPresent(metadata, ConnectorToolMetadata.IDEMPOTENT_HINT, annotations.idempotentHint());
      putIfPresent(metadata, ConnectorToolMetadata.OPEN_WORLD_HINT, annotations.openWorldHint());
    }
    JsonNode outputSchema = tool.outputSchema();
    if (outputSchema != null && outputSchema.isObject()) {
      metadata.put(ConnectorToolMetadata.OUTPUT_SCHEMA, MAPPER.convertValue(outputSchema, MAP));
    }
    if (tool.meta() != null) {
      JsonNode meta = MAPPER.valueToTree(tool.meta());
      if (meta.isObject() && !meta.isEmpty()) {
        metadata.put(ConnectorToolMetadata.META, MAPPER.convertValue(meta, MAP));
      }
    }
    if (!schema.fallbacks().isEmpty()) {
      metadata.put(ConnectorToolMetadata.SCHEMA_FALLBACKS, schema.fallbacks());
    }
    if (!schema.notes().isEmpty()) {
      metadata.put(ConnectorToolMetadata.SCHEMA_NOTES, schema.notes());
    }
    return ToolSpecification.builder()
        .name(tool.name())
        .description(withNotes(description(tool), schema.notes()))
        .parameters(schema.parameters())
        .metadata(metadata)
        .build();
  }

  /** The description, else a title: a model picks tools by what this says. */
  private static @Nullable String description(McpTool tool) {
    if (tool.description() != null && !tool.description().isBlank()) {
      return tool.description();
    }
    if (tool.title() != null && !tool.title().isBlank()) {
      return tool.title();
    }
    ToolAnnotations annotations = tool.annotations();
    return annotations != null && annotations.title() != null && !annotations.title().isBlank() ? annotations.title() : null;
  }

  /** The description, then the root rules the parameters cannot state, after a blank line. */
  private static @Nullable String withNotes(@Nullable String description, java.util.List<String> notes) {
    if (notes.isEmpty()) {
      return description;
    }
    String rules = String.join(" ", notes);
    return description == null ? rules : description.strip() + "\n\n" + rules;
  }

  private static void putIfPresent(Map<String, Object> metadata, String key, @Nullable Object value) {
    if (value != null) {
      metadata.put(key, value);
    }
  }
}
