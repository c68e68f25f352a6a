package io.github.mistral4j.core.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Sends one attempt of an async call with {@link HttpClient#sendAsync}: no thread waits for it.
 * The whole exchange (headers and body) is bounded by the timeout, with a task on the shared
 * scheduler that cancels the exchange when it fires; the body is bounded by the call's limit
 * ({@link AsyncBodies}). Failures are the I/O failures the blocking adapter would throw, so that
 * {@link RetryDecisions} and {@link Failures} treat both paths alike.
 */
final class AsyncSender {
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;

  AsyncSender(HttpClient client, ScheduledExecutorService scheduler) {
    this.client = client;
    this.scheduler = scheduler;
  }

  /** One attempt in flight: its outcome, and how to stop it. */
  static final class Attempt {
    final CompletableFuture<Response> outcome = new CompletableFuture<>();
    private final AtomicBoolean expired = new AtomicBoolean();
    private final AsyncBodies.Holder body = new AsyncBodies.Holder();
    private volatile @Nullable CompletableFuture<?> exchange;
    private volatile @Nullable Future<?> deadline;

    /** Stops the exchange (the outcome is settled by the caller). */
    void abort() {
      Future<?> d = deadline;
      if (d != null) {
        d.cancel(false);
      }
      body.cancel();
      CompletableFuture<?> e = exchange;
      if (e != null) {
        e.cancel(true);
      }
    }
  }

  /**
   * Starts sending.
   *
   * @param request the prepared request
   * @param timeoutMillis the whole exchange's budget
   * @param limit the longest body accepted
   * @return the attempt; its outcome fails with an {@link IOException} as the blocking adapter's
   */
  Attempt send(Request request, long timeoutMillis, long limit) {
    Attempt attempt = new Attempt();
    String described = HttpText.describe(request);
    HttpRequest httpRequest;
    CompletableFuture<HttpResponse<byte[]>> exchange;
    try {
      httpRequest = JdkExchanges.toHttpRequest(client, request, timeoutMillis);
      exchange = client.sendAsync(httpRequest, AsyncBodies.bounded(limit, described, attempt.body));
    } catch (IOException e) {
      attempt.outcome.completeExceptionally(e);
      return attempt;
    } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
      attempt.outcome.completeExceptionally(new RequestRefusedException(described, e));
      return attempt;
    }
    attempt.exchange = exchange;
    try {
      attempt.deadline = scheduler.schedule(() -> expire(attempt, timeoutMillis), timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      exchange.cancel(true); // the scheduler is closed: so is the client, whose calls are failed on closing
      return attempt;
    }
    exchange.whenComplete((response, failure) -> settle(attempt, request, httpRequest, timeoutMillis, response, failure));
    return attempt;
  }

  private static void expire(Attempt attempt, long timeoutMillis) {
    if (attempt.expired.compareAndSet(false, true)
        && attempt.outcome.completeExceptionally(JdkExchanges.timedOut(timeoutMillis))) {
      attempt.abort();
    }
  }

  private static void settle(
      Attempt attempt,
      Request request,
      HttpRequest httpRequest,
      long timeoutMillis,
      @Nullable HttpResponse<byte[]> response,
      @Nullable Throwable failure) {
    Future<?> d = attempt.deadline;
    if (d != null) {
      d.cancel(false);
    }
    if (attempt.outcome.isDone()) {
      return; // expired or aborted
    }
    if (failure == null && response != null) {
      try {
        attempt.outcome.complete(JdkExchanges.toResponse(request, response, response.body()));
      } catch (IOException e) {
        attempt.outcome.completeExceptionally(e);
      }
      return;
    }
    IOException refusal = attempt.body.refusal();
    attempt.outcome.completeExceptionally(
        refusal != null ? refusal : ioFailure(unwrap(failure), request, httpRequest, timeoutMillis));
  }

  private static IOException ioFailure(@Nullable Throwable t, Request request, HttpRequest httpRequest, long timeoutMillis) {
    if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
      HttpTimeoutException timeout = JdkExchanges.timedOut(timeoutMillis);
      timeout.initCause(t);
      return timeout;
    }
    if (t instanceof ResponseTooLargeException tooLarge) {
      return tooLarge;
    }
    if (t instanceof IOException io) {
      return UnsentRequests.classify(io, httpRequest);
    }
    if (t instanceof IllegalArgumentException || t instanceof IllegalStateException || t instanceof SecurityException) {
      return new RequestRefusedException(HttpText.describe(request), (RuntimeException) t);
    }
    return new IOException("exchange failed: " + (t == null ? "no response" : t.getClass().getSimpleName()), t);
  }

  private static @Nullable Throwable unwrap(@Nullable Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
