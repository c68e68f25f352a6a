package io.github.mistral4j.core.internal;

import feign.Client;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The one place where calls are retried: decorates the HTTP client, prepares each attempt, logs
 * it, and replays it while the {@link RetryPolicy} allows. Non-idempotent requests (methods marked
 * {@link NonIdempotent}) are replayed only when they never reached the server or got a 429, unless
 * the call opts in.
 */
final class RetryingClient implements Client {
  private final Client delegate;
  private final ClientOptions options;
  private final RequestPreparer preparer;
  private final HttpLogger log;
  private final CallContext defaults;
  private final Request.Options defaultTimeouts;

  RetryingClient(Client delegate, ClientOptions options, HttpLogger log) {
    this.delegate = delegate;
    this.options = options;
    this.preparer = new RequestPreparer(options);
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
    RetryPolicy policy = options.retryPolicy();
    for (int attempt = 0; ; attempt++) {
      Request request = preparer.prepare(original, ctx);
      if (observed != null) {
        request = observed.attemptStarting(request, attempt);
      }
      CallContext.sent(request);
      boolean last = attempt >= ctx.maxRetries();
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
        if (last
            || e instanceof ResponseTooLargeException
            || e instanceof RequestRefusedException
            || !(replayable(original, ctx) || neverReachedServer(e) || UnsentRequests.provablyUnsent(e))
            || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        sleep(request, policy.delayBeforeRetry(attempt, null), e.getClass().getSimpleName(), attempt, ctx.maxRetries(), observed);
        continue;
      }
      long elapsed = System.nanoTime() - start;
      response = log.response(response, Duration.ofNanos(elapsed));
      if (observed != null) {
        observed.attemptAnswered(request, response, elapsed);
      }
      int status = response.status();
      if (last || !RetryPolicy.isRetryableStatus(status) || !(status == 429 || replayable(original, ctx))) {
        return response;
      }
      Duration retryAfter =
          RetryAfter.parse(first(response, "retry-after"), first(response, "retry-after-ms"), options.clock());
      Duration delay = policy.delayBeforeRetry(attempt, retryAfter);
      if (delay == null) {
        return response; // the server asks for a longer wait than the policy allows: fail fast
      }
      sleep(request, delay, "HTTP " + status, attempt, ctx.maxRetries(), observed);
    }
  }

  private void sleep(
      Request request, @Nullable Duration delay, String reason, int attempt, int maxRetries, @Nullable ObservedCall observed)
      throws IOException {
    Duration d = delay == null ? Duration.ZERO : delay;
    log.retrying(request, reason, d, attempt + 1, maxRetries);
    if (observed != null) {
      observed.retryScheduled(reason, d);
    }
    try {
      options.sleeper().sleep(d);
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

  /** Whether the request may be replayed after the server may have seen it (asked only to retry). */
  private static boolean replayable(Request request, CallContext ctx) {
    return ctx.retryNonIdempotent() || !isNonIdempotent(request);
  }

  private static boolean isNonIdempotent(Request request) {
    RequestTemplate template = request.requestTemplate();
    MethodMetadata metadata = template == null ? null : template.methodMetadata();
    return metadata != null && metadata.method() != null && metadata.method().isAnnotationPresent(NonIdempotent.class);
  }

  /** True when the request certainly never reached the server: it is always safe to replay. */
  static boolean neverReachedServer(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof HttpConnectTimeoutException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String first(Response response, String header) {
    for (var e : response.headers().entrySet()) {
      if (e.getKey().equalsIgnoreCase(header)) {
        Collection<String> values = e.getValue();
        return values.isEmpty() ? null : values.iterator().next();
      }
    }
    return null;
  }
}
