package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.ToolAnnotations;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorToolMetadata;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final JavaType META = MAPPER.getTypeFactory().constructType(new TypeReference<LinkedHashMap<String, Object>>() {});
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private ToolSpecificationFactory() {}

  /**
   * The specification of a tool.
   *
   * @param connector the connector, id or name, as configured
   * @param tool the tool as listed
   * @return the specification, named as on the connector
   */
  public static ToolSpecification create(String connector, McpTool tool) {
    JsonNode input = inputSchema(connector, tool);
    SchemaConverter.Result converted = SchemaConverter.convert(input == null ? MAPPER.createObjectNode().put("type", "object") : input);
    SchemaConverter.Result schema = input != null ? converted : new SchemaConverter.Result(
        converted.parameters(),
        append(converted.fallbacks(), "/: the server sent no inputSchema; offered without parameters"),
        append(converted.notes(), "Its arguments are not published: call it without arguments."));
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
      metadata.put(ConnectorToolMetadata.OUTPUT_SCHEMA, JsonValues.toMap(outputSchema));
    }
    if (tool.meta() != null) {
      Map<String, Object> meta = MAPPER.convertValue(tool.meta(), META);
      if (!meta.isEmpty()) {
        metadata.put(ConnectorToolMetadata.META, meta);
      }
    }
    if (!schema.fallbacks().isEmpty()) {
      metadata.put(ConnectorToolMetadata.SCHEMA_FALLBACKS, schema.fallbacks());
    }
    if (!schema.notes().isEmpty()) {
      metadata.put(ConnectorToolMetadata.SCHEMA_NOTES, schema.notes());
    }
    if (input == null) {
      metadata.put(ConnectorToolMetadata.INPUT_SCHEMA_MISSING, true);
    }
    return ToolSpecification.builder()
        .name(tool.name())
        .description(withNotes(description(tool), schema.notes()))
        .parameters(schema.parameters())
        .metadata(metadata)
        .build();
  }

  /** The tool's input schema, or {@code null} when the server sent none (logged once per tool). */
  private static @Nullable JsonNode inputSchema(String connector, McpTool tool) {
    JsonNode schema = HeldSchema.inputSchema(tool);
    if (schema == null && WARNED.add(connector + '\u0000' + tool.name()) && WARNED.size() < 10_000) {
      LOG.log(Level.WARNING, () -> "Tool '" + tool.name() + "' of connector '" + connector
          + "' came without an inputSchema (a server defect); it is offered without parameters");
    }
    return schema;
  }

  private static List<String> append(List<String> lines, String line) {
    List<String> out = new ArrayList<>(lines);
    out.add(line);
    return out;
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
