package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationInfo;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/** The context of a {@code mistral.client.requests} observation: the operation and, once ended, how. */
public final class MistralRequestContext extends Observation.Context {
  private final OperationInfo operation;
  private volatile @Nullable OperationEnded ended;

  MistralRequestContext(OperationInfo operation) {
    this.operation = operation;
  }

  /** {@return the operation: contract id, method, URL template and masked URL} */
  public OperationInfo operation() {
    return operation;
  }

  /** {@return how the operation ended, or {@code null} while it runs} */
  public @Nullable OperationEnded ended() {
    return ended;
  }

  void ended(OperationEnded event) {
    this.ended = event;
  }
}
