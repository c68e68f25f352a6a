package io.github.mistral4j.core;

import org.jspecify.annotations.Nullable;

/** Root of every exception the SDK throws for a failed API call. Unchecked. */
public class MistralException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed; never contains secrets
   * @param cause the underlying failure, if any
   */
  public MistralException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
