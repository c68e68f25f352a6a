package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation under every fault, over HTTP/1.1 (what the SDK's own client speaks to an {@code
 * http} URL) and over HTTP/2 (h2 over TLS, as against the real API; the slow faults, which cost real
 * time, run over HTTP/2 for one operation of each kind): each call ends in success or the right typed
 * exception, with exactly the attempts the retry policy promises (checked against the requests the
 * server saw), and never hangs (each case runs under a preemptive bound).
 */
class FaultMatrixTest {
  /** A call that has not ended by then is hanging: far above any expected duration. */
  private static final Duration HANG_BOUND = Duration.ofSeconds(20);

  private static final RequestLog log = new RequestLog();

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort().containerThreads(64).extensions(log))
          .build();

  private static final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
  private static Clients http1Clients;
  private static Clients http2Clients;

  /** The protocol a case runs over. */
  enum Protocol {
    HTTP_1_1,
    HTTP_2;

    Clients clients() {
      return this == HTTP_1_1 ? http1Clients : http2Clients;
    }

    /** How WireMock's journal names the protocol. */
    String wireName() {
      return this == HTTP_1_1 ? "HTTP/1.1" : "HTTP/2.0";
    }
  }

  @BeforeAll
  static void createClients() {
    http1Clients = Clients.of(Fixtures.options(wm.getRuntimeInfo().getHttpBaseUrl(), sleeper).build());
    http2Clients =
        Clients.of(
            Fixtures.options(wm.getRuntimeInfo().getHttpsBaseUrl(), sleeper).httpClient(Tls.http2Client()).build());
  }

  @AfterAll
  static void closeClients() {
    http1Clients.close();
    http2Clients.close();
  }

  @BeforeEach
  void forget() {
    sleeper.clear();
    log.clear();
  }

  static Stream<Arguments> cases() {
    Stream<Arguments> h1 = Arrays.stream(Fault.values())
        .flatMap(f -> Operations.all().stream().map(op -> Arguments.of(op, f, Protocol.HTTP_1_1)));
    Stream<Arguments> h2 = Arrays.stream(Fault.values())
        .filter(f -> f != Fault.TRUNCATED_BODY)
        .flatMap(f -> (f.slow() ? Operations.representatives() : Operations.all()).stream()
            .map(op -> Arguments.of(op, f, Protocol.HTTP_2)));
    return Stream.concat(h1, h2);
  }

  static Stream<Operation> operations() {
    return Operations.all().stream();
  }

  static Stream<Operation> gets() {
    return Operations.all().stream().filter(op -> op.method().equals("GET"));
  }

  @ParameterizedTest(name = "{0} under {1} over {2}")
  @MethodSource("cases")
  void operation_endsAsTheRetryPolicyPromises(Operation op, Fault fault, Protocol protocol) {
    Fault.Expected expected = fault.expected(op);
    Outcome outcome = call(op, fault, protocol, fault.slow() ? shortTimeout() : RequestOptions.none());
    assertEnd(outcome, expected);
    if (fault.slow()) {
      // After a timeout, whether the server got to read the last attempt before the client gave up
      // (or reads a timed-out one after the next case began) is a race on a loaded machine, not a
      // property of the SDK: count the SDK's own attempts, which are exact.
      assertThat(sleeper.sleeps()).as("waits between the attempts of %s", outcome.what()).hasSize(expected.attempts() - 1);
      return;
    }
    assertAttempts(outcome, expected.attempts(), jdkResends(op, fault, protocol));
  }

  /**
   * Documented in the core README: below the SDK, the JDK client sends a GET (or HEAD) a second time
   * when an HTTP/1.1 connection closes before any byte of the response (MultiExchange,
   * ConnectionExpiredException, once per exchange). The server then sees two requests per SDK
   * attempt, even with retries off.
   */
  static boolean jdkResends(Operation op, Fault fault, Protocol protocol) {
    return protocol == Protocol.HTTP_1_1
        && op.method().equals("GET")
        && (fault == Fault.CONNECTION_RESET || fault == Fault.EMPTY_RESPONSE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gets")
  void getOverHttp1WithRetriesOff_isSentOnceBySdkAndOnceMoreByTheJdk(Operation op) {
    Outcome outcome = call(op, Fault.CONNECTION_RESET, Protocol.HTTP_1_1, RequestOptions.builder().maxRetries(0).build());

    assertEnd(outcome, Fault.Expected.ioFailure(1, false));
    assertAttempts(outcome, 1, true);
  }

  @ParameterizedTest(name = "{0} under TRUNCATED_BODY over HTTP_2")
  @MethodSource("operations")
  void truncatedBodyOverHttp2_isAnIoFailureRetriedLikeOverHttp1(Operation op) {
    Fault.Expected expected = Fault.TRUNCATED_BODY.expected(op);
    Outcome outcome = call(op, Fault.TRUNCATED_BODY, Protocol.HTTP_2, RequestOptions.none());
    assertEnd(outcome, expected);
    assertAttempts(outcome, expected.attempts(), false);
  }

  @Test
  void http2Clients_speakHttp2() {
    Operation op = Operations.named("connectors.get");
    Outcome outcome = call(op, Fault.CONNECTION_RESET, Protocol.HTTP_2, RequestOptions.builder().maxRetries(0).build());
    assertEnd(outcome, Fault.Expected.ioFailure(1, false));
    assertThat(awaitJournal(1)).singleElement().satisfies(e -> assertThat(e.getRequest().getProtocol()).isEqualTo("HTTP/2.0"));
  }

  private static RequestOptions shortTimeout() {
    return RequestOptions.builder().timeout(Fault.CALL_TIMEOUT).build();
  }

  /** Plays the fault and runs the operation under the hang bound. */
  private static Outcome call(Operation op, Fault fault, Protocol protocol, RequestOptions options) {
    fault.stub(wm, () -> requestOf(op), op);
    String what = op + " under " + fault + " over " + protocol;
    return assertTimeoutPreemptively(
        HANG_BOUND, () -> Outcome.of(what, op, protocol, options), () -> what + " did not end");
  }

  private static void assertEnd(Outcome outcome, Fault.Expected expected) {
    String what = outcome.what();
    if (expected.failure() == null) {
      assertThat(outcome.failure()).as(what).isNull();
      if (!outcome.op().returnsNothing()) {
        assertThat(outcome.result()).as("result of %s", what).isNotNull();
      }
      return;
    }
    assertThat(outcome.failure()).as("%s should end in %s", what, expected).isExactlyInstanceOf(expected.failure());
    if (expected.timeout() != null) {
      assertThat(((MistralIoException) outcome.failure()).isTimeout())
          .as("isTimeout of %s", outcome.failure())
          .isEqualTo(expected.timeout());
    }
  }

  /**
   * The SDK made {@code attempts} attempts (it waited between them) and the server saw each of them,
   * twice when the JDK resends it.
   */
  private static void assertAttempts(Outcome outcome, int attempts, boolean jdkResends) {
    int requests = jdkResends ? 2 * attempts : attempts;
    String sent = outcome.op().method() + " " + outcome.op().path();
    assertThat(log.requests())
        .as("requests the server had matched when %s returned", outcome.what())
        .hasSize(requests)
        .allSatisfy(r -> assertThat(r).startsWith(sent));
    assertThat(awaitJournal(requests))
        .as("WireMock's request journal for %s", outcome.what())
        .hasSize(requests)
        .allSatisfy(e -> {
          assertThat(e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl()).startsWith(sent);
          assertThat(e.getRequest().getProtocol()).isEqualTo(outcome.protocol().wireName());
        });
    assertThat(sleeper.sleeps()).as("waits between the attempts of %s", outcome.what()).hasSize(attempts - 1);
    if (outcome.what().contains(Fault.RATE_LIMITED_THEN_OK.name())) {
      assertThat(sleeper.sleeps()).as("the wait the server asked for").containsExactly(Duration.ofSeconds(7));
    }
  }

  private static MappingBuilder requestOf(Operation op) {
    return request(op.method(), urlPathEqualTo(op.path()));
  }

  /**
   * WireMock's journal. It records a request once its answer is complete, which for a delayed or
   * broken answer may be after the call returned: wait (bounded) for the expected count.
   */
  private static List<ServeEvent> awaitJournal(int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<ServeEvent> events = wm.getAllServeEvents();
    while (events.size() < expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      events = wm.getAllServeEvents();
    }
    return events;
  }

  /** How a call ended. */
  record Outcome(String what, Operation op, Protocol protocol, @Nullable Object result, @Nullable Throwable failure) {
    static Outcome of(String what, Operation op, Protocol protocol, RequestOptions options) {
      try {
        return new Outcome(what, op, protocol, op.call().invoke(protocol.clients(), options), null);
      } catch (CompletionException e) {
        return new Outcome(what, op, protocol, null, e.getCause() == null ? e : e.getCause());
      } catch (RuntimeException | Error e) {
        return new Outcome(what, op, protocol, null, e);
      }
    }
  }
}
