package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connector tool call made for an agent framework ended. Never carries the tool's arguments
 * nor its result.
 *
 * @param connector the connector's name or id, as the tool provider was given it
 * @param tool the tool's name on the connector
 * @param duration how long the call took
 * @param isError whether the tool reported an error ({@code isError}) or the call failed
 * @param errorType the simple class name of the exception when the call failed, else {@code null}
 */
public record ToolCallCompleted(
    String connector, String tool, Duration duration, boolean isError, @Nullable String errorType) {
  /**
   * Checks the components.
   *
   * @param connector the connector
   * @param tool the tool
   * @param duration how long the call took
   * @param isError whether it ended in an error
   * @param errorType the failure's simple class name, or {@code null}
   */
  public ToolCallCompleted {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(duration, "duration");
  }
}
