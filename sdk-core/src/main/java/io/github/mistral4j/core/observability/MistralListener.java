package io.github.mistral4j.core.observability;

/**
 * Hears what the SDK does: operations (one call of a client method, {@code connector_list_v1} for
 * example), their HTTP attempts and retries, and the connector tool calls of the LangChain4j
 * bridge. Every method has an empty default: implement those you need.
 *
 * <p>Methods are called on the thread that runs the call (an async executor thread for async
 * clients), in order for one operation: {@link #operationStarted}, then for each attempt {@link
 * #attemptStarted} followed by {@link #attemptCompleted} or {@link #attemptFailed}, a {@link
 * #retryScheduled} between attempts, and {@link #operationEnded} last, whatever happened. Keep
 * them fast: they run inside the call. A listener that throws is logged (logger {@code
 * io.github.mistral4j.listener}) and ignored: the call and the other listeners go on.
 */
public interface MistralListener {
  /**
   * An operation is about to send its first attempt.
   *
   * @param event the operation
   */
  default void operationStarted(OperationStarted event) {}

  /**
   * An attempt is about to be sent. The listener may add headers to it (trace context, for
   * example) through {@code headers}, which is valid only during this call.
   *
   * @param event the attempt
   * @param headers adds headers to this attempt; it cannot read any header, nor set one that the
   *     request already carries or that the SDK or the HTTP client own
   */
  default void attemptStarted(AttemptStarted event, OutgoingHeaders headers) {}

  /**
   * The server answered an attempt (any status, errors included).
   *
   * @param event the answer
   */
  default void attemptCompleted(AttemptCompleted event) {}

  /**
   * An attempt got no answer: connection failure, timeout, a body too long.
   *
   * @param event the failure
   */
  default void attemptFailed(AttemptFailed event) {}

  /**
   * The SDK will send another attempt after a delay.
   *
   * @param event why, and when
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * An operation ended: its result was decoded, or it failed.
   *
   * @param event the outcome
   */
  default void operationEnded(OperationEnded event) {}

  /**
   * A connector tool call made for an agent framework (the LangChain4j bridge) is about to run, on
   * the thread that will run it and report its end.
   *
   * @param event the tool call
   */
  default void toolCallStarted(ToolCallStarted event) {}

  /**
   * A connector tool call made for an agent framework (the LangChain4j bridge) ended. The HTTP
   * operation behind it ({@code connector_call_tool_v1}) is reported by the other methods too.
   *
   * @param event the tool call
   */
  default void toolCallCompleted(ToolCallCompleted event) {}
}
