package io.github.mistral4j.core;

/** HTTP 401: the API key is missing, invalid or expired. */
public class AuthenticationException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public AuthenticationException(String message, ErrorResponse response) {
    super(message, response);
  }
}
