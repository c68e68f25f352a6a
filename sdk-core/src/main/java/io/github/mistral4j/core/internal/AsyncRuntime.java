package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the async calls of one {@link MistralHttp} run on: a small pool for their short steps
 * (preparing an attempt, decoding, reporting events; never waiting), one scheduler thread for
 * backoff waits and deadlines, and the calls in flight, failed with the "closed" error when the
 * {@code MistralHttp} closes. Threads start on first use; none are started by sync-only clients.
 *
 * <p>Internal: {@link MistralHttp} builds, installs and closes it; transports reach it with
 * {@link #of(MistralHttp)}.
 */
public final class AsyncRuntime implements AutoCloseable {
  /** The most threads running steps of async calls: they never block, so a few suffice. */
  static final int STEP_THREADS = 2;

  private static volatile @Nullable Function<MistralHttp, AsyncRuntime> access;

  private final ExecutorService steps;
  private final ScheduledThreadPoolExecutor scheduler;
  private final Set<AsyncExchange<?>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Creates one; {@link MistralHttp} does, once per instance.
   *
   * @param stepThreads makes the threads of the step pool
   * @param schedulerThreads makes the scheduler's thread
   */
  public AsyncRuntime(ThreadFactory stepThreads, ThreadFactory schedulerThreads) {
    this.steps = SdkPools.fixed(STEP_THREADS, stepThreads);
    this.scheduler = new ScheduledThreadPoolExecutor(1, schedulerThreads);
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Tells transports how to reach the runtime of a {@link MistralHttp}; only its first call counts
   * ({@link MistralHttp} makes it when it is loaded).
   *
   * @param accessor the runtime of an instance
   */
  public static void install(Function<MistralHttp, AsyncRuntime> accessor) {
    Objects.requireNonNull(accessor, "accessor");
    synchronized (AsyncRuntime.class) {
      if (access == null) {
        access = accessor;
      }
    }
  }

  /** The runtime of a {@link MistralHttp}. */
  static AsyncRuntime of(MistralHttp http) {
    Function<MistralHttp, AsyncRuntime> a = access;
    if (a == null) {
      throw new IllegalStateException("MistralHttp did not install its async runtime");
    }
    return a.apply(http);
  }

  /** The pool running the steps of async calls (a view: it cannot be shut down through it). */
  Executor steps() {
    return steps::execute;
  }

  /** The scheduler of backoff waits and deadlines. */
  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Tracks a call until it ends; refused (false) once closed. */
  boolean register(AsyncExchange<?> exchange) {
    inFlight.add(exchange);
    if (closed) {
      inFlight.remove(exchange);
      return false;
    }
    return true;
  }

  void unregister(AsyncExchange<?> exchange) {
    inFlight.remove(exchange);
  }

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    return closed;
  }

  /**
   * Fails the calls in flight or waiting to retry with the "closed" error (stopping their
   * exchanges), and ends the threads. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    for (AsyncExchange<?> exchange : inFlight) {
      exchange.abort(new MistralException("The client is closed", null));
    }
    inFlight.clear();
    scheduler.shutdownNow();
    steps.shutdown();
  }
}
