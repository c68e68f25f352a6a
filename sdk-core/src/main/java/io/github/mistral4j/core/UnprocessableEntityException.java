package io.github.mistral4j.core;

import java.util.List;

/**
 * HTTP 422: the server rejected the request's content. {@link #validationErrors()} holds the
 * parsed {@code detail[]} entries.
 */
public class UnprocessableEntityException extends MistralServiceException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> validationErrors;

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param response the error response
   * @param validationErrors the parsed {@code detail[]} entries (empty when absent)
   */
  public UnprocessableEntityException(
      String message, ErrorResponse response, List<ValidationError> validationErrors) {
    super(message, response);
    this.validationErrors = List.copyOf(validationErrors);
  }

  /** {@return the validation errors the server reported, in order} */
  public List<ValidationError> validationErrors() {
    return validationErrors;
  }
}
