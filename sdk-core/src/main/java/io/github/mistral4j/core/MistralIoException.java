package io.github.mistral4j.core;

import org.jspecify.annotations.Nullable;

/**
 * The call failed on the network: the connection could not be made, was reset, or a timeout
 * elapsed. The I/O failure is kept as the cause.
 */
public class MistralIoException extends MistralException {
  private static final long serialVersionUID = 1L;

  /** Whether the failure was a timeout. */
  private final boolean timeout;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param cause the I/O failure
   * @param timeout whether a connect or request timeout elapsed
   */
  public MistralIoException(String message, @Nullable Throwable cause, boolean timeout) {
    super(message, cause);
    this.timeout = timeout;
  }

  /** {@return whether the failure was a connect or request timeout} */
  public boolean isTimeout() {
    return timeout;
  }
}
