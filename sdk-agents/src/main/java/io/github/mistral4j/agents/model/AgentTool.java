package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tool of an agent, one of the variants of the contract's {@code tools} union, told apart by
 * {@code type}. A tool type this SDK version does not know decodes to {@link UnknownAgentTool},
 * which keeps and sends back its JSON unchanged. Every variant always sends its {@code type}.
 *
 * <p>The static factories cover the common cases in one line:
 *
 * <pre>{@code
 * AgentTool.connector(connectorId)
 * AgentTool.function("forecast", "Weather forecast", Map.of("type", "object"))
 * AgentTool.webSearch()
 * }</pre>
 */
@JsonDeserialize(using = AgentToolDeserializer.class)
public sealed interface AgentTool
    permits FunctionTool,
        WebSearchTool,
        WebSearchPremiumTool,
        CodeInterpreterTool,
        ImageGenerationTool,
        DocumentLibraryTool,
        ConnectorTool,
        UnknownAgentTool {

  /** {@return the {@code type} discriminator, e.g. {@code function} or {@code connector}} */
  String type();

  /**
   * A function tool.
   *
   * @param name the function name
   * @param description what the function does
   * @param parameters the JSON schema of its arguments, as a JSON object (values may be maps,
   *     lists, strings, numbers, booleans or Jackson nodes)
   * @return the tool
   */
  static FunctionTool function(String name, String description, Map<String, ?> parameters) {
    return FunctionTool.builder()
        .function(
            FunctionDefinition.builder()
                .name(Objects.requireNonNull(name, "name"))
                .description(Objects.requireNonNull(description, "description"))
                .parameters(Objects.requireNonNull(parameters, "parameters"))
                .build())
        .build();
  }

  /**
   * A function tool.
   *
   * @param function the function definition
   * @return the tool
   */
  static FunctionTool function(FunctionDefinition function) {
    return FunctionTool.builder().function(function).build();
  }

  /** {@return the built-in web search tool} */
  static WebSearchTool webSearch() {
    return WebSearchTool.builder().build();
  }

  /** {@return the built-in premium web search tool} */
  static WebSearchPremiumTool webSearchPremium() {
    return WebSearchPremiumTool.builder().build();
  }

  /** {@return the built-in code interpreter} */
  static CodeInterpreterTool codeInterpreter() {
    return CodeInterpreterTool.builder().build();
  }

  /** {@return the built-in image generation tool} */
  static ImageGenerationTool imageGeneration() {
    return ImageGenerationTool.builder().build();
  }

  /**
   * The built-in document library search over the given libraries.
   *
   * @param libraryIds one or more library ids
   * @return the tool
   * @throws IllegalArgumentException when no id is given
   */
  static DocumentLibraryTool documentLibrary(String... libraryIds) {
    return documentLibrary(Arrays.asList(Objects.requireNonNull(libraryIds, "libraryIds")));
  }

  /**
   * The built-in document library search over the given libraries.
   *
   * @param libraryIds one or more library ids
   * @return the tool
   * @throws IllegalArgumentException when the list is empty
   */
  static DocumentLibraryTool documentLibrary(List<String> libraryIds) {
    if (Objects.requireNonNull(libraryIds, "libraryIds").isEmpty()) {
      throw new IllegalArgumentException("libraryIds must contain at least one library id");
    }
    return DocumentLibraryTool.builder().libraryIds(libraryIds).build();
  }

  /**
   * A connector, called with the connector's own credentials.
   *
   * @param connectorId the connector id
   * @return the tool
   */
  static ConnectorTool connector(String connectorId) {
    return ConnectorTool.builder().connectorId(connectorId).build();
  }

  /**
   * A connector, called with the given credentials.
   *
   * @param connectorId the connector id
   * @param authorization an API key or OAuth 2 token
   * @return the tool
   */
  static ConnectorTool connector(String connectorId, ConnectorAuthorization authorization) {
    return ConnectorTool.builder()
        .connectorId(connectorId)
        .authorization(Objects.requireNonNull(authorization, "authorization"))
        .build();
  }
}
