package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connector tool call made for an agent framework ended. Never carries the tool's arguments
 * nor its result.
 *
 * @param id the id of the {@link ToolCallStarted} of this call
 * @param connector the connector's name or id, as the tool provider was given it
 * @param tool the tool's name on the connector
 * @param duration how long the call took
 * @param isError whether the tool reported an error ({@code isError}) or the call failed
 * @param errorType why it failed, low cardinality: the reason the tools core gives ({@code
 *     ConnectorToolCallException.Reason} of {@code mistral4j-tools}, also used by the LangChain4j
 *     and Spring AI bridges), e.g. {@code TOOL_ERROR}, {@code NOT_FOUND},
 *     {@code TIMEOUT}) or the exception's simple class name; {@code null} when it succeeded
 */
public record ToolCallCompleted(
    long id, String connector, String tool, Duration duration, boolean isError, @Nullable String errorType) {
  /**
   * Checks the components.
   *
   * @param id the id of the call's start event
   * @param connector the connector
   * @param tool the tool
   * @param duration how long the call took
   * @param isError whether it ended in an error
   * @param errorType why it failed, or {@code null}
   */
  public ToolCallCompleted {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(duration, "duration");
  }
}
