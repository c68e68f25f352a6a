package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP attempt got no answer: the connection failed or broke, the request timed out, or the
 * body was longer than the limit.
 *
 * @param operation the operation
 * @param attempt the attempt's number, from 1
 * @param duration from sending the attempt to the failure
 * @param errorType the simple class name of the failure, e.g. {@code ConnectException}; low
 *     cardinality
 * @param message what failed, with every secret of the request masked; may be empty
 * @param timeout whether the attempt timed out
 */
public record AttemptFailed(
    OperationInfo operation, int attempt, Duration duration, String errorType, String message, boolean timeout) {
  /**
   * Checks the components.
   *
   * @param operation the operation
   * @param attempt the attempt's number, from 1
   * @param duration how long the attempt took
   * @param errorType the failure's simple class name
   * @param message what failed, secrets masked
   * @param timeout whether it timed out
   */
  public AttemptFailed {
    Objects.requireNonNull(operation, "operation");
    Events.checkAttempt(attempt);
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
  }
}
