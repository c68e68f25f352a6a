package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.ClientOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the SDK's latency at one caller goes beyond the raw client's on the same wire: the CPU time
 * of the calling thread per call (user and system, {@link ThreadMXBean}) next to the median
 * latency, for the {@code call_tool} POST sent three ways in shuffled batches: the raw client with
 * {@code Expect: 100-continue} (the SDK's wire); the same with the SDK's transport settings (a JDK
 * client like {@code MistralHttp}'s on the SDK's executor, HTTP/1.1 asked per request, the SDK's
 * body publisher and body handler); and the SDK. The difference between the last two is the SDK's
 * own work on the calling thread. Lives in the core's internal package to reach the transport's
 * classes.
 *
 * <p>Usage, with a server running (see README.md): {@code PairedRound}'s environment variable
 * {@value Clients#BASE_URL_ENV}, then {@code java -cp benchmarks.jar
 * io.github.mistral4j.core.internal.CallerCpuProbe [rounds] [batch]}.
 */
public final class CallerCpuProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CallerCpuProbe() {}

  /** One way of making the call. */
  @FunctionalInterface
  private interface Call {
    Object run() throws Exception;
  }

  /**
   * Runs the probe.
   *
   * @param args rounds (default 30) and calls per batch (default 200)
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    ClientOptions options = ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(Clients.baseUrl()).build();
    URI uri = URI.create(Clients.baseUrl() + "/v1/connectors/" + Fixtures.CONNECTOR + "/tools/" + Fixtures.TOOL + "/call");
    Map<String, Object> arguments = RequestFixtures.callArguments();
    ObjectReader reader = Json.mapper().readerFor(ConnectorToolCallResponse.class);
    ExecutorService executor = SdkPools.handOff(2, SdkPools.daemonThreads("probe-http-", new AtomicInteger()));
    HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpClient sdkLike = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
    try (ConnectorsClient sdk = ConnectorsClient.create(options)) {
      Map<String, Call> sides = new LinkedHashMap<>();
      sides.put("raw, SDK's wire", () -> post(raw, uri, arguments, reader, options, false));
      sides.put("raw, SDK's wire and transport settings", () -> post(sdkLike, uri, arguments, reader, options, true));
      sides.put("SDK", () -> sdk.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, arguments));
      List<String> order = new ArrayList<>(sides.keySet());
      long warmUntil = System.nanoTime() + 15_000_000_000L;
      while (System.nanoTime() - warmUntil < 0) {
        for (String side : order) {
          batch(sides.get(side), 100);
        }
      }
      Map<String, List<double[]>> measured = new LinkedHashMap<>();
      for (int i = 0; i < rounds; i++) {
        Collections.shuffle(order);
        for (String side : order) {
          measured.computeIfAbsent(side, k -> new ArrayList<>()).add(batch(sides.get(side), batch));
        }
      }
      for (String side : sides.keySet()) {
        System.out.printf(Locale.ROOT, "call_tool, %-40s median latency %5.0f us, calling thread's CPU %5.1f us a call%n",
            side, median(measured.get(side), 0), median(measured.get(side), 1));
      }
      System.out.printf(Locale.ROOT, "(%d rounds of %d calls per side, load average %.2f)%n",
          rounds, batch, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      executor.shutdown();
    }
  }

  private static Object post(HttpClient http, URI uri, Map<String, Object> arguments, ObjectReader reader,
      ClientOptions options, boolean sdkTransport) throws Exception {
    byte[] body = Json.mapper().writeValueAsBytes(Map.of("arguments", arguments));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(options.requestTimeout())
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + Clients.API_KEY)
        .header("Content-Type", "application/json")
        .header("User-Agent", options.userAgent())
        .expectContinue(true)
        .POST(sdkTransport ? new UnsentRequests.TrackedBody(body) : HttpRequest.BodyPublishers.ofByteArray(body));
    if (sdkTransport) {
      request.version(HttpClient.Version.HTTP_1_1);
      HttpResponse<Object> response = http.send(request.build(), ResponseBodyHandler.bounded(Long.MAX_VALUE));
      return reader.readValue((byte[]) response.body());
    }
    return reader.readValue(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
  }

  /** The batch's median latency and the calling thread's CPU per call, in us. */
  private static double[] batch(Call call, int n) throws Exception {
    long[] nanos = new long[n];
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / n;
    Arrays.sort(nanos);
    return new double[] {nanos[n / 2] / 1e3, cpu};
  }

  private static double median(List<double[]> values, int index) {
    List<Double> sorted = new ArrayList<>();
    for (double[] v : values) {
      sorted.add(v[index]);
    }
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
