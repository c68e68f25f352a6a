package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.Sleeper;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The async path of one transport: captures the request of a call on the caller's thread ({@link
 * AsyncCapture}), then runs its attempts as an {@link AsyncExchange}, whose steps run on the
 * client's async executor (the one given in the options, else the small step pool of its {@link
 * io.github.mistral4j.core.MistralHttp}), whose backoff waits and deadlines are tasks of the shared
 * scheduler, and whose exchanges are {@link HttpClient#sendAsync} ones: no thread waits for a
 * call in flight.
 */
final class AsyncCalls {
  final ClientOptions options;
  final AsyncRuntime runtime;
  final AsyncSender sender;
  final RequestPreparer preparer;
  final RetryDecisions decisions;
  final HttpLogger log;
  final JsonCodec codec;
  final ErrorMapper errors;
  private final Executor steps;

  AsyncCalls(
      ClientOptions options,
      AsyncRuntime runtime,
      HttpClient client,
      RequestPreparer preparer,
      HttpLogger log,
      JsonCodec codec,
      ErrorMapper errors) {
    this.options = options;
    this.runtime = runtime;
    this.sender = new AsyncSender(client, runtime.scheduler());
    this.preparer = preparer;
    this.decisions = new RetryDecisions(options);
    this.log = log;
    this.codec = codec;
    this.errors = errors;
    Executor given = options.asyncExecutor();
    this.steps = given != null ? given : runtime.steps();
  }

  /**
   * Starts a call.
   *
   * @param ctx its settings
   * @param call invokes the Feign proxy (run here, on the caller's thread, sending nothing)
   * @param result turns the decoded body into the call's result
   * @return the call's future: cancelling it stops the call
   */
  <R> CompletableFuture<R> start(CallContext ctx, Supplier<?> call, Function<Object, R> result) {
    AsyncCapture.Captured captured;
    try {
      captured = AsyncCapture.capture(ctx, call);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    feign.Request request = captured.request();
    if (request == null) {
      try {
        return CompletableFuture.completedFuture(result.apply(captured.value()));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    AsyncExchange<R> exchange =
        new AsyncExchange<>(this, request, ctx, ObservedCall.detached(options.listeners(), Json.mapper()), RawCapture.current(), result);
    if (!runtime.register(exchange)) {
      return CompletableFuture.failedFuture(closed(null));
    }
    CompletableFuture<R> future = exchange.future();
    future.whenComplete(
        (value, failure) -> {
          if (failure instanceof CancellationException) {
            exchange.abort(failure); // the caller cancelled: stop the exchange, end the operation
          }
        });
    step(exchange, exchange::attempt);
    return future;
  }

  /** Runs a step of the exchange on the async executor; a refusal ends the call as closed. */
  void step(AsyncExchange<?> exchange, Runnable step) {
    try {
      steps.execute(() -> exchange.guarded(step));
    } catch (RejectedExecutionException e) {
      exchange.abort(closed(e));
    }
  }

  /**
   * Runs the next attempt after the delay: a task of the shared scheduler, or, when the options
   * replace the {@link Sleeper} (tests), after the sleeper's wait on the async executor.
   *
   * @return the pending wait, to cancel it, or null when none can be cancelled
   */
  @Nullable Future<?> after(Duration delay, AsyncExchange<?> exchange, Runnable next) {
    Sleeper sleeper = options.sleeper();
    if (sleeper != Sleeper.SYSTEM) {
      step(exchange, () -> {
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
          io.initCause(e);
          exchange.failed(io);
          return;
        }
        next.run();
      });
      return null;
    }
    try {
      return runtime.scheduler().schedule(() -> step(exchange, next), delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      exchange.abort(closed(e));
      return null;
    }
  }

  static MistralException closed(@Nullable Throwable cause) {
    return new MistralException("The client is closed", cause);
  }
}
