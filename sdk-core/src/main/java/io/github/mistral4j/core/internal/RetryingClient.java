package io.github.mistral4j.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.mistral4j.core.ClientOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The one place where blocking calls are retried: decorates the HTTP client, prepares each
 * attempt, logs it, and replays it while {@link RetryDecisions} allow (the async path, {@link
 * AsyncExchange}, takes the same decisions). Inside {@link AsyncCapture}, it sends nothing and
 * hands the request Feign built back to the async path.
 */
final class RetryingClient implements Client {
  private final Client delegate;
  private final ClientOptions options;
  private final RequestPreparer preparer;
  private final RetryDecisions decisions;
  private final HttpLogger log;
  private final CallContext defaults;
  private final Request.Options defaultTimeouts;

  RetryingClient(Client delegate, ClientOptions options, RequestPreparer preparer, HttpLogger log) {
    this.delegate = delegate;
    this.options = options;
    this.preparer = preparer;
    this.decisions = new RetryDecisions(options);
    this.log = log;
    this.defaults = CallContext.of(options, io.github.mistral4j.core.RequestOptions.none());
    this.defaultTimeouts = timeouts(options.requestTimeout());
  }

  private Request.Options timeouts(Duration requestTimeout) {
    return new Request.Options(
        options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS, requestTimeout.toMillis(), TimeUnit.MILLISECONDS, false);
  }

  @Override
  public Response execute(Request original, Request.Options ignored) throws IOException {
    AsyncCapture.handOver(original); // returns only when no async call is being captured
    Response response = attempts(original);
    RawCapture.record(response);
    return response;
  }

  private Response attempts(Request original) throws IOException {
    ObservedCall observed = ObservedCall.current();
    CallContext ctx = CallContext.current();
    if (ctx == null) {
      ctx = defaults;
    }
    Request.Options timeouts =
        ctx.timeout().equals(options.requestTimeout()) ? defaultTimeouts : timeouts(ctx.timeout());
    for (int attempt = 0; ; attempt++) {
      Request request = preparer.prepare(original, ctx);
      if (observed != null) {
        request = observed.attemptStarting(request, attempt);
      }
      CallContext.sent(request);
      log.request(request, attempt);
      long start = System.nanoTime();
      Response response;
      try {
        response = buffered(delegate.execute(request, timeouts), ctx.maxResponseBytes());
      } catch (IOException e) {
        long elapsed = System.nanoTime() - start;
        log.failure(request, e, Duration.ofNanos(elapsed));
        if (observed != null) {
          observed.attemptFailed(e, elapsed);
        }
        Duration delay = decisions.afterFailure(e, original, ctx, attempt);
        if (delay == null || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        sleep(request, delay, e.getClass().getSimpleName(), attempt, ctx.maxRetries(), observed);
        continue;
      }
      long elapsed = System.nanoTime() - start;
      response = log.response(response, Duration.ofNanos(elapsed));
      if (observed != null) {
        observed.attemptAnswered(request, response, elapsed);
      }
      Duration delay = decisions.afterResponse(response, original, ctx, attempt);
      if (delay == null) {
        return response; // the answer, or a Retry-After longer than the policy allows: fail fast
      }
      sleep(request, delay, "HTTP " + response.status(), attempt, ctx.maxRetries(), observed);
    }
  }

  private void sleep(
      Request request, Duration delay, String reason, int attempt, int maxRetries, @Nullable ObservedCall observed)
      throws IOException {
    log.retrying(request, reason, delay, attempt + 1, maxRetries);
    if (observed != null) {
      observed.retryScheduled(reason, delay);
    }
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
  }

  /**
   * Reads the whole body inside the attempt, so that a connection failing mid-body is retried like
   * any other I/O failure, and decoders work on a byte array; a body longer than the call's limit
   * is refused (whatever {@link feign.Client} delivered it).
   */
  private static Response buffered(Response response, long limit) throws IOException {
    Response.Body body = response.body();
    if (body == null || body instanceof BytesBody) {
      return response;
    }
    try {
      Integer length = body.length();
      String request = HttpText.describe(response.request());
      byte[] bytes = BoundedBodies.read(body.asInputStream(), length == null ? -1 : length, limit, request);
      return response.toBuilder().body(new BytesBody(bytes)).build();
    } finally {
      response.close();
    }
  }
}
