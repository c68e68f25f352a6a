package io.github.mistral4j.benchmarks.paired;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Single-caller batches of the SDK and of the raw baselines (JDK default executor, an executor like
 * the SDK's, and, for the POSTs the SDK sends with {@code Expect: 100-continue}, the SDK's wire) in
 * turn, the order changing from pair to pair ({@link Orders}): the median latency of each batch and
 * the bytes allocated per call by the whole JVM.
 */
final class LatencyPairs {
  /** The sides every operation has; the warm-up time of {@link Settings} is for this many. */
  private static final int BASE_SIDES = 3;

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

  /**
   * Alternates batches of the operation's sides for the warm-up time, lengthened for a fourth side
   * so that every side gets as many batches as with three.
   */
  void warm(Operation op) {
    List<Side> sides = op.latencySides();
    long until = System.nanoTime() + settings.warmMillis() * 1_000_000 / BASE_SIDES * sides.size();
    while (System.nanoTime() - until < 0) {
      for (Side side : sides) {
        batch(op.call(side));
      }
    }
  }

  /**
   * Measures the pairs and records them: SDK against the raw baseline as {@code latency} (us) and
   * {@code alloc} (KB per call); SDK against the raw baseline on the SDK's executor as {@code
   * latency_sdkexec} and {@code alloc_sdkexec}; that baseline against the default one as {@code
   * latency_rawexec}; for the operations sent with {@code Expect: 100-continue}, SDK against the raw
   * baseline on the SDK's wire as {@code latency_samewire} and {@code alloc_samewire}, and that
   * baseline against the default one as {@code latency_rawwire}.
   */
  void measure(Operation op, Results results) {
    Orders orders = new Orders(op.latencySides());
    for (int i = 0; i < settings.latencyPairs(); i++) {
      Map<Side, Batch> b = new EnumMap<>(Side.class);
      for (Side side : orders.of(i)) {
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
      Batch wire = b.get(Side.RAW_SAME_WIRE);
      if (wire != null) {
        results.pair("latency_samewire", op.id(), i, sdk.p50Micros(), wire.p50Micros());
        results.pair("alloc_samewire", op.id(), i, sdk.bytesPerCall() / 1024, wire.bytesPerCall() / 1024);
        results.pair("latency_rawwire", op.id(), i, wire.p50Micros(), raw.p50Micros());
      }
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
