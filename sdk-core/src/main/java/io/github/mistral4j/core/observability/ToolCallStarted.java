package io.github.mistral4j.core.observability;

import java.util.Objects;

/**
 * A connector tool call made for an agent framework (the LangChain4j bridge) is about to run.
 * Never carries the tool's arguments.
 *
 * @param id unique within the JVM; the {@link ToolCallCompleted} of this call has the same
 * @param connector the connector's name or id, as the tool provider was given it
 * @param tool the tool's name on the connector
 */
public record ToolCallStarted(long id, String connector, String tool) {
  /**
   * Checks the components.
   *
   * @param id unique within the JVM
   * @param connector the connector
   * @param tool the tool
   */
  public ToolCallStarted {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(tool, "tool");
  }
}
