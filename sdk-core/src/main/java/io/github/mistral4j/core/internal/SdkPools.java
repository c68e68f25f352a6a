package io.github.mistral4j.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread pools of {@link io.github.mistral4j.core.MistralHttp}: bounded, named, daemon threads
 * that end when idle. Internal.
 */
public final class SdkPools {
  /** Seconds an idle pool thread lives. */
  public static final long KEEP_ALIVE_SECONDS = 30;

  private SdkPools() {}

  /**
   * Daemon threads named {@code prefix} and a number.
   *
   * @param prefix the name before the number
   * @param counter numbers the threads
   * @return the factory
   */
  public static ThreadFactory daemonThreads(String prefix, AtomicInteger counter) {
    return r -> {
      Thread t = new Thread(r, prefix + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * At most {@code max} threads, a new one only when none is idle (a plain fixed pool starts a
   * thread per task until it is full), then an unbounded queue: a task is handed to an idle thread
   * if there is one, else to a new thread while below the bound, else queued. After shutdown, new
   * tasks are refused with a {@link RejectedExecutionException} saying the client is closed.
   *
   * @param max the most threads
   * @param threads makes them
   * @return the pool
   */
  public static ExecutorService handOff(int max, ThreadFactory threads) {
    HandOffQueue queue = new HandOffQueue();
    return new ThreadPoolExecutor(
        0,
        max,
        KEEP_ALIVE_SECONDS,
        TimeUnit.SECONDS,
        queue,
        threads,
        (task, pool) -> {
          if (pool.isShutdown()) {
            throw new RejectedExecutionException("The client is closed");
          }
          queue.enqueue(task); // every thread busy: wait for one
        });
  }

  /**
   * Exactly up to {@code size} threads, each started on demand and ended when idle, with an
   * unbounded queue: never more threads, however many tasks arrive at once.
   */
  static ExecutorService fixed(int size, ThreadFactory threads) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(size, size, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Offers succeed only when an idle thread takes the task at once; the rest is queued on refusal. */
  private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable task) {
      return tryTransfer(task);
    }

    void enqueue(Runnable task) {
      super.offer(task);
    }
  }
}
