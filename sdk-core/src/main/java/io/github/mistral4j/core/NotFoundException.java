package io.github.mistral4j.core;

/** HTTP 404: the resource (connector, agent, version, alias, credentials, tool) does not exist. */
public class NotFoundException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   */
  public NotFoundException(String message, ErrorResponse response) {
    super(message, response);
  }
}
