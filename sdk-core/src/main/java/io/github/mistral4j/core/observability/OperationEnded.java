package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An operation ended.
 *
 * @param operation the operation
 * @param outcome how it ended
 * @param statusCode the status of the last answer, or {@code null} when no attempt was answered
 * @param errorType the simple class name of the exception the call threw (e.g. {@code
 *     NotFoundException}), or {@code null} on success; low cardinality
 * @param duration from the start of the first attempt to the end of decoding
 * @param attempts how many attempts were sent
 * @param requestId the request id of the last answer, if the server sent one
 */
public record OperationEnded(
    OperationInfo operation,
    Outcome outcome,
    @Nullable Integer statusCode,
    @Nullable String errorType,
    Duration duration,
    int attempts,
    @Nullable String requestId) {
  /**
   * Checks the components.
   *
   * @param operation the operation
   * @param outcome how it ended
   * @param statusCode the last status, or {@code null}
   * @param errorType the exception's simple class name, or {@code null}
   * @param duration how long it took
   * @param attempts how many attempts were sent
   * @param requestId the server's request id, or {@code null}
   */
  public OperationEnded {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    }
  }

  /** {@return whether the operation succeeded} */
  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}
