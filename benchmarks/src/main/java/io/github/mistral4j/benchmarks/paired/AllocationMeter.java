package io.github.mistral4j.benchmarks.paired;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by every thread of the JVM between two snapshots, so that the JDK client's
 * selector thread counts as well as the caller (as JMH's {@code -prof gc} does). A thread that
 * ends between the snapshots loses what it allocated in between; the clients start none per call.
 */
final class AllocationMeter {
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The counters of the threads alive at one moment. */
  record Snapshot(long[] ids, long[] bytes) {}

  AllocationMeter() {
    if (!threads.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM does not count allocated bytes per thread");
    }
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  Snapshot snapshot() {
    long[] ids = threads.getAllThreadIds();
    return new Snapshot(ids, threads.getThreadAllocatedBytes(ids));
  }

  /** Bytes allocated between the snapshots; threads born in between count from zero. */
  static long between(Snapshot before, Snapshot after) {
    Map<Long, Long> start = new HashMap<>();
    for (int i = 0; i < before.ids().length; i++) {
      start.put(before.ids()[i], before.bytes()[i]);
    }
    long total = 0;
    for (int i = 0; i < after.ids().length; i++) {
      long now = after.bytes()[i];
      if (now >= 0) {
        total += now - Math.max(0, start.getOrDefault(after.ids()[i], 0L));
      }
    }
    return total;
  }
}
