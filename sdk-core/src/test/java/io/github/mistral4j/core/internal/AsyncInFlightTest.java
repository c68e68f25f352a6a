package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RequestOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A thousand async calls wait for a slow server at once: the SDK holds no thread per call. The
 * server keeps every request until the test releases it, on one thread of its own.
 */
class AsyncInFlightTest {
  private static final int CALLS = 1000;
  private static final int MOST_THREADS = 8;
  // guards against a hang only; not a performance assertion
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  /** A server that answers nothing until released: one dispatcher thread, exchanges held open. */
  private static final class HoldingServer implements AutoCloseable {
    final HttpServer server;
    final ConcurrentLinkedQueue<HttpExchange> held = new ConcurrentLinkedQueue<>();
    final Semaphore arrived = new Semaphore(0);

    HoldingServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), CALLS * 2);
      java.util.concurrent.ThreadPoolExecutor one =
          (java.util.concurrent.ThreadPoolExecutor) Executors.newFixedThreadPool(1, r -> new Thread(r, "holding-server"));
      one.prestartAllCoreThreads(); // before the test counts threads
      server.setExecutor(one);
      server.createContext("/", exchange -> {
        exchange.getRequestBody().readAllBytes();
        held.add(exchange);
        arrived.release();
      });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void releaseAll() throws IOException {
      HttpExchange exchange;
      while ((exchange = held.poll()) != null) {
        String id = exchange.getRequestURI().getPath().substring("/v1/things/".length());
        byte[] body = ("{\"id\":\"" + id + "\",\"name\":\"held\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }

    @Override
    public void close() {
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  @Test
  void thousandCallsInFlight_holdAHandfulOfThreads_thenAllComplete() throws Exception {
    try (HoldingServer server = new HoldingServer()) {
      Set<Thread> before = Thread.getAllStackTraces().keySet();
      ClientOptions options =
          ClientOptions.builder()
              .apiKey(TransportFixture.API_KEY)
              .baseUrl(server.baseUrl())
              .requestTimeout(Duration.ofMinutes(5))
              .build();
      try (MistralTransport transport = MistralTransport.create(options)) {
        TestApi api = transport.api(TestApi.class);
        List<CompletableFuture<TestApi.Thing>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          String id = "t" + i;
          calls.add(transport.callAsync(RequestOptions.none(), () -> api.get(id, null)));
        }
        assertTimeoutPreemptively(HANG_GUARD, () -> server.arrived.acquire(CALLS));

        // threads of other tests' clients may linger (a JDK 17 client's selector ends only when
        // collected): count the threads started since this client was built
        Set<Thread> now = Thread.getAllStackTraces().keySet();
        List<String> started =
            now.stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted().collect(Collectors.toList());
        List<String> sdkThreads = started.stream().filter(AsyncInFlightTest::ownedBySdk).collect(Collectors.toList());
        System.out.printf(
            "%d calls in flight: %d SDK threads %s; %d threads started since the client was built %s%n",
            CALLS, sdkThreads.size(), sdkThreads, started.size(), started);
        assertThat(calls).noneMatch(CompletableFuture::isDone);
        assertThat(sdkThreads).hasSizeLessThanOrEqualTo(MOST_THREADS);
        assertThat(started).hasSizeLessThanOrEqualTo(MOST_THREADS);

        server.releaseAll();
        CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
        assertTimeoutPreemptively(HANG_GUARD, () -> all.join());
        for (int i = 0; i < CALLS; i++) {
          assertThat(calls.get(i).join().id()).isEqualTo("t" + i);
        }
      }
    }
  }

  /** Threads the SDK or its JDK client own: its pools, its scheduler, the client's selector. */
  static List<String> sdkThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(AsyncInFlightTest::ownedBySdk)
        .sorted()
        .collect(Collectors.toList());
  }

  private static boolean ownedBySdk(String name) {
    return name.startsWith("mistral4j-") || (name.startsWith("HttpClient-") && name.endsWith("SelectorManager"));
  }
}
