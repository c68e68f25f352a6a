package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.core.internal.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code Expect: 100-continue} costs a raw {@code call_tool}: the SDK asks for it on
 * non-idempotent requests with a body over HTTP/1.1 (so that a stale keep-alive connection fails
 * before the body leaves), the raw baseline does not. Alternates single-caller batches of the same
 * POST with and without it on one JDK client and prints the median latencies and the median of the
 * per-pair ratios.
 *
 * <p>Usage, with a server running (see README.md): {@code PairedRound}'s environment variable
 * {@value Clients#BASE_URL_ENV}, then {@code java -cp benchmarks.jar
 * io.github.mistral4j.benchmarks.paired.ExpectContinueProbe [pairs] [batch]}.
 */
public final class ExpectContinueProbe {
  private ExpectContinueProbe() {}

  /**
   * Runs the probe.
   *
   * @param args pairs (default 60) and calls per batch (default 200)
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    URI uri = URI.create(Clients.baseUrl() + "/v1/connectors/" + Fixtures.CONNECTOR + "/tools/" + Fixtures.TOOL + "/call");
    byte[] body = Json.mapper().writeValueAsBytes(Map.of("arguments", RequestFixtures.callArguments()));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() - warmUntil < 0) {
      batch(http, uri, body, true, batch);
      batch(http, uri, body, false, batch);
    }
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      boolean expectFirst = i % 2 == 0;
      double first = batch(http, uri, body, expectFirst, batch);
      double second = batch(http, uri, body, !expectFirst, batch);
      double a = expectFirst ? first : second;
      double b = expectFirst ? second : first;
      with.add(a);
      without.add(b);
      ratios.add(a / b);
    }
    System.out.printf(Locale.ROOT,
        "POST call_tool, median latency with Expect: 100-continue %.0f us, without %.0f us;"
            + " ratio per pair: median %.3f, IQR %.3f-%.3f (%d pairs of %d calls, load average %.2f)%n",
        quantile(with, 0.5), quantile(without, 0.5), quantile(ratios, 0.5), quantile(ratios, 0.25),
        quantile(ratios, 0.75), pairs, batch, Results.loadAverage());
  }

  private static double batch(HttpClient http, URI uri, byte[] body, boolean expect, int n) throws Exception {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .expectContinue(expect)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      nanos[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
    }
    Arrays.sort(nanos);
    return nanos[n / 2] / 1e3;
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.round(q * (sorted.size() - 1)));
  }
}
