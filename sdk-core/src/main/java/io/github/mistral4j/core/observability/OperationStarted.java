package io.github.mistral4j.core.observability;

import java.util.Objects;

/**
 * An operation is about to send its first attempt.
 *
 * @param operation the operation
 */
public record OperationStarted(OperationInfo operation) {
  /**
   * Checks that the operation is given.
   *
   * @param operation the operation
   */
  public OperationStarted {
    Objects.requireNonNull(operation, "operation");
  }
}
