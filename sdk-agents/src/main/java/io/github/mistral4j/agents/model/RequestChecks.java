package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract's limits on agent create and update requests that span nested models, checked when
 * a value is put in a request builder (the generated request models call them). Decoded responses are not checked,
 * so a server that widens a range does not break reading agents.
 */
final class RequestChecks {
  private RequestChecks() {}

  static @Nullable CompletionArgs completionArgs(@Nullable CompletionArgs args) {
    if (args != null) {
      Checks.range("completion_args.presence_penalty", args.presencePenalty(), -2, 2);
      Checks.range("completion_args.frequency_penalty", args.frequencyPenalty(), -2, 2);
      Checks.range("completion_args.temperature", args.temperature(), 0, 1);
      Checks.range("completion_args.top_p", args.topP(), 0, 1);
      Checks.atLeast("completion_args.max_tokens", args.maxTokens(), 0);
      Checks.atLeast("completion_args.random_seed", args.randomSeed(), 0);
    }
    return args;
  }

  static AgentTool tool(String field, AgentTool tool) {
    if (tool instanceof DocumentLibraryTool library) {
      Checks.notEmpty(field + ".library_ids", library.libraryIds());
    } else if (tool instanceof FunctionTool function) {
      Checks.notBlank(field + ".function.name", function.function().name());
    } else if (tool instanceof ConnectorTool connector) {
      Checks.notBlank(field + ".connector_id", connector.connectorId());
    }
    return tool;
  }

  static <T extends AgentTool> List<T> tools(List<T> tools) {
    for (int i = 0; i < tools.size(); i++) {
      tool("tools[" + i + "]", tools.get(i));
    }
    return tools;
  }

  static <T> List<T> handoffs(List<T> handoffs) {
    return Checks.notEmpty("handoffs", handoffs);
  }
}
