package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/** The context of a {@code mistral.tool.calls} observation: the tool call and, once ended, how. */
public final class MistralToolCallContext extends Observation.Context {
  private final ToolCallStarted call;
  private volatile @Nullable ToolCallCompleted ended;

  MistralToolCallContext(ToolCallStarted call) {
    this.call = call;
  }

  /** {@return the tool call: connector and tool} */
  public ToolCallStarted call() {
    return call;
  }

  /** {@return how the call ended, or {@code null} while it runs} */
  public @Nullable ToolCallCompleted ended() {
    return ended;
  }

  void ended(ToolCallCompleted event) {
    this.ended = event;
  }
}
