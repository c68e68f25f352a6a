package io.github.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.connectors.ConnectorsAsyncClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Load: {@value #CALLERS} callers share one connectors client (its sync API and its async twin)
 * and one agents client, built from the same options, for {@link #CALLS} calls against a local
 * HTTP/1.1 server ({@link LoadServer}). Every call must succeed with its own answer (the server
 * echoes a value unique to the call), every call reaches the server exactly once (no hidden
 * retry), and the whole run is bounded in time. Then the clients are closed: the SDK's threads
 * end, and on Java 21+ the JDK client's threads and every connection to the server go too.
 *
 * <p>{@code -Dmistral4j.load.calls=N} changes the number of calls (default 100,000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadTest {
  private static final int CALLERS = 256;
  /** 100,000 by default: about 40 s on an idle 2-core machine, up to 115 s on a busy one. */
  private static final int CALLS = Integer.getInteger("mistral4j.load.calls", 100_000);
  /** A hang bound, far above the expected minute on a busy 2-core machine. */
  private static final Duration BOUND = Duration.ofSeconds(Math.max(120, CALLS * 300L / 100_000));
  private static final Duration SETTLE = Duration.ofSeconds(15);
  private static final int SERVER_THREADS = 8;
  private static final int FAILURES_KEPT = 20;

  /** The SDK's threads (async executor, deadline watchdog) and the JDK client's. */
  private static final Pattern SDK_THREAD = Pattern.compile("mistral4j-.*");
  private static final Pattern HTTP_THREAD = Pattern.compile("HttpClient-\\d+-(SelectorManager|Worker-\\d+)|mistral4j-http-\\d+");

  private LoadServer server;

  // what the load test saw, for the checks after close()
  private Set<Thread> threadsBefore;
  private boolean closed;

  @BeforeAll
  void startServer() {
    server = LoadServer.start(SERVER_THREADS);
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void manyCallers_mixedSyncAndAsync_onOneClient_allSucceedWithTheirOwnAnswers() throws Exception {
    int socketsBefore = sockets();
    threadsBefore = tracked(t -> true);
    ClientOptions options = Fixtures.options(server.baseUrl(), d -> {}).requestTimeout(Duration.ofSeconds(30)).build();
    ConnectorsClient connectors = ConnectorsClient.create(options);
    AgentsClient agents = AgentsClient.create(options);
    Load load = new Load(connectors, connectors.async(), agents);
    long started = System.nanoTime();
    int socketsOpen = -1;
    try {
      assertTimeoutPreemptively(BOUND, load::run, () -> "hang: " + load.describe());
    } finally {
      long nanos = System.nanoTime() - started;
      socketsOpen = sockets();
      Set<Thread> threadsOpen = newThreads(t -> true);
      System.out.printf("LoadTest on Java %s: %,d calls (%,d sync, %,d async) from %d callers in %.1f s: %,.0f calls/s;"
              + " %s%n",
          Runtime.version(), load.done.sum(), load.sync.sum(), load.async.sum(), CALLERS, nanos / 1e9,
          load.done.sum() / (nanos / 1e9), load.describe());
      System.out.printf("LoadTest: before the clients: %d sockets to the server, %d tracked threads;"
              + " before close(): %d sockets, %d new threads %s%n",
          socketsBefore, threadsBefore.size(), socketsOpen, threadsOpen.size(), countByKind(threadsOpen));

      connectors.close();
      agents.close();
      closed = true;
      boolean java21 = Runtime.version().feature() >= 21;
      // on Java 17-20 the JDK client cannot be closed: only the SDK's own threads are awaited
      Waits.awaitTrue(SETTLE, () -> newThreads(t -> java21 || SDK_THREAD.matcher(t.getName()).matches()).isEmpty()
          && (!java21 || sockets() == 0));
      Set<Thread> threadsAfter = newThreads(t -> true);
      System.out.printf("LoadTest: after close(): %d sockets to the server, new threads left: %d %s%n",
          sockets(), threadsAfter.size(), countByKind(threadsAfter));
    }

    assertThat(load.failures()).as("failed calls (%d in all; the first %d)", load.failed.sum(), FAILURES_KEPT).isEmpty();
    assertThat(load.failed.sum()).as("failed calls").isZero();
    assertThat(load.done.sum()).as("calls that succeeded").isEqualTo(CALLS);
    assertThat(load.maxInFlight.get()).as("calls in flight at once").isBetween(1, CALLERS);
    assertThat(server.rejections()).as("requests the server did not know").isEmpty();
    assertThat(server.requests()).as("requests the server answered: one per call, no retry").isEqualTo(CALLS);
    if (socketsOpen >= 0) {
      // two clients, each with its own pool, each with at most one call per caller in flight
      assertThat(socketsOpen).as("client sockets to the server before close()").isBetween(1, 2 * CALLERS);
    }
  }

  @Test
  @Order(2)
  void afterClose_theSdksOwnThreadsEnd() {
    assumeTrue(closed, "the load test ran");
    assertThat(newThreads(t -> SDK_THREAD.matcher(t.getName()).matches()))
        .as("mistral4j-* threads started by the load and left after close()")
        .isEmpty();
  }

  // Java 17-20 cannot close a JDK HttpClient: its selector thread and pooled connections live
  // until it is garbage-collected (ConcurrencyTest covers that); from Java 21 close() ends them.
  @Test
  @Order(3)
  @EnabledForJreRange(min = JRE.JAVA_21)
  void afterClose_noThreadOrConnectionIsLeft() {
    assumeTrue(closed, "the load test ran");
    assertThat(newThreads(t -> true)).as("threads started by the load and left after close()").isEmpty();
    if (OpenConnections.available()) {
      assertThat(sockets()).as("client sockets to the server left after close()").isZero();
    }
  }

  /** The callers, their shared counters and the first failures. */
  private final class Load {
    private final ConnectorsClient connectors;
    private final ConnectorsAsyncClient connectorsAsync;
    private final AgentsClient agents;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    final LongAdder done = new LongAdder();
    final LongAdder sync = new LongAdder();
    final LongAdder async = new LongAdder();
    final LongAdder failed = new LongAdder();
    private final Map<String, LongAdder> failureKinds = new ConcurrentHashMap<>();
    private final List<String> firstFailures = Collections.synchronizedList(new ArrayList<>());

    Load(ConnectorsClient connectors, ConnectorsAsyncClient connectorsAsync, AgentsClient agents) {
      this.connectors = connectors;
      this.connectorsAsync = connectorsAsync;
      this.agents = agents;
    }

    void run() throws InterruptedException {
      AtomicInteger names = new AtomicInteger();
      ExecutorService callers = Executors.newFixedThreadPool(CALLERS, r -> new Thread(r, "load-caller-" + names.incrementAndGet()));
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> ends = new ArrayList<>();
      try {
        for (int t = 0; t < CALLERS; t++) {
          ends.add(callers.submit(() -> {
            start.await();
            for (int n = next.getAndIncrement(); n < CALLS; n = next.getAndIncrement()) {
              call(n);
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> end : ends) {
          try {
            end.get();
          } catch (ExecutionException e) {
            fail("caller", e.getCause());
          }
        }
      } finally {
        callers.shutdownNow();
        callers.awaitTermination(10, TimeUnit.SECONDS);
      }
    }

    /**
     * Call {@code n}: the operation by {@code n % 10}, sync or async by {@code n / 10 % 2}; each
     * echo carries {@code n}. An async call is joined at once, so a caller has one call in flight.
     */
    private void call(int n) {
      boolean isAsync = (n / 10) % 2 == 1;
      String name = "conn-" + n;
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        switch (n % 10) {
          case 0, 1, 2 -> {
            String got = isAsync ? connectorsAsync.get(name).join().name() : connectors.get(name).name();
            expect(n, got, name);
          }
          case 3, 4 -> {
            var tools = isAsync ? connectorsAsync.tools().list(name).join().items() : connectors.tools().list(name).items();
            expect(n, tools.get(0).name(), name + ".forecast");
            expect(n, tools.size(), 2);
          }
          case 5, 6, 7 -> {
            String tool = "tool-" + (n % 7);
            Map<String, Object> arguments = Map.of("n", String.valueOf(n), "city", "Paris");
            String got = isAsync
                ? connectorsAsync.tools().call(name, tool, arguments).join().text()
                : connectors.tools().call(name, tool, arguments).text();
            expect(n, got, name + "/" + tool + "/" + n);
          }
          case 8 -> {
            String id = "ag_" + n;
            String got = isAsync ? agents.async().get(id).join().id() : agents.get(id).id();
            expect(n, got, id);
          }
          default -> {
            CreateAgentRequest request = CreateAgentRequest.builder().model("mistral-medium-latest").name("agent-" + n).build();
            String got = isAsync ? agents.async().create(request).join().name() : agents.create(request).name();
            expect(n, got, "agent-" + n);
          }
        }
        done.increment();
        (isAsync ? async : sync).increment();
      } catch (Throwable e) {
        fail("call " + n + (isAsync ? " (async)" : " (sync)"), e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private void expect(int n, Object got, Object expected) {
      if (!expected.equals(got)) {
        throw new AssertionError("call " + n + " got " + got + ", not its own answer " + expected);
      }
    }

    private void fail(String what, Throwable e) {
      failed.increment();
      failureKinds.computeIfAbsent(chain(e), k -> new LongAdder()).increment();
      if (firstFailures.size() < FAILURES_KEPT) {
        firstFailures.add(what + ": " + chain(e));
      }
    }

    List<String> failures() {
      synchronized (firstFailures) {
        return List.copyOf(firstFailures);
      }
    }

    String describe() {
      Map<String, Long> kinds = new TreeMap<>();
      failureKinds.forEach((k, v) -> kinds.put(k, v.sum()));
      return String.format("%,d started, %,d succeeded, %,d failed, at most %d in flight, server answered %,d%s",
          Math.min(next.get(), CALLS), done.sum(), failed.sum(), maxInFlight.get(), server.requests(),
          kinds.isEmpty() ? "" : "; failures by cause chain: " + kinds);
    }
  }

  /** "Type: message <- Cause: message <- ..." */
  private static String chain(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (s.length() > 0) {
        s.append(" <- ");
      }
      String m = t.getMessage();
      s.append(t.getClass().getName()).append(m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "..." : m));
    }
    return s.toString();
  }

  /** Client-side sockets to the server not yet closed by the client (-1 without /proc/net/tcp). */
  private int sockets() {
    return OpenConnections.available() ? openClientSockets(server.port()) : -1;
  }

  /**
   * Like {@link OpenConnections#to(int)}, but counts every client-side socket the client still
   * holds: ESTABLISHED, SYN_SENT and CLOSE_WAIT (the server closed, the client did not).
   */
  private static int openClientSockets(int port) {
    String remote = String.format(":%04X", port);
    int count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.isReadable(path)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(path)) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && f[2].endsWith(remote) && Set.of("01", "02", "08").contains(f[3])) {
            count++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return count;
  }

  private static Set<Thread> tracked(Predicate<Thread> also) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> SDK_THREAD.matcher(t.getName()).matches() || HTTP_THREAD.matcher(t.getName()).matches())
        .filter(also)
        .collect(Collectors.toSet());
  }

  private Set<Thread> newThreads(Predicate<Thread> which) {
    Set<Thread> now = tracked(which);
    now.removeAll(threadsBefore);
    return now;
  }

  /** Thread names with their numbers removed, counted: {@code {HttpClient-#-Worker-#=3, ...}}. */
  private static Map<String, Long> countByKind(Set<Thread> threads) {
    return threads.stream().collect(Collectors.groupingBy(t -> t.getName().replaceAll("-\\d+", "-#"), TreeMap::new,
        Collectors.counting()));
  }

}
