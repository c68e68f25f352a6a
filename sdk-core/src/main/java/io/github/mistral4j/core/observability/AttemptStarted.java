package io.github.mistral4j.core.observability;

import java.util.Objects;

/**
 * An HTTP attempt is about to be sent.
 *
 * @param operation the operation
 * @param attempt the attempt's number, from 1; above 1 it is a retry
 * @param requestBytes the length of the request body (0 when there is none)
 */
public record AttemptStarted(OperationInfo operation, int attempt, long requestBytes) {
  /**
   * Checks the components.
   *
   * @param operation the operation
   * @param attempt the attempt's number, from 1
   * @param requestBytes the length of the request body
   */
  public AttemptStarted {
    Objects.requireNonNull(operation, "operation");
    Events.checkAttempt(attempt);
  }
}
