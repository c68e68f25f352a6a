package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;

/**
 * The SDK will send another attempt after a delay.
 *
 * @param operation the operation
 * @param nextAttempt the number of the attempt to come (2 for the first retry)
 * @param reason why: {@code HTTP 503}, or the simple class name of an I/O failure
 * @param delay how long the SDK waits before sending it
 */
public record RetryScheduled(OperationInfo operation, int nextAttempt, String reason, Duration delay) {
  /**
   * Checks the components.
   *
   * @param operation the operation
   * @param nextAttempt the number of the attempt to come, from 2
   * @param reason why the SDK retries
   * @param delay the wait before the next attempt
   */
  public RetryScheduled {
    Objects.requireNonNull(operation, "operation");
    if (nextAttempt < 2) {
      throw new IllegalArgumentException("nextAttempt must be >= 2, got " + nextAttempt);
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(delay, "delay");
  }
}
