package io.github.mistral4j.tools.internal;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Listeners;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.github.mistral4j.tools.ConnectorToolCallException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tells the client's listeners when a tool call starts and ends: connector, tool, duration, and
 * whether it failed and why (a tool error is a {@link ConnectorToolCallException} of reason {@code
 * TOOL_ERROR}); never the arguments or the result.
 */
public final class ToolCallReporter {
  private final ClientOptions options;

  /**
   * Creates a reporter.
   *
   * @param options the options of the client whose listeners hear the calls
   */
  public ToolCallReporter(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reports a call's start.
   *
   * @param connector the connector's name or id
   * @param tool the tool's name
   * @return the call, to report its end
   */
  public Call started(String connector, String tool) {
    ToolCallStarted event = new ToolCallStarted(Listeners.nextId(), connector, tool);
    Listeners.toolCallStarted(options, event);
    return new Call(event, System.nanoTime());
  }

  /** One reported call. */
  public final class Call {
    private final ToolCallStarted started;
    private final long startNanos;

    private Call(ToolCallStarted started, long startNanos) {
      this.started = started;
      this.startNanos = startNanos;
    }

    /**
     * Reports the call's end.
     *
     * @param failure what the call threw, or {@code null} when it succeeded
     */
    public void ended(@Nullable RuntimeException failure) {
      String errorType =
          failure == null
              ? null
              : failure instanceof ConnectorToolCallException c ? c.reason().name() : failure.getClass().getSimpleName();
      Listeners.toolCallCompleted(
          options,
          new ToolCallCompleted(
              started.id(), started.connector(), started.tool(), Duration.ofNanos(System.nanoTime() - startNanos), failure != null, errorType));
    }
  }
}
