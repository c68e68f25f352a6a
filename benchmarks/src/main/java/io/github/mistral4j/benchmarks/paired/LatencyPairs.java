package io.github.mistral4j.benchmarks.paired;

import java.util.Arrays;

/**
 * Single-caller batches, SDK and raw alternating (the side that goes first alternates too): the
 * median latency of each batch and the bytes allocated per call by the whole JVM.
 */
final class LatencyPairs {
  private final AllocationMeter meter = new AllocationMeter();
  private final Settings settings;

  /**
   * One batch.
   *
   * @param p50Micros median latency of its calls
   * @param bytesPerCall allocation per call, every thread
   */
  record Batch(double p50Micros, double bytesPerCall) {}

  LatencyPairs(Settings settings) {
    this.settings = settings;
  }

  /** Alternates batches of both sides for the warm-up time. */
  void warm(Operation op) {
    long until = System.nanoTime() + settings.warmMillis() * 1_000_000;
    while (System.nanoTime() - until < 0) {
      batch(op.sdk());
      batch(op.raw());
    }
  }

  /** Measures the pairs and records them as {@code latency} (us) and {@code alloc} (KB per call). */
  void measure(Operation op, Results results) {
    for (int i = 0; i < settings.latencyPairs(); i++) {
      Batch sdk;
      Batch raw;
      if (i % 2 == 0) {
        sdk = batch(op.sdk());
        raw = batch(op.raw());
      } else {
        raw = batch(op.raw());
        sdk = batch(op.sdk());
      }
      results.pair("latency", op.id(), i, sdk.p50Micros(), raw.p50Micros());
      results.pair("alloc", op.id(), i, sdk.bytesPerCall() / 1024, raw.bytesPerCall() / 1024);
    }
  }

  private Batch batch(Runnable call) {
    int n = settings.batch();
    long[] nanos = new long[n];
    AllocationMeter.Snapshot before = meter.snapshot();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    AllocationMeter.Snapshot after = meter.snapshot();
    Arrays.sort(nanos);
    double p50 = n % 2 == 1 ? nanos[n / 2] : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
    return new Batch(p50 / 1e3, AllocationMeter.between(before, after) / (double) n);
  }
}
