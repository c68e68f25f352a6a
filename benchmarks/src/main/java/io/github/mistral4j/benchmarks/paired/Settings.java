package io.github.mistral4j.benchmarks.paired;

/**
 * How much a round measures.
 *
 * @param warmMillis warm-up per operation (one caller, both sides alternating), before any pair
 * @param latencyPairs pairs of single-caller batches per operation (latency and allocation)
 * @param batch calls per batch
 * @param throughputPairs pairs of windows per operation and number of callers
 * @param windowMillis length of one throughput window
 * @param coldPairs pairs of fresh JVMs (cold start)
 * @param bridgeBatches batches of 50-tool conversions (bridge)
 */
record Settings(
    long warmMillis, int latencyPairs, int batch, int throughputPairs, long windowMillis, int coldPairs, int bridgeBatches) {
  /** The full round: about two minutes on two busy cores. */
  static Settings full() {
    return new Settings(6_000, 30, 40, 12, 400, 6, 30);
  }

  /** The quick round: about 40 seconds. */
  static Settings quick() {
    return new Settings(2_000, 10, 30, 4, 250, 2, 10);
  }
}
