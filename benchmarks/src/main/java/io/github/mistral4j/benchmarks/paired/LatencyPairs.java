package io.github.mistral4j.benchmarks.paired;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Single-caller batches of the SDK and of both raw baselines (JDK default executor, and an executor
 * like the SDK's) in turn, the order changing from pair to pair: the median latency of each batch
 * and the bytes allocated per call by the whole JVM.
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

  /** The six orders of the three sides, one per pair in turn. */
  private static final Side[][] ORDERS = {
    {Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR}, {Side.RAW, Side.RAW_SDK_EXECUTOR, Side.SDK},
    {Side.RAW_SDK_EXECUTOR, Side.SDK, Side.RAW}, {Side.SDK, Side.RAW_SDK_EXECUTOR, Side.RAW},
    {Side.RAW, Side.SDK, Side.RAW_SDK_EXECUTOR}, {Side.RAW_SDK_EXECUTOR, Side.RAW, Side.SDK},
  };

  /** Alternates batches of every side for the warm-up time. */
  void warm(Operation op) {
    long until = System.nanoTime() + settings.warmMillis() * 1_000_000;
    while (System.nanoTime() - until < 0) {
      for (Side side : Side.values()) {
        batch(op.call(side));
      }
    }
  }

  /**
   * Measures the pairs and records them: SDK against the raw baseline as {@code latency} (us) and
   * {@code alloc} (KB per call); SDK against the raw baseline on the SDK's executor as {@code
   * latency_sdkexec} and {@code alloc_sdkexec}; that baseline against the default one as {@code
   * latency_rawexec}.
   */
  void measure(Operation op, Results results) {
    for (int i = 0; i < settings.latencyPairs(); i++) {
      Map<Side, Batch> b = new EnumMap<>(Side.class);
      for (Side side : ORDERS[i % ORDERS.length]) {
        b.put(side, batch(op.call(side)));
      }
      Batch sdk = b.get(Side.SDK);
      Batch raw = b.get(Side.RAW);
      Batch rawx = b.get(Side.RAW_SDK_EXECUTOR);
      results.pair("latency", op.id(), i, sdk.p50Micros(), raw.p50Micros());
      results.pair("alloc", op.id(), i, sdk.bytesPerCall() / 1024, raw.bytesPerCall() / 1024);
      results.pair("latency_sdkexec", op.id(), i, sdk.p50Micros(), rawx.p50Micros());
      results.pair("alloc_sdkexec", op.id(), i, sdk.bytesPerCall() / 1024, rawx.bytesPerCall() / 1024);
      results.pair("latency_rawexec", op.id(), i, rawx.p50Micros(), raw.p50Micros());
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
