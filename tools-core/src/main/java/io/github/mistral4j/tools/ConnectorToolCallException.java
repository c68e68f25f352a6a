package io.github.mistral4j.tools;

import io.github.mistral4j.core.MistralException;
import org.jspecify.annotations.Nullable;

/**
 * A connector tool call failed. The message is written for the model and for logs: it says what
 * failed and what to do, and never holds a URL of the API, a token or a stack trace. Framework
 * bridges send it to the model as the tool's result.
 *
 * <p>The SDK exception behind the failure, if any, is available from {@link #sdkException()} and
 * is attached as a suppressed exception, not as the cause, so that error handlers which show a
 * cause's message never show the SDK's (which names the API's URL).
 */
public class ConnectorToolCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a call failed. */
  public enum Reason {
    /** The tool ran and reported an error ({@code isError}). */
    TOOL_ERROR,
    /** The model's arguments were not one JSON object. */
    INVALID_ARGUMENTS,
    /** HTTP 401: missing or expired credentials, or OAuth not completed. */
    AUTHENTICATION,
    /** HTTP 403: the connector is not allowed for this caller. */
    PERMISSION,
    /** HTTP 404: the connector or the tool does not exist (any more). */
    NOT_FOUND,
    /** HTTP 400, 409 or 422: the request was rejected. */
    REJECTED,
    /** HTTP 429: rate limited. */
    RATE_LIMITED,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** No answer within the call timeout. */
    TIMEOUT,
    /** A network failure other than a timeout. */
    NETWORK,
    /** Anything else: an unreadable response, an unexpected status or client failure. */
    OTHER
  }

  /** Why the call failed. */
  private final Reason reason;
  /** The connector whose tool failed. */
  private final String connector;
  /** The name of the tool that failed. */
  private final String toolName;
  /** The HTTP status of the failed call, or {@code null} when none was received. */
  private final @Nullable Integer statusCode;
  private final transient @Nullable MistralException sdkException;

  /**
   * Creates an exception.
   *
   * @param message the clean message for the model
   * @param reason why the call failed
   * @param connector the connector, id or name, as configured
   * @param toolName the tool's name on the connector
   * @param statusCode the HTTP status, if the server answered
   * @param sdkException the SDK exception behind it, if any (attached as suppressed)
   */
  public ConnectorToolCallException(
      String message,
      Reason reason,
      String connector,
      String toolName,
      @Nullable Integer statusCode,
      @Nullable MistralException sdkException) {
    super(message);
    this.reason = reason;
    this.connector = connector;
    this.toolName = toolName;
    this.statusCode = statusCode;
    this.sdkException = sdkException;
    if (sdkException != null) {
      addSuppressed(sdkException);
    }
  }

  /** {@return why the call failed} */
  public Reason reason() {
    return reason;
  }

  /** {@return the connector, id or name, as configured} */
  public String connector() {
    return connector;
  }

  /** {@return the tool's name on the connector (not the name the model used)} */
  public String toolName() {
    return toolName;
  }

  /** {@return the HTTP status the server answered with, or {@code null}} */
  public @Nullable Integer statusCode() {
    return statusCode;
  }

  /**
   * {@return the SDK exception behind this failure, or {@code null} (tool errors, bad arguments)}
   */
  public @Nullable MistralException sdkException() {
    return sdkException;
  }
}
