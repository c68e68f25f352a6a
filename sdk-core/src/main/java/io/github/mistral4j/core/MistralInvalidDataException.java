package io.github.mistral4j.core;

import org.jspecify.annotations.Nullable;

/**
 * The server answered, but its response could not be mapped to the expected type, or a decoded
 * model lacks a field the contract requires (found when the field is read, or by the model's
 * {@code validate()}).
 */
public class MistralInvalidDataException extends MistralException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response that could not be mapped. */
  private final int statusCode;

  /**
   * Creates an exception.
   *
   * @param message what could not be decoded; never contains the body itself
   * @param statusCode the HTTP status of the response, or 0 when the gap is found after decoding
   * @param cause the decoding failure
   */
  public MistralInvalidDataException(String message, int statusCode, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
  }

  /**
   * {@return the HTTP status of the response that could not be decoded, or 0 when a decoded model
   * was found to lack a required field}
   */
  public int statusCode() {
    return statusCode;
  }
}
