package io.github.mistral4j.core;

/** HTTP 400: the request was malformed. */
public class BadRequestException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public BadRequestException(String message, ErrorResponse response) {
    super(message, response);
  }
}
