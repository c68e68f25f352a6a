package io.github.mistral4j.benchmarks.paired;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput windows, SDK and raw in turn, with a fixed number of callers sharing each side's
 * client: calls per second, and the process CPU time per call. Optionally, for the operations the
 * SDK sends with {@code Expect: 100-continue}, the raw baseline on the SDK's wire takes a window of
 * each pair too, the order going round as in {@link Orders}.
 */
final class ThroughputPairs implements AutoCloseable {
  private static final List<Side> SIDES = List.of(Side.SDK, Side.RAW);
  private static final List<Side> WITH_WIRE = List.of(Side.SDK, Side.RAW, Side.RAW_SAME_WIRE);

  private final Settings settings;
  private final CallerPool pool;
  private final int callers;
  private final boolean sameWire;
  private long failures;

  /**
   * The pairs of one number of callers.
   *
   * @param settings how many pairs and how long a window
   * @param callers the callers sharing a side's client
   * @param sameWire whether the raw baseline on the SDK's wire joins the pairs of the operations
   *     sent with {@code Expect: 100-continue}
   */
  ThroughputPairs(Settings settings, int callers, boolean sameWire) {
    this.settings = settings;
    this.callers = callers;
    this.sameWire = sameWire;
    this.pool = new CallerPool(callers, "caller" + callers);
  }

  /** One window per side, not recorded: the code paths of many concurrent callers get compiled. */
  void warm(Operation op) {
    for (Side side : sides(op)) {
      window(op.call(side));
    }
  }

  /**
   * Measures the pairs: {@code tputN} (calls/s) and {@code cpuN} (process CPU us per call), SDK
   * against raw; with the SDK's wire, {@code tputN_samewire}, SDK against raw on the SDK's wire.
   */
  void measure(Operation op, Results results) {
    Orders orders = new Orders(sides(op));
    for (int i = 0; i < settings.throughputPairs(); i++) {
      Map<Side, CallerPool.Window> w = new EnumMap<>(Side.class);
      for (Side side : orders.of(i)) {
        w.put(side, window(op.call(side)));
      }
      CallerPool.Window sdk = w.get(Side.SDK);
      CallerPool.Window raw = w.get(Side.RAW);
      results.pair("tput" + callers, op.id(), i, sdk.perSecond(), raw.perSecond());
      results.pair("cpu" + callers, op.id(), i, sdk.cpuMicrosPerCall(), raw.cpuMicrosPerCall());
      if (sdk.failures() + raw.failures() > 0) {
        results.pair("failures" + callers, op.id(), i, sdk.failures(), raw.failures());
      }
      CallerPool.Window wire = w.get(Side.RAW_SAME_WIRE);
      if (wire != null) {
        results.pair("tput" + callers + "_samewire", op.id(), i, sdk.perSecond(), wire.perSecond());
        if (wire.failures() > 0) {
          results.pair("failures" + callers + "_samewire", op.id(), i, sdk.failures(), wire.failures());
        }
      }
    }
  }

  private List<Side> sides(Operation op) {
    return sameWire && op.sentWithExpect() ? WITH_WIRE : SIDES;
  }

  private CallerPool.Window window(Runnable call) {
    CallerPool.Window w = pool.run(call, settings.windowMillis() * 1_000_000);
    failures += w.failures();
    return w;
  }

  /** {@return the calls that threw, over all windows} */
  long failures() {
    return failures;
  }

  /** {@return the first failure, for the log} */
  @org.jspecify.annotations.Nullable Throwable firstFailure() {
    return pool.firstFailure();
  }

  @Override
  public void close() {
    pool.close();
  }
}
