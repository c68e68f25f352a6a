package io.github.mistral4j.benchmarks.paired;

/**
 * Throughput windows, SDK and raw alternating, with a fixed number of callers sharing each side's
 * client: calls per second, and the process CPU time per call.
 */
final class ThroughputPairs implements AutoCloseable {
  private final Settings settings;
  private final CallerPool pool;
  private final int callers;
  private long failures;

  ThroughputPairs(Settings settings, int callers) {
    this.settings = settings;
    this.callers = callers;
    this.pool = new CallerPool(callers, "caller" + callers);
  }

  /** One window per side, not recorded: the code paths of many concurrent callers get compiled. */
  void warm(Operation op) {
    window(op.sdk());
    window(op.raw());
  }

  /** Measures the pairs: {@code tputN} (calls/s) and {@code cpuN} (process CPU us per call). */
  void measure(Operation op, Results results) {
    for (int i = 0; i < settings.throughputPairs(); i++) {
      CallerPool.Window sdk;
      CallerPool.Window raw;
      if (i % 2 == 0) {
        sdk = window(op.sdk());
        raw = window(op.raw());
      } else {
        raw = window(op.raw());
        sdk = window(op.sdk());
      }
      results.pair("tput" + callers, op.id(), i, sdk.perSecond(), raw.perSecond());
      results.pair("cpu" + callers, op.id(), i, sdk.cpuMicrosPerCall(), raw.cpuMicrosPerCall());
      if (sdk.failures() + raw.failures() > 0) {
        results.pair("failures" + callers, op.id(), i, sdk.failures(), raw.failures());
      }
    }
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
