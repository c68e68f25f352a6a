package io.github.mistral4j.core;

/** HTTP 403: the API key may not perform this operation, or a connector credential or OAuth step is missing. */
public class PermissionDeniedException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public PermissionDeniedException(String message, ErrorResponse response) {
    super(message, response);
  }
}
