package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.connectors.GetConnectorParams;
import io.github.mistral4j.connectors.ListToolsParams;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many callers sharing one connectors client and one agents client: mixed sync and async calls all
 * succeed with their own results (per-call headers and bodies never cross between threads); after
 * {@code close()}, the SDK's threads end, new async work is refused without reaching the server, and
 * the connections are released.
 */
class ConcurrencyTest {
  private static final int CALLERS = 16;
  private static final int ROUNDS = 100; // two calls per round: 3200 calls
  private static final int KEYS = 8;
  private static final String THREAD_PREFIX = "mistral4j-async-";
  private static final Duration BOUND = Duration.ofSeconds(90);

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().containerThreads(80)).build();

  @BeforeEach
  void stubKeyedAnswers() {
    for (int k = 0; k < KEYS; k++) {
      wm.stubFor(get(urlPathEqualTo("/v1/connectors/conn-" + k))
          .withHeader("X-Request-Tag", equalTo("tag-" + k))
          .willReturn(okJson(withField(Fixtures.CONNECTOR, "name", "conn-" + k))));
      wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_" + k)).willReturn(okJson(withField(Fixtures.AGENT, "id", "ag_" + k))));
      wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/tool-" + k + "/call"))
          .withRequestBody(matchingJsonPath("$.arguments.k", equalTo(String.valueOf(k))))
          .willReturn(okJson("{\"content\":[{\"type\":\"text\",\"text\":\"result-" + k + "\"}]}")));
      wm.stubFor(get(urlPathEqualTo("/v1/connectors/conn-" + k + "/tools")).willReturn(okJson(Fixtures.MCP_TOOLS)));
      wm.stubFor(post(urlPathEqualTo("/v1/agents"))
          .withRequestBody(matchingJsonPath("$.name", equalTo("agent-" + k)))
          .willReturn(okJson(withField(Fixtures.AGENT, "name", "agent-" + k))));
    }
  }

  @Test
  void sharedClients_manyCallers_mixedSyncAndAsync_allSucceedWithTheirOwnResults_andCloseReleasesThreads()
      throws Exception {
    Set<Thread> before = sdkThreads();
    Clients clients = Clients.of(Fixtures.options(wm.baseUrl(), d -> {}).build());
    int expectedTools = Json.mapper().readTree(Fixtures.MCP_TOOLS).size();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger calls = new AtomicInteger();

    assertTimeoutPreemptively(BOUND, () -> runCallers(clients, expectedTools, failures, calls));

    assertThat(failures).as("failed calls (first few)").isEmpty();
    assertThat(calls.get()).isEqualTo(CALLERS * ROUNDS * 2);
    assertThat(wm.findAllUnmatchedRequests()).as("requests no stub matched (crossed headers or bodies)").isEmpty();
    assertThat(wm.getAllServeEvents()).as("every call reached the server once").hasSize(calls.get());
    if (OpenConnections.available()) {
      // two clients, each with its own pool; each pool serves up to one sync and one async call per caller
      assertThat(OpenConnections.to(wm.getPort()))
          .as("pooled connections after %d calls: at most one per request that can be in flight", calls.get())
          .isBetween(1, 4 * CALLERS);
    }
    assertThat(newThreads(before)).as("the SDK's async threads while open").isNotEmpty();

    clients.close();

    Waits.awaitTrue(Duration.ofSeconds(10), () -> newThreads(before).isEmpty());
    assertThat(newThreads(before)).as("%s* threads left after close()", THREAD_PREFIX).isEmpty();

    int seen = wm.getAllServeEvents().size();
    CompletableFuture<?> afterClose = clients.connectors().async().get("conn-1");
    CompletableFuture<?> agentAfterClose = clients.agents().async().get("ag_1");
    for (CompletableFuture<?> f : List.of(afterClose, agentAfterClose)) {
      assertThat(f).failsWithin(Duration.ofSeconds(10))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .havingCause()
          .isExactlyInstanceOf(MistralException.class)
          .withMessageContaining("closed");
    }
    assertThat(wm.getAllServeEvents()).as("requests after close()").hasSize(seen);
  }

  @Test
  void closedClient_onceUnreachable_releasesItsConnections() {
    assumeTrue(OpenConnections.available(), "needs /proc/net/tcp");
    WireMockServer own = startedServer();
    try {
      int port = own.port();
      openSomeConnectionsAndClose(own);

      // The JDK client (not closeable before Java 21) drops its pool when it is garbage-collected.
      Waits.awaitTrue(Duration.ofSeconds(30), () -> {
        System.gc();
        return OpenConnections.to(port) == 0;
      });
      assertThat(OpenConnections.to(port)).as("connections left once the closed client is unreachable").isZero();
    } finally {
      own.stop();
    }
  }

  // Java 17-20 cannot close a JDK HttpClient: its pooled connections live until it is
  // garbage-collected (documented on close()); from Java 21 close() releases them at once.
  @EnabledForJreRange(min = JRE.JAVA_21)
  @Test
  void close_releasesConnectionsAtOnce() {
    assumeTrue(OpenConnections.available(), "needs /proc/net/tcp");
    WireMockServer own = startedServer();
    try {
      Clients clients = Clients.of(Fixtures.options(own.baseUrl(), d -> {}).build());
      parallelGets(clients);
      assertThat(OpenConnections.to(own.port())).as("connections while open").isPositive();

      clients.close();

      Waits.awaitTrue(Duration.ofSeconds(10), () -> OpenConnections.to(own.port()) == 0);
      assertThat(OpenConnections.to(own.port())).as("connections left after close()").isZero();
    } finally {
      own.stop();
    }
  }

  @Test
  void syncCallOnAClosedClient_isRefusedWithoutARequest() {
    Clients clients = Clients.of(Fixtures.options(wm.baseUrl(), d -> {}).build());
    clients.close();

    Throwable thrown = catchAll(() -> clients.connectors().get("conn-1", GetConnectorParams.none(),
        RequestOptions.builder().putHeader("X-Request-Tag", "tag-1").build()));

    assertThat(thrown).isInstanceOf(MistralException.class).hasMessageContaining("closed");
    assertThat(wm.getAllServeEvents()).as("requests sent by a closed client").isEmpty();
  }

  /** A server of its own, so that no other test's connections are counted. */
  private static WireMockServer startedServer() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    for (int k = 0; k < KEYS; k++) {
      server.stubFor(get(urlPathEqualTo("/v1/agents/ag_" + k)).willReturn(okJson(withField(Fixtures.AGENT, "id", "ag_" + k))));
    }
    return server;
  }

  private static void openSomeConnectionsAndClose(WireMockServer server) {
    Clients clients = Clients.of(Fixtures.options(server.baseUrl(), d -> {}).build());
    parallelGets(clients);
    assertThat(OpenConnections.to(server.port())).as("connections while the client is open").isPositive();
    clients.close();
  }

  /** Four concurrent GETs, so that the pool holds several connections. */
  private static void parallelGets(Clients clients) {
    List<CompletableFuture<?>> futures = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      futures.add(clients.agents().async().get("ag_" + k));
    }
    futures.forEach(CompletableFuture::join);
  }

  private static void runCallers(Clients clients, int expectedTools, Queue<Throwable> failures, AtomicInteger calls)
      throws InterruptedException {
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < CALLERS; t++) {
      long seed = t;
      done.add(callers.submit(() -> {
        Random random = new Random(seed);
        start.await();
        for (int round = 0; round < ROUNDS; round++) {
          int a = random.nextInt(KEYS);
          int s = random.nextInt(KEYS);
          try {
            CompletableFuture<Runnable> async = asyncCall(clients, round, a, expectedTools);
            syncCall(clients, round, s);
            calls.incrementAndGet();
            async.join().run();
            calls.incrementAndGet();
          } catch (Throwable e) {
            failures.add(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
          }
        }
        return null;
      }));
    }
    start.countDown();
    callers.shutdown();
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    callers.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Starts an async call; its future yields the check of its result. */
  private static CompletableFuture<Runnable> asyncCall(Clients c, int round, int k, int expectedTools) {
    switch (round % 3) {
      case 0:
        return c.agents().async().get("ag_" + k)
            .thenApply(agent -> () -> assertThat(agent.id()).isEqualTo("ag_" + k));
      case 1:
        return c.connectors().async().tools().list("conn-" + k, ListToolsParams.none())
            .thenApply(page -> () -> assertThat(page.items()).hasSize(expectedTools));
      default:
        return c.connectors().async()
            .get("conn-" + k, GetConnectorParams.none(), RequestOptions.builder().putHeader("X-Request-Tag", "tag-" + k).build())
            .thenApply(connector -> () -> assertThat(connector.name()).isEqualTo("conn-" + k));
    }
  }

  private static void syncCall(Clients c, int round, int k) {
    switch (round % 3) {
      case 0 -> {
        ConnectorToolCallResponse r = c.connectors().tools().call("weather", "tool-" + k, Map.of("k", k));
        assertThat(r.text()).isEqualTo("result-" + k);
      }
      case 1 -> assertThat(c.agents().create(CreateAgentRequest.builder().model("m").name("agent-" + k).build()).name())
          .isEqualTo("agent-" + k);
      default -> assertThat(c.connectors()
              .get("conn-" + k, GetConnectorParams.none(), RequestOptions.builder().putHeader("X-Request-Tag", "tag-" + k).build())
              .name())
          .isEqualTo("conn-" + k);
    }
  }

  private static Set<Thread> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(THREAD_PREFIX))
        .collect(Collectors.toSet());
  }

  private static Set<Thread> newThreads(Set<Thread> before) {
    Set<Thread> now = sdkThreads();
    now.removeAll(before);
    return now;
  }


  private static Throwable catchAll(Runnable call) {
    try {
      call.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  private static String withField(String json, String field, String value) {
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
      node.put(field, value);
      return Json.mapper().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
