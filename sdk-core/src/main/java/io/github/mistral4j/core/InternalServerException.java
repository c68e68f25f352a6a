package io.github.mistral4j.core;

/** HTTP 5xx: the server failed. */
public class InternalServerException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public InternalServerException(String message, ErrorResponse response) {
    super(message, response);
  }
}
