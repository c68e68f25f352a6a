package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.model.UnionDeserializer;
import java.util.Map;

/**
 * Decodes {@link AgentTool} by its {@code type}; anything else becomes {@link UnknownAgentTool}.
 */
final class AgentToolDeserializer extends UnionDeserializer<AgentTool> {
  private static final long serialVersionUID = 1L;

  AgentToolDeserializer() {
    super(
        AgentTool.class,
        "type",
        Map.of(
            FunctionTool.TYPE, FunctionTool.class,
            WebSearchTool.TYPE, WebSearchTool.class,
            WebSearchPremiumTool.TYPE, WebSearchPremiumTool.class,
            CodeInterpreterTool.TYPE, CodeInterpreterTool.class,
            ImageGenerationTool.TYPE, ImageGenerationTool.class,
            DocumentLibraryTool.TYPE, DocumentLibraryTool.class,
            ConnectorTool.TYPE, ConnectorTool.class));
  }

  @Override
  protected AgentTool unknown(JsonNode raw) {
    return UnknownAgentTool.of(raw);
  }
}
