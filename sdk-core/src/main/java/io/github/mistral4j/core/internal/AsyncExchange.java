package io.github.mistral4j.core.internal;

import feign.MethodMetadata;
import feign.Request;
import feign.Response;
import io.github.mistral4j.core.MistralException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One async call, from its first attempt to its result: the async twin of the blocking path's
 * {@link RetryingClient} loop and Feign's response handling. Each attempt is prepared, reported
 * and logged as there, sent by {@link AsyncSender}, and replayed as {@link RetryDecisions} decide,
 * after a wait on the shared scheduler; the answer is decoded with the method's return type, or
 * mapped by {@link ErrorMapper}. The call's state lives here, not in thread-locals: its steps run
 * one after the other, on whichever executor thread.
 */
final class AsyncExchange<R> {
  private final AsyncCalls calls;
  private final Request original;
  private final CallContext ctx;
  private final @Nullable ObservedCall observed;
  private final @Nullable RawCapture raw;
  private final Function<Object, R> result;
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private final AtomicBoolean done = new AtomicBoolean();
  private int attempt;
  private volatile @Nullable Request lastSent;
  private volatile AsyncSender.@Nullable Attempt inFlight;
  private volatile @Nullable Future<?> waiting;

  AsyncExchange(
      AsyncCalls calls,
      Request original,
      CallContext ctx,
      @Nullable ObservedCall observed,
      @Nullable RawCapture raw,
      Function<Object, R> result) {
    this.calls = calls;
    this.original = original;
    this.ctx = ctx;
    this.observed = observed;
    this.raw = raw;
    this.result = result;
  }

  CompletableFuture<R> future() {
    return future;
  }

  /** Runs a step; whatever it throws ends the call with it. */
  void guarded(Runnable step) {
    if (done.get()) {
      return;
    }
    try {
      step.run();
    } catch (RuntimeException | Error e) {
      finish(null, e);
    }
  }

  /** Sends the current attempt. */
  void attempt() {
    Request request = calls.preparer.prepare(original, ctx);
    if (observed != null) {
      request = observed.attemptStarting(request, attempt);
    }
    lastSent = request;
    calls.log.request(request, attempt);
    long start = System.nanoTime();
    AsyncSender.Attempt sending = calls.sender.send(request, ctx.timeout().toMillis(), ctx.maxResponseBytes());
    inFlight = sending;
    if (done.get()) {
      sending.abort(); // stopped meanwhile
      return;
    }
    Request sent = request;
    sending.outcome.whenComplete(
        (response, failure) -> calls.step(this, () -> answered(sent, System.nanoTime() - start, response, failure)));
  }

  private void answered(Request request, long elapsed, @Nullable Response response, @Nullable Throwable failure) {
    inFlight = null;
    if (failure != null) {
      if (!(failure instanceof IOException io)) {
        finish(null, failure);
        return;
      }
      calls.log.failure(request, io, Duration.ofNanos(elapsed));
      if (observed != null) {
        observed.attemptFailed(io, elapsed);
      }
      Duration delay = calls.decisions.afterFailure(io, original, ctx, attempt);
      if (delay == null) {
        failed(io);
      } else {
        retry(request, delay, io.getClass().getSimpleName());
      }
      return;
    }
    Response answer = java.util.Objects.requireNonNull(response, "response");
    try {
      answer = calls.log.response(answer, Duration.ofNanos(elapsed));
    } catch (IOException e) {
      failed(e); // cannot happen: the body is in memory
      return;
    }
    if (observed != null) {
      observed.attemptAnswered(request, answer, elapsed);
    }
    Duration delay = calls.decisions.afterResponse(answer, original, ctx, attempt);
    if (delay == null) {
      complete(answer); // the answer, or a Retry-After longer than the policy allows: fail fast
    } else {
      retry(request, delay, "HTTP " + answer.status());
    }
  }

  private void retry(Request request, Duration delay, String reason) {
    calls.log.retrying(request, reason, delay, attempt + 1, ctx.maxRetries());
    if (observed != null) {
      observed.retryScheduled(reason, delay);
    }
    attempt++;
    waiting = calls.after(delay, this, this::attempt);
    if (done.get()) {
      stopWaiting();
    }
  }

  /** Decodes the answer as Feign would: a 2xx body with the method's return type, else the error. */
  private void complete(Response response) {
    int status = response.status();
    try {
      if (raw != null) {
        raw.keep(response);
      }
    } catch (IOException e) {
      failed(e);
      return;
    }
    Object value;
    if (status < 200 || status >= 300) {
      finish(null, calls.errors.decode(response, lastSent));
      return;
    }
    try {
      value = calls.codec.decode(response, returnType());
    } catch (IOException e) {
      failed(e);
      return;
    } catch (RuntimeException e) {
      finish(null, Failures.of(Failures.Stage.DECODING, e, original, status, lastSent));
      return;
    }
    finish(result.apply(value), null);
  }

  private Type returnType() {
    feign.RequestTemplate template = original.requestTemplate();
    MethodMetadata metadata = template == null ? null : template.methodMetadata();
    if (metadata == null) {
      throw new MistralException("No method metadata on the request of " + HttpText.describe(original), null);
    }
    return metadata.returnType();
  }

  /** Ends the call with the SDK exception for an I/O failure. */
  void failed(IOException failure) {
    finish(null, Failures.of(Failures.Stage.EXCHANGE, failure, original, -1, lastSent));
  }

  /**
   * Ends the call at once with this failure (client closed, future cancelled), stopping its
   * exchange or its wait.
   */
  void abort(Throwable reason) {
    if (finish(null, reason)) {
      AsyncSender.Attempt sending = inFlight;
      if (sending != null) {
        sending.abort();
      }
      stopWaiting();
    }
  }

  private void stopWaiting() {
    Future<?> w = waiting;
    if (w != null) {
      w.cancel(false);
    }
  }

  private boolean finish(@Nullable R value, @Nullable Throwable error) {
    if (!done.compareAndSet(false, true)) {
      return false;
    }
    calls.runtime.unregister(this);
    if (observed != null) {
      observed.ended(error);
    }
    if (error == null) {
      future.complete(value);
    } else {
      future.completeExceptionally(error);
    }
    return true;
  }
}
