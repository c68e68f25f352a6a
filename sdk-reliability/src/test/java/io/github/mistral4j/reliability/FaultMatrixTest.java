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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation under every fault, over HTTP/1.1 and over HTTP/2 (h2c, which the SDK's own JDK
 * client negotiates when the server offers it, as it does h2 over TLS; the slow faults, which cost
 * real time, run over HTTP/2 for one operation of each kind): each call ends in success or the right
 * typed exception, with exactly the attempts the retry policy promises (checked against the requests
 * the server saw), and never hangs (each case runs under a preemptive bound).
 */
class FaultMatrixTest {
  /** A call that has not ended by then is hanging: far above any expected duration. */
  private static final Duration HANG_BOUND = Duration.ofSeconds(20);

  private static final RequestLog http1Log = new RequestLog();
  private static final RequestLog h2cLog = new RequestLog();

  @RegisterExtension
  static WireMockExtension http1 =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().http2PlainDisabled(true).containerThreads(64).extensions(http1Log))
          .build();

  @RegisterExtension
  static WireMockExtension h2c =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(64).extensions(h2cLog))
          .build();

  private static final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
  private static Clients http1Clients;
  private static Clients h2cClients;

  /** The protocol a case runs over. */
  enum Protocol {
    HTTP_1_1,
    H2C;

    WireMockExtension server() {
      return this == HTTP_1_1 ? http1 : h2c;
    }

    RequestLog log() {
      return this == HTTP_1_1 ? http1Log : h2cLog;
    }

    Clients clients() {
      return this == HTTP_1_1 ? http1Clients : h2cClients;
    }
  }

  @BeforeAll
  static void createClients() {
    http1Clients = Clients.of(Fixtures.options(http1.baseUrl(), sleeper).build());
    h2cClients = Clients.of(Fixtures.options(h2c.baseUrl(), sleeper).build());
  }

  @AfterAll
  static void closeClients() {
    http1Clients.close();
    h2cClients.close();
  }

  @BeforeEach
  void forget() {
    sleeper.clear();
    http1Log.clear();
    h2cLog.clear();
  }

  /** Faults not in the enabled matrix of a protocol: each has its own (disabled) test below. */
  private static final Set<Fault> HTTP1_ELSEWHERE = EnumSet.of(Fault.SLOW_BODY);
  private static final Set<Fault> H2C_ELSEWHERE = EnumSet.of(Fault.SLOW_BODY, Fault.TRUNCATED_BODY);

  static Stream<Arguments> cases() {
    Stream<Arguments> h1 = Arrays.stream(Fault.values())
        .filter(f -> !HTTP1_ELSEWHERE.contains(f))
        .flatMap(f -> Operations.all().stream()
            .filter(op -> !replayedByTheJdk(op, f, Protocol.HTTP_1_1))
            .map(op -> Arguments.of(op, f, Protocol.HTTP_1_1)));
    Stream<Arguments> h2 = Arrays.stream(Fault.values())
        .filter(f -> !H2C_ELSEWHERE.contains(f))
        .flatMap(f -> (f.slow() ? Operations.representatives() : Operations.all()).stream()
            .map(op -> Arguments.of(op, f, Protocol.H2C)));
    return Stream.concat(h1, h2);
  }

  /**
   * The JDK client itself sends a GET a second time when an HTTP/1.1 connection closes before any
   * response (MultiExchange, ConnectionExpiredException, once per exchange, GET and HEAD only).
   */
  static boolean replayedByTheJdk(Operation op, Fault fault, Protocol protocol) {
    return protocol == Protocol.HTTP_1_1
        && op.method().equals("GET")
        && (fault == Fault.CONNECTION_RESET || fault == Fault.EMPTY_RESPONSE);
  }

  static Stream<Arguments> replayedByTheJdk() {
    return Stream.of(Fault.CONNECTION_RESET, Fault.EMPTY_RESPONSE)
        .flatMap(f -> Operations.all().stream()
            .filter(op -> replayedByTheJdk(op, f, Protocol.HTTP_1_1))
            .map(op -> Arguments.of(op, f)));
  }

  static Stream<Arguments> slowBodyCases() {
    return Stream.concat(
        Operations.all().stream().map(op -> Arguments.of(op, Protocol.HTTP_1_1)),
        Operations.representatives().stream().map(op -> Arguments.of(op, Protocol.H2C)));
  }

  static Stream<Operation> operations() {
    return Operations.all().stream();
  }

  @ParameterizedTest(name = "{0} under {1} over {2}")
  @MethodSource("cases")
  void operation_endsAsTheRetryPolicyPromises(Operation op, Fault fault, Protocol protocol) {
    Fault.Expected expected = fault.expected(op);
    Outcome outcome = call(op, fault, protocol, fault.slow() ? shortTimeout() : RequestOptions.none());
    assertEnd(outcome, expected);
    assertAttempts(outcome, expected.attempts());
  }

  @ParameterizedTest(name = "{0} under {1} over HTTP_1_1")
  @MethodSource("replayedByTheJdk")
  void getOverHttp1UnderAbruptClose_endsInAnIoFailureAfterThePolicysRetries(Operation op, Fault fault) {
    Fault.Expected expected = fault.expected(op);
    Outcome outcome = call(op, fault, Protocol.HTTP_1_1, RequestOptions.none());
    assertEnd(outcome, expected);
    // the SDK's own attempts, counted by its waits; the server's count is in the disabled test below
    assertThat(sleeper.sleeps()).as("waits between the SDK's attempts").hasSize(expected.attempts() - 1);
  }

  @Disabled(
      "BUG: a GET over HTTP/1.1 whose connection is reset or closed before any response reaches the server "
          + "twice per SDK attempt (6 requests instead of the promised 3; 2 with maxRetries(0)): the JDK HttpClient "
          + "replays GET and HEAD once on its own (MultiExchange: ConnectionExpiredException, 'retriedOnce'), "
          + "behind RetryingClient, and no HttpClient option turns that off. RetryPolicy's contract (maxRetries "
          + "retries, 0 disables) does not hold for these calls; at least document it, or count the JDK's replay")
  @ParameterizedTest(name = "{0} under {1} over HTTP_1_1")
  @MethodSource("replayedByTheJdk")
  void getOverHttp1UnderAbruptClose_reachesTheServerAsOftenAsThePolicyPromises(Operation op, Fault fault) {
    Fault.Expected expected = fault.expected(op);
    assertAttempts(call(op, fault, Protocol.HTTP_1_1, RequestOptions.none()), expected.attempts());
    http1.resetAll();
    http1Log.clear();
    sleeper.clear();
    assertAttempts(call(op, fault, Protocol.HTTP_1_1, RequestOptions.builder().maxRetries(0).build()), 1);
  }

  @Disabled(
      "Needs the core change bounding the whole exchange, body included, by the request timeout "
          + "(\"core: deadline\" on main): today the response body is read with no deadline, so a stalled "
          + "body holds the call until the server finishes, or forever")
  @ParameterizedTest(name = "{0} under SLOW_BODY over {1}")
  @MethodSource("slowBodyCases")
  void slowBody_endsInATimeout(Operation op, Protocol protocol) {
    Fault.Expected expected = Fault.SLOW_BODY.expected(op);
    Outcome outcome = call(op, Fault.SLOW_BODY, protocol, shortTimeout());
    assertEnd(outcome, expected);
    assertAttempts(outcome, expected.attempts());
  }

  @Disabled(
      "BUG: over HTTP/2 a response body shorter than its Content-Length is taken as complete. The JDK "
          + "client ends the body at END_STREAM without checking Content-Length, and RetryingClient.buffered "
          + "does not compare the bytes read with it, so a truncated body surfaces as MistralInvalidDataException "
          + "after 1 attempt (an idempotent call is not retried; a 204 operation even succeeds) instead of a "
          + "MistralIoException retried like the same truncation over HTTP/1.1")
  @ParameterizedTest(name = "{0} under TRUNCATED_BODY over H2C")
  @MethodSource("operations")
  void truncatedBodyOverHttp2_isAnIoFailureRetriedLikeOverHttp1(Operation op) {
    Fault.Expected expected = Fault.TRUNCATED_BODY.expected(op);
    Outcome outcome = call(op, Fault.TRUNCATED_BODY, Protocol.H2C, RequestOptions.none());
    assertEnd(outcome, expected);
    assertAttempts(outcome, expected.attempts());
  }

  private static RequestOptions shortTimeout() {
    return RequestOptions.builder().timeout(Fault.CALL_TIMEOUT).build();
  }

  /** Plays the fault and runs the operation under the hang bound. */
  private static Outcome call(Operation op, Fault fault, Protocol protocol, RequestOptions options) {
    fault.stub(protocol.server(), () -> requestOf(op), op);
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

  /** The server saw exactly {@code attempts} requests of the operation, and the SDK waited between them. */
  private static void assertAttempts(Outcome outcome, int attempts) {
    Protocol protocol = outcome.protocol();
    String sent = outcome.op().method() + " " + outcome.op().path();
    assertThat(protocol.log().requests())
        .as("requests the server had matched when %s returned", outcome.what())
        .hasSize(attempts)
        .allSatisfy(r -> assertThat(r).startsWith(sent));
    assertThat(awaitJournal(protocol.server(), attempts))
        .as("WireMock's request journal for %s", outcome.what())
        .hasSize(attempts)
        .allSatisfy(e -> assertThat(e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl()).startsWith(sent));
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
  private static List<ServeEvent> awaitJournal(WireMockExtension wm, int expected) {
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
