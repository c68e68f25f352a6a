package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation, sync and async, over HTTP/1.1 and HTTP/2, refuses an answer longer than the
 * call's {@code maxResponseBytes}: a {@link MistralIoException} naming the limit and how to raise
 * it, after one attempt (a deterministic answer is not retried), for success and error statuses.
 */
class OversizedResponseTest {
  private static final int LIMIT = 2048;
  private static final String BIG = "{\"detail\":\"" + "x".repeat(64 * 1024) + "\"}";
  private static final Duration HANG_BOUND = Duration.ofSeconds(30);

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().dynamicHttpsPort().containerThreads(32)).build();

  private static Clients http1;
  private static Clients http2;

  @BeforeAll
  static void createClients() {
    Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    http1 = Clients.of(Fixtures.options(wm.getRuntimeInfo().getHttpBaseUrl(), sleeper).maxResponseBytes(LIMIT).build());
    http2 = Clients.of(Fixtures.options(wm.getRuntimeInfo().getHttpsBaseUrl(), sleeper)
        .httpClient(Tls.http2Client()).maxResponseBytes(LIMIT).build());
  }

  @AfterAll
  static void closeClients() {
    http1.close();
    http2.close();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
  }

  static Stream<Arguments> cases() {
    return Operations.all().stream().flatMap(op -> Stream.of(
        Arguments.of(op, "HTTP/1.1", 200), Arguments.of(op, "HTTP/2", 200), Arguments.of(op, "HTTP/1.1", 503)));
  }

  @ParameterizedTest(name = "{0} over {1} answering {2}")
  @MethodSource("cases")
  void anAnswerOverTheLimit_isRefused_once(Operation op, String protocol, int status) {
    RequestMethod method = RequestMethod.fromString(op.method());
    wm.stubFor(request(op.method(), urlPathEqualTo(op.path()))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(BIG)));
    Clients clients = protocol.equals("HTTP/2") ? http2 : http1;

    Throwable failure = assertTimeoutPreemptively(HANG_BOUND, () -> {
      try {
        op.call().invoke(clients, RequestOptions.none());
        return null;
      } catch (CompletionException e) {
        return e.getCause();
      } catch (RuntimeException e) {
        return e;
      }
    });

    assertThat(failure).as(op + " over " + protocol)
        .isExactlyInstanceOf(MistralIoException.class)
        .hasMessageContaining("exceeds the limit of 2048 bytes (2 KiB)")
        .hasMessageContaining("maxResponseBytes");
    assertThat(((MistralIoException) failure).isTimeout()).isFalse();
    assertThat(wm.findAll(new RequestPatternBuilder(method, urlPathEqualTo(op.path())))).as("attempts of " + op).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.mistral4j.reliability.FaultMatrixTest#operations")
  void aPerCallLimit_letsTheSameAnswerThrough(Operation op) {
    String body = op.okBody() == null ? "" : op.okBody();
    wm.stubFor(request(op.method(), urlPathEqualTo(op.path()))
        .willReturn(op.okBody() == null ? aResponse().withStatus(204) : WireMock.okJson(body)));
    RequestOptions generous = RequestOptions.builder().maxResponseBytes(1 << 20).build();
    assertTimeoutPreemptively(HANG_BOUND, () -> op.call().invoke(http2, generous));
  }
}
