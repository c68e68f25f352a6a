package io.github.mistral4j.agents.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link AgentTool} factories that build a nested model or check their arguments beyond the
 * builders' checks; the generated interface calls them (see the overlay's {@code x-java-unions}).
 */
final class AgentToolFactories {
  private AgentToolFactories() {}

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

  static DocumentLibraryTool documentLibrary(String[] libraryIds) {
    return documentLibrary(Arrays.asList(Objects.requireNonNull(libraryIds, "libraryIds")));
  }

  static DocumentLibraryTool documentLibrary(List<String> libraryIds) {
    if (Objects.requireNonNull(libraryIds, "libraryIds").isEmpty()) {
      throw new IllegalArgumentException("libraryIds must contain at least one library id");
    }
    return DocumentLibraryTool.builder().libraryIds(libraryIds).build();
  }

  static ConnectorTool connector(String connectorId, ConnectorAuthorization authorization) {
    return ConnectorTool.builder()
        .connectorId(connectorId)
        .authorization(Objects.requireNonNull(authorization, "authorization"))
        .build();
  }
}
