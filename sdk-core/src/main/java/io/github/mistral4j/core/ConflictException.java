package io.github.mistral4j.core;

/** HTTP 409: the request conflicts with the current state (for example a duplicate name). */
public class ConflictException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public ConflictException(String message, ErrorResponse response) {
    super(message, response);
  }
}
