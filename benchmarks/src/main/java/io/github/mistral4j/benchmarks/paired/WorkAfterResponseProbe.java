package io.github.mistral4j.benchmarks.paired;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
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
import org.jspecify.annotations.Nullable;

/**
 * What a few microseconds of work between two calls cost the next one: alternates single-caller
 * batches of the raw {@code call_tool} POST that only send, and batches that also decode each
 * answer into the SDK's model before the next send, and prints the median latency of the send
 * alone in both, and of the decoding. On a small machine the JDK client's threads park as soon as
 * the caller stops sending, so a send that follows work waits for them to wake: its latency grows
 * by more than the work took, which is how a few microseconds of the SDK's own CPU per call show
 * up as a larger latency ratio at one caller.
 *
 * <p>Usage, with a server running (see README.md): {@code PairedRound}'s environment variable
 * {@value Clients#BASE_URL_ENV}, then {@code java -cp benchmarks.jar
 * io.github.mistral4j.benchmarks.paired.WorkAfterResponseProbe [pairs] [batch]}.
 */
public final class WorkAfterResponseProbe {
  private WorkAfterResponseProbe() {}

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
    ObjectReader reader = Json.mapper().readerFor(ConnectorToolCallResponse.class);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() - warmUntil < 0) {
      batch(http, uri, body, null, batch);
      batch(http, uri, body, reader, batch);
    }
    List<Double> sendOnly = new ArrayList<>();
    List<Double> sendAfterWork = new ArrayList<>();
    List<Double> work = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      boolean workFirst = i % 2 == 0;
      double[] first = batch(http, uri, body, workFirst ? reader : null, batch);
      double[] second = batch(http, uri, body, workFirst ? null : reader, batch);
      double[] withWork = workFirst ? first : second;
      sendOnly.add((workFirst ? second : first)[0]);
      sendAfterWork.add(withWork[0]);
      work.add(withWork[1]);
    }
    System.out.printf(Locale.ROOT,
        "POST call_tool, median latency of the send: %.0f us when sends follow each other, %.0f us when each"
            + " follows decoding the previous answer (median %.1f us; %.1f us for the same answer decoded in a loop);"
            + " %d pairs of %d calls, load average %.2f%n",
        median(sendOnly), median(sendAfterWork), median(work), decodeInLoop(http, uri, body, reader, batch), pairs,
        batch, Results.loadAverage());
  }

  /** The median send latency of a batch and the median decoding time (0 without a reader), in us. */
  private static double[] batch(HttpClient http, URI uri, byte[] body, @Nullable ObjectReader reader, int n) throws Exception {
    long[] send = new long[n];
    long[] decode = new long[n];
    for (int i = 0; i < n; i++) {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long sent = System.nanoTime();
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      if (reader != null) {
        reader.readValue(response.body());
      }
      send[i] = sent - start;
      decode[i] = System.nanoTime() - sent;
    }
    Arrays.sort(send);
    Arrays.sort(decode);
    return new double[] {send[n / 2] / 1e3, reader == null ? 0 : decode[n / 2] / 1e3};
  }

  /** The median time of decoding one answer over and over, without a network in between, in us. */
  private static double decodeInLoop(HttpClient http, URI uri, byte[] body, ObjectReader reader, int n)
      throws Exception {
    byte[] answer = http.send(
            HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
    long[] nanos = new long[n * 10];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      reader.readValue(answer);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[nanos.length / 2] / 1e3;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
