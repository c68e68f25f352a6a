package io.github.mistral4j.testkit;

/**
 * Thrown by a {@link ToolFunction} to make the stand-in answer the tool call with an HTTP error
 * ({@code {"detail": message}}) instead of a result, as when the MCP server behind a connector fails.
 */
public class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the stand-in answers with. */
  private final int status;

  /**
   * A failure answered with HTTP 500.
   *
   * @param message the detail sent to the caller
   */
  public ToolException(String message) {
    this(500, message);
  }

  /**
   * A failure answered with a chosen status.
   *
   * @param status the HTTP status, 400 to 599
   * @param message the detail sent to the caller
   * @throws IllegalArgumentException if the status is not an error status
   */
  public ToolException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be between 400 and 599, was " + status);
    }
    this.status = status;
  }

  /** {@return the HTTP status the call is answered with} */
  public int status() {
    return status;
  }
}
