package io.github.mistral4j.benchmarks.paired;

import java.lang.management.ManagementFactory;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A fixed set of caller threads that make one call after another for a short window, all started
 * together. The threads live as long as the pool, so that no window pays for starting them.
 */
final class CallerPool implements AutoCloseable {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /**
   * What one window did.
   *
   * @param calls calls completed
   * @param failures calls that threw
   * @param elapsedNanos from the start until the last caller finished its last call
   * @param cpuNanos CPU time of the whole process (every thread, JIT and GC included) meanwhile
   */
  record Window(long calls, long failures, long elapsedNanos, long cpuNanos) {
    double perSecond() {
      return calls * 1e9 / elapsedNanos;
    }

    double cpuMicrosPerCall() {
      return calls == 0 ? Double.NaN : cpuNanos / 1e3 / calls;
    }
  }

  private final CyclicBarrier start;
  private final CyclicBarrier end;
  private final LongAdder calls = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final AtomicReference<@Nullable Throwable> firstFailure = new AtomicReference<>();
  private volatile Runnable task = () -> {};
  private volatile long deadline;
  private volatile boolean closed;

  CallerPool(int size, String name) {
    start = new CyclicBarrier(size + 1);
    end = new CyclicBarrier(size + 1);
    for (int i = 0; i < size; i++) {
      Thread t = new Thread(this::loop, name + "-" + i);
      t.setDaemon(true);
      t.start();
    }
  }

  private void loop() {
    try {
      while (true) {
        start.await();
        if (closed) {
          return;
        }
        Runnable call = task;
        long until = deadline;
        long done = 0;
        long failed = 0;
        while (System.nanoTime() - until < 0) {
          try {
            call.run();
            done++;
          } catch (RuntimeException e) {
            failed++;
            firstFailure.compareAndSet(null, e);
          }
        }
        calls.add(done);
        failures.add(failed);
        end.await();
      }
    } catch (InterruptedException | BrokenBarrierException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs {@code call} on every thread of the pool for about {@code windowNanos}. */
  Window run(Runnable call, long windowNanos) {
    task = call;
    calls.reset();
    failures.reset();
    long cpu = OS.getProcessCpuTime();
    long started = System.nanoTime();
    deadline = started + windowNanos;
    await(start);
    await(end);
    long elapsed = System.nanoTime() - started;
    return new Window(calls.sum(), failures.sum(), elapsed, OS.getProcessCpuTime() - cpu);
  }

  /** {@return the first failure seen by any window, if any} */
  @Nullable Throwable firstFailure() {
    return firstFailure.get();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (BrokenBarrierException e) {
      throw new IllegalStateException("a caller thread died", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    await(start);
  }
}
