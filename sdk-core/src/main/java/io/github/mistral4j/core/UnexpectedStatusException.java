package io.github.mistral4j.core;

/** An error status with no more specific exception type (for example 405, 413, 418). */
public class UnexpectedStatusException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public UnexpectedStatusException(String message, ErrorResponse response) {
    super(message, response);
  }
}
