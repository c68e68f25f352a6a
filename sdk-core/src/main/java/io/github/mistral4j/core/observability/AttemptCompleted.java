package io.github.mistral4j.core.observability;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server answered an HTTP attempt, with any status.
 *
 * @param operation the operation
 * @param attempt the attempt's number, from 1
 * @param statusCode the HTTP status
 * @param requestBytes the length of the request body (0 when there is none)
 * @param responseBytes the length of the response body as received
 * @param duration from sending the attempt to the end of its body
 * @param requestId the request id the server sent (see {@code RawResponse#requestId()}), if any
 */
public record AttemptCompleted(
    OperationInfo operation,
    int attempt,
    int statusCode,
    long requestBytes,
    long responseBytes,
    Duration duration,
    @Nullable String requestId) {
  /**
   * Checks the components.
   *
   * @param operation the operation
   * @param attempt the attempt's number, from 1
   * @param statusCode the HTTP status
   * @param requestBytes the length of the request body
   * @param responseBytes the length of the response body
   * @param duration how long the attempt took
   * @param requestId the server's request id, or {@code null}
   */
  public AttemptCompleted {
    Objects.requireNonNull(operation, "operation");
    Events.checkAttempt(attempt);
    Objects.requireNonNull(duration, "duration");
  }
}
