package io.github.mistral4j.tools.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.BadRequestException;
import io.github.mistral4j.core.ConflictException;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.PermissionDeniedException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.tools.ConnectorToolCallException;
import io.github.mistral4j.tools.ConnectorToolCallException.Reason;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns the failures of a connector tool call into {@link ConnectorToolCallException}s whose message
 * a model can act on: what failed, why, and what to do. Text from the server is passed through
 * {@link SafeText}; URLs of the API, tokens and stack traces never reach the message.
 */
public final class ToolErrors {
  private final String connector;
  private final @Nullable String credentialsName;
  private final String toolName;
  private final Duration timeout;
  private final int maxRetries;

  /**
   * Creates a translator for one tool.
   *
   * @param connector the connector, id or name
   * @param credentialsName the credentials the calls use, or {@code null} for the default
   * @param toolName the tool's name on the connector
   * @param timeout the per-call timeout, for the timeout message
   * @param maxRetries the retries a call gets after a server error, for its message
   */
  public ToolErrors(String connector, @Nullable String credentialsName, String toolName, Duration timeout, int maxRetries) {
    this.connector = connector;
    this.credentialsName = credentialsName;
    this.toolName = toolName;
    this.timeout = timeout;
    this.maxRetries = maxRetries;
  }

  /**
   * The tool ran and reported an error; its own text is the message.
   *
   * @param text the tool's formatted result, possibly blank
   * @return the exception to throw
   */
  public ConnectorToolCallException toolError(String text) {
    String message = text.isBlank() ? subject() + " reported an error without a message." : text;
    return new ConnectorToolCallException(message, Reason.TOOL_ERROR, connector, toolName, null, null);
  }

  /**
   * The model's arguments could not be read.
   *
   * @param message what to fix, for the model
   * @return the exception to throw
   */
  public ConnectorToolCallException invalidArguments(String message) {
    return new ConnectorToolCallException(message, Reason.INVALID_ARGUMENTS, connector, toolName, null, null);
  }

  /**
   * Any failure of the call itself.
   *
   * @param failure what the client threw
   * @return the exception to throw
   */
  public ConnectorToolCallException translate(RuntimeException failure) {
    if (failure instanceof ConnectorToolCallException e) {
      return e;
    }
    if (failure instanceof MistralException e) {
      return fromSdk(e);
    }
    ConnectorToolCallException ex = new ConnectorToolCallException(
        subject() + " failed in the client (" + failure.getClass().getSimpleName() + ").",
        Reason.OTHER, connector, toolName, null, null);
    ex.addSuppressed(failure);
    return ex;
  }

  private ConnectorToolCallException fromSdk(MistralException e) {
    if (e instanceof MistralIoException io) {
      return io.isTimeout()
          ? of(Reason.TIMEOUT, null, e, subject() + " did not answer within " + seconds(timeout)
              + ". It may still have run: check its effect before calling it again.")
          : of(Reason.NETWORK, null, e, subject() + " could not be reached: a network error occurred between the client and the Mistral API.");
    }
    if (e instanceof MistralInvalidDataException) {
      return of(Reason.OTHER, null, e, subject() + " answered with a response that could not be read.");
    }
    if (!(e instanceof MistralServiceException s)) {
      return of(Reason.OTHER, null, e, subject() + " failed" + colon(SafeText.clean(e.getMessage())) + ".");
    }
    int status = s.statusCode();
    String detail = colon(detail(s));
    if (s instanceof AuthenticationException) {
      return of(Reason.AUTHENTICATION, status, e, subject() + " could not run: the call was not authenticated (HTTP 401)" + detail + ". "
          + (credentialsName != null
              ? "The credentials '" + credentialsName + "' of this connector are missing, expired or revoked (or the API key is invalid): store new credentials for the connector, then try again."
              : "The connector has no usable credentials (or the API key is invalid): store credentials for it, or complete its OAuth authorization through the connector's authorization URL, then try again."));
    }
    if (s instanceof PermissionDeniedException) {
      return of(Reason.PERMISSION, status, e, subject() + " could not run: access denied (HTTP 403)" + detail
          + ". The connector may not be activated for this workspace or user, or "
          + (credentialsName != null ? "the credentials '" + credentialsName + "'" : "its credentials") + " lack the permission this tool needs.");
    }
    if (s instanceof NotFoundException) {
      return of(Reason.NOT_FOUND, status, e, subject() + " was not found (HTTP 404)" + detail
          + ". The tool or the connector may have been removed or renamed; the tool list will be fetched again.");
    }
    if (s instanceof UnprocessableEntityException u) {
      String errors = u.validationErrors().stream()
          .map(v -> SafeText.clean(v.path() + ": " + v.msg()))
          .collect(Collectors.joining("; "));
      return of(Reason.REJECTED, status, e, subject() + " rejected the arguments (HTTP 422)"
          + colon(errors.isEmpty() ? detail(s) : errors) + ". Fix the arguments and call the tool again.");
    }
    if (s instanceof BadRequestException || s instanceof ConflictException) {
      return of(Reason.REJECTED, status, e, subject() + " rejected the call (HTTP " + status + ")" + detail + ".");
    }
    if (s instanceof RateLimitException r) {
      Duration wait = r.retryAfter();
      return of(Reason.RATE_LIMITED, status, e, subject() + " is rate limited (HTTP 429)"
          + (wait != null ? "; retry after " + seconds(wait) : "; try again later") + ".");
    }
    if (s instanceof InternalServerException || status >= 500) {
      // a 5xx body describes the server's internals, not the call: it is left out
      return of(Reason.SERVER_ERROR, status, e, subject() + " failed with a server error (HTTP " + status + "). "
          + (maxRetries == 0
              ? "It was not retried because a tool may have side effects; try again later if that is safe."
              : "It still failed after " + maxRetries + (maxRetries == 1 ? " retry." : " retries.")));
    }
    return of(Reason.OTHER, status, e, subject() + " failed (HTTP " + status + ")" + detail + ".");
  }

  private ConnectorToolCallException of(Reason reason, @Nullable Integer status, MistralException e, String message) {
    return new ConnectorToolCallException(message, reason, connector, toolName, status, e);
  }

  private String subject() {
    return "Tool '" + toolName + "' of connector '" + connector + "'";
  }

  /** The server's own explanation: {@code detail}, {@code message} or {@code error.message}. */
  private static @Nullable String detail(MistralServiceException s) {
    JsonNode json = s.json();
    if (json == null) {
      return null;
    }
    for (JsonNode candidate : new JsonNode[] {json.get("detail"), json.get("message"), json.path("error").get("message"), json.get("error")}) {
      if (candidate != null && candidate.isTextual()) {
        return SafeText.clean(candidate.textValue());
      }
    }
    JsonNode list = json.get("detail");
    if (list != null && list.isArray() && !list.isEmpty()) {
      JsonNode first = list.get(0);
      String msg = first.path("msg").asText(first.path("message").asText(""));
      return SafeText.clean(msg);
    }
    return null;
  }

  private static String colon(@Nullable String text) {
    return text == null || text.isBlank() ? "" : ": " + text;
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + (ms == 1000 ? " second" : " seconds") : ms + " ms";
  }
}
