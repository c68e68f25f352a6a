package io.github.mistral4j.langchain4j;

/**
 * Keys of the {@link dev.langchain4j.agent.tool.ToolSpecification#metadata() metadata} a {@link
 * ConnectorToolProvider} puts on each tool specification. The MCP keys are the ones LangChain4j's
 * own MCP module uses, so code written for it reads these too. Metadata is not sent to the model.
 */
public final class ConnectorToolMetadata {
  /** The tool's {@code title} (String). */
  public static final String TITLE = "title";

  /** The {@code title} of the tool's annotations (String). */
  public static final String TITLE_ANNOTATION = "title-annotation";

  /** Annotation: the tool does not modify its environment (Boolean). */
  public static final String READ_ONLY_HINT = "readOnlyHint";

  /** Annotation: the tool may perform destructive updates (Boolean). */
  public static final String DESTRUCTIVE_HINT = "destructiveHint";

  /** Annotation: calling the tool again with the same arguments has no further effect (Boolean). */
  public static final String IDEMPOTENT_HINT = "idempotentHint";

  /** Annotation: the tool interacts with an open world of external entities (Boolean). */
  public static final String OPEN_WORLD_HINT = "openWorldHint";

  /** The tool's {@code outputSchema} as nested maps and lists ({@code Map<String, Object>}). */
  public static final String OUTPUT_SCHEMA = "outputSchema";

  /** The tool's {@code _meta} as nested maps and lists ({@code Map<String, Object>}). */
  public static final String META = "_meta";

  /** The connector, id or name, as configured in the provider (String). */
  public static final String CONNECTOR = "mistral.connector";

  /** The tool's name on the connector, before prefixing and sanitising (String). */
  public static final String TOOL_NAME = "mistral.toolName";

  /**
   * Parts of the input schema that could not be converted to typed schema elements and were kept
   * raw or simplified, one line each with a JSON pointer ({@code List<String>}); absent when none.
   */
  public static final String SCHEMA_FALLBACKS = "mistral.schemaFallbacks";

  /**
   * Rules of the input schema's root that the parameters cannot state (alternatives of required
   * arguments, {@code if}/{@code then}/{@code else}, {@code dependentRequired}, ...), one sentence
   * each, as appended to the tool's description ({@code List<String>}); absent when none.
   */
  public static final String SCHEMA_NOTES = "mistral.schemaNotes";

  private ConnectorToolMetadata() {}
}
