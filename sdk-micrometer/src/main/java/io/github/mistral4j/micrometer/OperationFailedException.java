package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.OperationEnded;

/**
 * Marks a failed observation ({@code Observation.error}), so that tracing handlers flag the span
 * and meter handlers tag {@code error}: events carry what failed, never the exception itself
 * (it may hold a response body). Its message names the exception type, status and outcome; it
 * has no stack trace.
 */
public final class OperationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates one.
   *
   * @param message what failed, without secrets
   */
  public OperationFailedException(String message) {
    super(message, null, false, false);
  }

  static OperationFailedException of(OperationEnded event) {
    return new OperationFailedException(
        event.operation().operationId()
            + " failed: "
            + event.errorType()
            + (event.statusCode() == null ? "" : " (HTTP " + event.statusCode() + ")")
            + ", outcome "
            + event.outcome());
  }
}
