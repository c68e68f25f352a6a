package io.github.mistral4j.langchain4j;

import dev.langchain4j.exception.ToolExecutionException;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.tools.ConnectorToolCallException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connector tool call failed. The message is written for the model (LangChain4j's default
 * error handler sends it back as the tool result) and for logs: it says what failed and what to
 * do, and never holds a URL of the API, a token or a stack trace.
 *
 * <p>The SDK exception behind the failure, if any, is available from {@link #sdkException()} and
 * is attached as a suppressed exception, not as the cause: LangChain4j's default error handler
 * sends the cause's message to the model, so the cause (as LangChain4j's own constructor makes it)
 * carries this exception's clean message.
 *
 * <p>It is the LangChain4j form of the tools core's {@link ConnectorToolCallException}, whose
 * details it holds: LangChain4j's error handlers need a {@link ToolExecutionException}.
 */
public class ConnectorToolException extends ToolExecutionException {
  private static final long serialVersionUID = 1L;

  /** Why a call failed: the reasons of {@link ConnectorToolCallException.Reason}, by the same names. */
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

  /** Why the call failed, as {@link #failure}'s reason. */
  private final Reason reason;
  /** The tools core's failure this exception stands for: message, connector, tool, status, SDK exception. */
  private final ConnectorToolCallException failure;

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
  public ConnectorToolException(
      String message,
      Reason reason,
      String connector,
      String toolName,
      @Nullable Integer statusCode,
      @Nullable MistralException sdkException) {
    this(new ConnectorToolCallException(message, ConnectorToolCallException.Reason.valueOf(
        Objects.requireNonNull(reason, "reason").name()), connector, toolName, statusCode, sdkException));
  }

  /**
   * The exception for a failure of the tools core: same message, reason, connector, tool, status
   * and SDK exception, and the same suppressed exceptions (the failure itself is neither attached
   * nor the cause).
   *
   * @param failure the tools core's failure
   * @throws NullPointerException naming {@code failure} when it is null
   */
  public ConnectorToolException(ConnectorToolCallException failure) {
    super(messageOf(failure), failure.statusCode());
    this.reason = Reason.valueOf(failure.reason().name());
    this.failure = failure;
    for (Throwable suppressed : failure.getSuppressed()) {
      addSuppressed(suppressed);
    }
  }

  private static String messageOf(ConnectorToolCallException failure) {
    return Objects.requireNonNullElse(Objects.requireNonNull(failure, "failure").getMessage(), "");
  }

  /** {@return why the call failed} */
  public Reason reason() {
    return reason;
  }

  /** {@return the connector, id or name, as configured in the provider} */
  public String connector() {
    return failure.connector();
  }

  /** {@return the tool's name on the connector (not the name the model used)} */
  public String toolName() {
    return failure.toolName();
  }

  /** {@return the HTTP status the server answered with, or {@code null}} */
  public @Nullable Integer statusCode() {
    return failure.statusCode();
  }

  /**
   * {@return the SDK exception behind this failure, or {@code null} (tool errors, bad arguments)}
   */
  public @Nullable MistralException sdkException() {
    return failure.sdkException();
  }
}
