package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.core.ClientOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One round of the paired benchmark in one JVM: cold start (fresh JVMs), a warm-up of every
 * operation, then per operation the latency and allocation pairs and the throughput pairs at 1 and
 * 32 callers, then the bridge. Each pair measures the SDK and the raw baseline one right after the
 * other, the side going first alternating, so that both see the same load; the ratio is taken per
 * pair. The latency pairs also measure the second raw baseline (on an executor like the SDK's) and,
 * for the POSTs, the third (the SDK's wire: {@code Expect: 100-continue}), which also joins the
 * POSTs' throughput pairs at 1 caller. {@code benchmarks/run} runs one JVM per round and prints the table over all rounds.
 *
 * <p>Usage: {@code PairedRound <results file> <round> <full|quick>}, with the server's base URL in
 * {@value Clients#BASE_URL_ENV}.
 */
public final class PairedRound {
  /**
   * Environment variable limiting a round to some operations, e.g. {@code callTool}; cold start and
   * the bridge are then left out.
   */
  static final String OPS_ENV = "BENCH_PAIRED_OPS";

  private PairedRound() {}

  /**
   * Runs the round.
   *
   * @param args results file, round number, {@code full} or {@code quick}
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: PairedRound <results file> <round> <full|quick>");
    }
    Settings settings = switch (args[2]) {
      case "full" -> Settings.full();
      case "quick" -> Settings.quick();
      default -> throw new IllegalArgumentException("mode must be full or quick, not '" + args[2] + "'");
    };
    Clients clients = new Clients();
    clients.setUp(); // also checks that both sides decode equal answers
    List<Operation> ops = selected(Operation.all(clients));
    boolean everything = ops.size() == Operation.all(clients).size();
    try (Results results = new Results(Path.of(args[0]), Integer.parseInt(args[1]));
        ThroughputPairs one = new ThroughputPairs(settings, 1, true);
        ThroughputPairs many = new ThroughputPairs(settings, 32, false)) {
      if (everything) {
        log("cold start", results.load("cold"));
        String baseUrl = Clients.baseUrl();
        new ColdStartPairs(settings, baseUrl, ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).build())
            .measure(results);
      }
      log("warm-up", results.load("warm"));
      LatencyPairs latency = new LatencyPairs(settings);
      for (Operation op : ops) {
        latency.warm(op);
        many.warm(op);
      }
      for (Operation op : ops) {
        log(op.id(), results.load(op.id()));
        latency.measure(op, results);
        one.measure(op, results);
        many.measure(op, results);
      }
      if (everything) {
        log("bridge", results.load("bridge"));
        new BridgeTiming(settings).measure(results);
      }
      results.load("end");
      long failures = one.failures() + many.failures();
      if (failures > 0) {
        System.out.println("   !! " + failures + " calls failed under load, first: " + many.firstFailure());
      }
    } finally {
      clients.tearDown();
    }
  }

  /** The operations named in {@value #OPS_ENV} (comma-separated ids), or all when it is unset. */
  private static List<Operation> selected(List<Operation> all) {
    String names = System.getenv(OPS_ENV);
    if (names == null || names.isBlank()) {
      return all;
    }
    List<Operation> ops = new ArrayList<>();
    for (String name : names.split(",")) {
      ops.add(Operation.named(all, name.trim()));
    }
    return ops;
  }

  private static void log(String phase, double load) {
    System.out.printf(Locale.ROOT, "   %-15s load average %.2f%n", phase, load);
  }
}
