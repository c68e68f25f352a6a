package io.github.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.MistralIoException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Servers and load balancers close keep-alive connections (announced, silently after a few
 * requests, after a short idle time): 32 concurrent callers of a non-idempotent tool call never fail
 * on a request the server never read, and no call runs twice. A failure after the server read the
 * request (the client cannot tell it from one the server never read) must not be replayed and
 * surfaces as {@link MistralIoException}.
 *
 * <p>{@code -Dchurn.calls=N} sets the calls per mode (default 2500: 10,000 calls over the four modes); {@code -Dchurn.raw=true} also
 * runs the same load with a bare JDK client, for comparison.
 */
class ConnectionChurnTest {
  private static final int CALLERS = 32;
  private static final int CALLS = Integer.getInteger("churn.calls", 2500);
  private static final Duration BOUND = Duration.ofSeconds(Integer.getInteger("churn.boundSeconds", 45));

  /** One failed call: its id, the failure, and how often the server executed it. */
  record Failure(String callId, Throwable error, int executions) {
    String chain() {
      StringBuilder b = new StringBuilder();
      for (Throwable t = error; t != null; t = t.getCause()) {
        b.append(b.length() == 0 ? "" : " <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
      }
      return b.toString();
    }
  }

  /** What a run saw. */
  record Outcome(String label, int calls, List<Failure> failures, List<String> executedTwice, long millis) {
    List<Failure> neverRead() {
      return failures.stream().filter(f -> f.executions() == 0).toList();
    }

    List<Failure> readButFailed() {
      return failures.stream().filter(f -> f.executions() > 0).toList();
    }

    String summary() {
      return String.format(
          "%s: %d calls in %d ms, %d failures (%d never read, %d read by the server), %d executed twice%n%s",
          label, calls, millis, failures.size(), neverRead().size(), readButFailed().size(), executedTwice.size(),
          failures.stream()
              .map(f -> "  [" + (f.executions() == 0 ? "never read" : "read x" + f.executions()) + "] " + f.chain())
              .collect(Collectors.joining("\n")));
    }
  }

  interface Caller {
    void call(String callId) throws Exception;
  }

  @ParameterizedTest
  @EnumSource(ChurnServer.Mode.class)
  void toolCalls_underConnectionChurn_neverFailUnread_andNeverRunTwice(ChurnServer.Mode mode) throws Exception {
    AtomicInteger replays = new AtomicInteger();
    try (ChurnServer server = new ChurnServer(mode);
        ConnectorsClient client =
            ConnectorsClient.create(Fixtures.options(server.baseUrl(), d -> replays.incrementAndGet()).build())) {
      Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("sdk " + mode, server, callId -> {
        ConnectorToolCallResponse r = client.tools().call("weather", "lookup", Map.of("callId", callId));
        assertThat(r.content()).isNotEmpty();
      }));
      System.out.println(outcome.summary() + "\n  replayed attempts: " + replays.get());

      assertThat(outcome.executedTwice()).as("calls the server executed more than once").isEmpty();
      assertThat(outcome.neverRead()).as("failures of requests the server never read").isEmpty();
      for (Failure f : outcome.readButFailed()) {
        assertThat(f.error()).as("a failure after the server read the request").isInstanceOf(MistralIoException.class);
      }
    }
  }

  /** For comparison only: the bare JDK client under the same load (enable with -Dchurn.raw=true). */
  @ParameterizedTest
  @EnumSource(ChurnServer.Mode.class)
  void rawJdkClient_underConnectionChurn(ChurnServer.Mode mode) throws Exception {
    assumeTrue(Boolean.getBoolean("churn.raw"), "comparison run, enable with -Dchurn.raw=true");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (ChurnServer server = new ChurnServer(mode)) {
      URI uri = URI.create(server.baseUrl() + "/v1/connectors/weather/tools/lookup/call");
      Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("raw " + mode, server, callId -> {
        HttpRequest request = HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"arguments\":{\"callId\":\"" + callId + "\"}}"))
            .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
      }));
      System.out.println(outcome.summary());
    }
  }

  private static Outcome run(String label, ChurnServer server, Caller caller) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Queue<Map.Entry<String, Throwable>> failed = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(CALLERS);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CALLERS; c++) {
      Thread t = new Thread(() -> {
        try {
          for (int i; (i = next.getAndIncrement()) < CALLS; ) {
            String callId = "call-" + i;
            try {
              caller.call(callId);
            } catch (Exception | AssertionError e) {
              failed.add(Map.entry(callId, e));
            }
          }
        } finally {
          done.countDown();
        }
      }, "churn-caller-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    done.await();
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<Failure> failures = new ArrayList<>();
    for (Map.Entry<String, Throwable> f : failed) {
      failures.add(new Failure(f.getKey(), f.getValue(), server.executions(f.getKey())));
    }
    List<String> twice = server.executed().entrySet().stream()
        .filter(e -> e.getValue().get() > 1)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
    return new Outcome(label, CALLS, failures, twice, millis);
  }
}
