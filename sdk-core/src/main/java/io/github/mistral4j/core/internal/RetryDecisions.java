package io.github.mistral4j.core.internal;

import feign.Request;
import feign.Response;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Whether and when an attempt is replayed, for the blocking loop ({@link RetryingClient}) and the
 * async one ({@link AsyncExchange}) alike: retryable statuses and I/O failures while the {@link
 * RetryPolicy} allows, {@code Retry-After} honoured up to its cap, and non-idempotent requests
 * (methods marked {@link NonIdempotent}) replayed only when they never reached the server or got a
 * 429, unless the call opts in.
 */
final class RetryDecisions {
  private final ClientOptions options;

  RetryDecisions(ClientOptions options) {
    this.options = options;
  }

  /**
   * The wait before replaying a request whose attempt failed, or null when the failure is final.
   *
   * @param failure the attempt's failure
   * @param original the request as Feign built it (its method tells whether it is idempotent)
   * @param ctx the call's settings
   * @param attempt the attempt that failed, from 0
   */
  @Nullable Duration afterFailure(IOException failure, Request original, CallContext ctx, int attempt) {
    if (attempt >= ctx.maxRetries()
        || failure instanceof ResponseTooLargeException
        || failure instanceof RequestRefusedException
        || !(replayable(original, ctx) || neverReachedServer(failure) || UnsentRequests.provablyUnsent(failure))) {
      return null;
    }
    Duration delay = options.retryPolicy().delayBeforeRetry(attempt, null);
    return delay == null ? Duration.ZERO : delay;
  }

  /**
   * The wait before replaying a request that got this answer, or null when the answer is the
   * call's (a success, a final error, or a {@code Retry-After} longer than the policy allows).
   */
  @Nullable Duration afterResponse(Response response, Request original, CallContext ctx, int attempt) {
    int status = response.status();
    if (attempt >= ctx.maxRetries()
        || !RetryPolicy.isRetryableStatus(status)
        || !(status == 429 || replayable(original, ctx))) {
      return null;
    }
    Duration retryAfter =
        RetryAfter.parse(first(response, "retry-after"), first(response, "retry-after-ms"), options.clock());
    return options.retryPolicy().delayBeforeRetry(attempt, retryAfter);
  }

  /** Whether the request may be replayed after the server may have seen it. */
  private static boolean replayable(Request request, CallContext ctx) {
    return ctx.retryNonIdempotent() || !UnsentRequests.isNonIdempotent(request);
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
