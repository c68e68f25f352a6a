package io.github.mistral4j.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: too many requests. Thrown once retries are exhausted, or at once when the server
 * asks to wait longer than {@link RetryPolicy#maxRetryAfter()}.
 */
public class RateLimitException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /** How long the server asked to wait, or {@code null} when it did not say. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   * @param retryAfter how long the server asked to wait, if it said
   */
  public RateLimitException(String message, ErrorResponse response, @Nullable Duration retryAfter) {
    super(message, response);
    this.retryAfter = retryAfter;
  }

  /**
   * {@return how long the server asked to wait before the next request, from {@code Retry-After}}
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
