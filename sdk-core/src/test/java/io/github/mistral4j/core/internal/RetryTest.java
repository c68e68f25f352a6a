package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import feign.Client;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.RetryPolicy;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String THING = "{\"id\":\"t1\",\"name\":\"one\"}";

  private void failOnceThen(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(THING)));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retryableStatus_succeedsOnNextAttempt(int status) {
    failOnceThen(aResponse().withStatus(status).withBody("{\"message\":\"busy\"}"));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      TestApi.Thing thing = f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(thing.name()).isEqualTo("one");
      wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE", "MALFORMED_RESPONSE_CHUNK"})
  void ioFault_onIdempotentCall_succeedsOnNextAttempt(Fault fault) {
    failOnceThen(aResponse().withFault(fault));
    AtomicInteger attempts = new AtomicInteger();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).feignClient(counting(attempts)))) {
      TestApi.Thing thing = f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(thing.id()).isEqualTo("t1");
      // the SDK retried, or the JDK client resent the request itself on a closed connection
      assertThat(attempts.get()).isBetween(1, 2);
      wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void nonRetryableStatus_failsAtOnce(int status) {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(status).withBody("{}")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralServiceException.class)
          .satisfies(e -> assertThat(((MistralServiceException) e).statusCode()).isEqualTo(status));
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).isEmpty();
    }
  }

  @Test
  void exhaustedRetries_throwLastError_afterExactlyThreeAttempts() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(503).withBody("{\"detail\":\"down\"}")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(InternalServerException.class)
          .hasMessageContaining("503")
          .hasMessageContaining("down");
      wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).hasSize(2);
    }
  }

  /**
   * Counts the SDK's own attempts. On a reused keep-alive connection the JDK client may resend an
   * idempotent request once by itself when the connection turns out to be closed, so the number of
   * requests WireMock sees after an I/O fault can exceed the SDK's attempts.
   */
  private static Client counting(AtomicInteger attempts) {
    Client jdk = new JdkHttpClientAdapter(java.net.http.HttpClient.newHttpClient());
    return (request, options) -> {
      attempts.incrementAndGet();
      return jdk.execute(request, options);
    };
  }

  @Test
  void exhaustedRetries_onIoFault_throwMistralIoException_afterExactlyThreeAttempts() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    AtomicInteger attempts = new AtomicInteger();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).feignClient(counting(attempts)))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("GET /v1/things/t1")
          .hasCauseInstanceOf(java.io.IOException.class);
      assertThat(attempts).hasValue(3);
      assertThat(f.sleeps).hasSize(2);
    }
  }

  @Test
  void perCallMaxRetries_overridesPolicy() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(500)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.builder().maxRetries(4).build(), () -> f.api.get("t1", null)))
          .isInstanceOf(InternalServerException.class);
      wm.verify(5, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      wm.resetRequests();
      assertThatThrownBy(() -> f.transport.call(RequestOptions.builder().maxRetries(0).build(), () -> f.api.get("t1", null)))
          .isInstanceOf(InternalServerException.class);
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
    }
  }

  @Test
  void clientPolicyWithNoRetries_sendsOnce() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(502)));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).retryPolicy(RetryPolicy.none()))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(InternalServerException.class);
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
    }
  }

  @Test
  void nonIdempotent_isNotReplayedAfterServerSawIt() {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(503)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.create(Map.of("name", "x"))))
          .isInstanceOf(InternalServerException.class);
      wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/things")));
    }
  }

  @Test
  void nonIdempotent_isNotReplayedAfterConnectionReset() {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.create(Map.of("name", "x"))))
          .isInstanceOf(MistralIoException.class);
      wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/things")));
    }
  }

  @Test
  void nonIdempotent_isReplayedOn429() {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    wm.stubFor(post(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs("ok").willReturn(okJson(THING)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThat(f.transport.call(RequestOptions.none(), () -> f.api.create(Map.of("name", "x"))).id()).isEqualTo("t1");
      wm.verify(2, postRequestedFor(urlPathEqualTo("/v1/things")));
      assertThat(f.sleeps).containsExactly(Duration.ofSeconds(1));
    }
  }

  @Test
  void nonIdempotent_isReplayedWhenCallOptsIn() {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(post(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs("ok").willReturn(okJson(THING)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions optIn = RequestOptions.builder().retryNonIdempotent(true).build();
      assertThat(f.transport.call(optIn, () -> f.api.create(Map.of("name", "x"))).id()).isEqualTo("t1");
      wm.verify(2, postRequestedFor(urlPathEqualTo("/v1/things")));
    }
  }

  @Test
  void nonIdempotent_isReplayedWhenRequestNeverReachedServer() {
    AtomicInteger attempts = new AtomicInteger();
    Client http = new feign.http2client.Http2Client();
    Client refusingOnce = (request, options) -> {
      if (attempts.incrementAndGet() == 1) {
        throw new ConnectException("Connection refused");
      }
      return http.execute(request, options);
    };
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(okJson(THING)));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).feignClient(refusingOnce))) {
      assertThat(f.transport.call(RequestOptions.none(), () -> f.api.create(Map.of("name", "x"))).id()).isEqualTo("t1");
      assertThat(attempts).hasValue(2);
      wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/things")));
    }
  }

  @Test
  void retryAfterSeconds_isHonoured() {
    failOnceThen(aResponse().withStatus(429).withHeader("Retry-After", "7"));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(f.sleeps).containsExactly(Duration.ofSeconds(7));
    }
  }

  @Test
  void retryAfterHttpDate_isHonouredRelativeToClock() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(12), ZoneOffset.UTC));
    failOnceThen(aResponse().withStatus(503).withHeader("Retry-After", date));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).clock(Clock.fixed(now, ZoneOffset.UTC)))) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(f.sleeps).containsExactly(Duration.ofSeconds(12));
    }
  }

  @Test
  void retryAfterBeyondCap_failsFastWithRetryAfter() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).isEmpty();
    }
  }

  @Test
  void retryAfterCap_isConfigurable() {
    failOnceThen(aResponse().withStatus(429).withHeader("Retry-After", "90"));
    RetryPolicy patient = RetryPolicy.builder().maxRetryAfter(Duration.ofMinutes(2)).build();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).retryPolicy(patient))) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(f.sleeps).containsExactly(Duration.ofSeconds(90));
    }
  }

  @Test
  void backoff_growsExponentiallyWithJitterAndIsCapped() {
    RetryPolicy p = RetryPolicy.defaults();
    for (int retry = 0; retry < 8; retry++) {
      long nominal = Math.min(500L << retry, 8000L);
      for (int i = 0; i < 50; i++) {
        Duration d = p.delayBeforeRetry(retry, null);
        assertThat(d).isNotNull();
        assertThat(d.toMillis()).isBetween(nominal / 2, nominal);
      }
    }
  }

  @Test
  void sleeperInterruption_stopsRetrying() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(503)));
    ClientOptions options = TransportFixture.options(wm.baseUrl()).sleeper(d -> { throw new InterruptedException(); }).build();
    try (MistralTransport t = MistralTransport.create(options)) {
      TestApi api = t.api(TestApi.class);
      assertThatThrownBy(() -> t.call(RequestOptions.none(), () -> api.get("t1", null))).isInstanceOf(MistralIoException.class);
      assertThat(Thread.interrupted()).isTrue();
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
    }
  }
}
