package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptFailed;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationInfo;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.Outcome;
import io.github.mistral4j.core.observability.RetryScheduled;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The events of one call. A blocking call's is bound to the thread that runs it: {@link
 * MistralTransport} opens and ends it around the call, {@link RetryingClient} reports each attempt
 * and retry. An async call's is {@link #detached}, held by its {@link AsyncExchange}, whose steps
 * follow one another. Exists only when the client has listeners.
 */
final class ObservedCall {
  private static final ThreadLocal<@Nullable ObservedCall> CURRENT = new ThreadLocal<>();

  private final List<MistralListener> listeners;
  private final ObjectMapper mapper;
  private final @Nullable ObservedCall previous;
  private @Nullable OperationInfo operation;
  private List<String> secrets = List.of();
  private long startNanos;
  private int attempts;
  private @Nullable Integer lastStatus;
  private @Nullable String lastRequestId;

  private ObservedCall(List<MistralListener> listeners, ObjectMapper mapper, @Nullable ObservedCall previous) {
    this.listeners = listeners;
    this.mapper = mapper;
    this.previous = previous;
  }

  /** Binds a new call to this thread, or returns null when there is no listener. */
  static @Nullable ObservedCall open(List<MistralListener> listeners, ObjectMapper mapper) {
    if (listeners.isEmpty()) {
      return null;
    }
    ObservedCall call = new ObservedCall(listeners, mapper, CURRENT.get());
    CURRENT.set(call);
    return call;
  }

  /**
   * A call of the async path, bound to no thread (its events are reported by whichever thread runs
   * the call's step), or null when there is no listener.
   */
  static @Nullable ObservedCall detached(List<MistralListener> listeners, ObjectMapper mapper) {
    return listeners.isEmpty() ? null : new ObservedCall(listeners, mapper, null);
  }

  static @Nullable ObservedCall current() {
    return CURRENT.get();
  }

  /**
   * Reports an attempt about to leave (and, before the first, the operation), and returns the
   * request with the headers listeners added.
   */
  synchronized Request attemptStarting(Request prepared, int attempt) {
    if (attempt == 0) {
      if (operation != null) {
        ended(null); // a second Feign call within one SDK call: the first one succeeded
      }
      OperationDescriptors.Descriptor d = OperationDescriptors.of(prepared);
      secrets = SecretMasker.secretsOf(prepared, mapper);
      String url = SecretMasker.scrub(HttpText.withoutUserInfo(prepared.url()), secrets);
      operation = new OperationInfo(Listeners.nextId(), d.operationId(), prepared.httpMethod().name(), d.urlTemplate(), url);
      startNanos = System.nanoTime();
      attempts = 0;
      lastStatus = null;
      lastRequestId = null;
      Listeners.notify(listeners, new OperationStarted(operation), MistralListener::operationStarted);
    }
    attempts++;
    AttemptStarted event = new AttemptStarted(operation(), attempt + 1, bodyLength(prepared));
    ListenerHeaders headers = new ListenerHeaders(prepared.headers());
    Listeners.notify(listeners, event, (listener, e) -> listener.attemptStarted(e, headers));
    Map<String, List<String>> added = headers.close();
    if (added.isEmpty()) {
      return prepared;
    }
    Map<String, Collection<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    all.putAll(prepared.headers());
    all.putAll(added);
    return Request.create(
        prepared.httpMethod(), prepared.url(), all, prepared.body(), prepared.charset(), prepared.requestTemplate());
  }

  synchronized void attemptAnswered(Request request, Response response, long nanos) {
    lastStatus = response.status();
    lastRequestId = RequestIds.of(response.headers());
    Response.Body body = response.body();
    Integer length = body == null ? null : body.length();
    AttemptCompleted event =
        new AttemptCompleted(
            operation(), attempts, response.status(), bodyLength(request), length == null ? 0 : length, Duration.ofNanos(nanos), lastRequestId);
    Listeners.notify(listeners, event, MistralListener::attemptCompleted);
  }

  synchronized void attemptFailed(IOException failure, long nanos) {
    boolean timeout = failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException;
    String message = failure.getMessage() == null ? "" : HttpText.scrubThenCut(failure.getMessage(), secrets, 200);
    AttemptFailed event =
        new AttemptFailed(operation(), attempts, Duration.ofNanos(nanos), failure.getClass().getSimpleName(), message, timeout);
    Listeners.notify(listeners, event, MistralListener::attemptFailed);
  }

  synchronized void retryScheduled(String reason, Duration delay) {
    RetryScheduled event = new RetryScheduled(operation(), attempts + 1, reason, delay);
    Listeners.notify(listeners, event, MistralListener::retryScheduled);
  }

  /** Reports the end of the operation, if one started: {@code error} null for a success. */
  synchronized void ended(@Nullable Throwable error) {
    OperationInfo op = operation;
    if (op == null) {
      return;
    }
    operation = null;
    OperationEnded event =
        new OperationEnded(
            op,
            outcomeOf(error),
            lastStatus,
            error == null ? null : error.getClass().getSimpleName(),
            Duration.ofNanos(System.nanoTime() - startNanos),
            attempts,
            lastRequestId);
    Listeners.notify(listeners, event, MistralListener::operationEnded);
  }

  /** Unbinds this call from the thread. */
  void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  private OperationInfo operation() {
    OperationInfo op = operation;
    if (op == null) {
      throw new IllegalStateException("no operation started");
    }
    return op;
  }

  private static Outcome outcomeOf(@Nullable Throwable error) {
    if (error == null) {
      return Outcome.SUCCESS;
    }
    if (error instanceof MistralServiceException) {
      return Outcome.HTTP_ERROR;
    }
    if (error instanceof MistralIoException) {
      return Outcome.IO_ERROR;
    }
    if (error instanceof MistralInvalidDataException) {
      return Outcome.INVALID_DATA;
    }
    return Outcome.OTHER;
  }

  private static long bodyLength(Request request) {
    byte[] body = request.body();
    return body == null ? 0 : body.length;
  }
}
