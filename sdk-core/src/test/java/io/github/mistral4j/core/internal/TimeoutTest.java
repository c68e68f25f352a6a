package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimeoutTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  // The preemptive bounds below only guard against a hang; they are not performance assertions.
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  @Test
  void slowResponse_hitsPerCallTimeout_asMistralIoException() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(5_000)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build();
      assertTimeoutPreemptively(HANG_GUARD, () ->
          assertThatThrownBy(() -> f.transport.call(fast, () -> f.api.get("t1", null)))
              .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue())
              .hasMessageContaining("Timed out on GET /v1/things/t1"));
    }
  }

  @Test
  void slowResponse_hitsClientTimeout_andIsRetriedForIdempotentCalls() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(5_000)));
    AtomicInteger attempts = new AtomicInteger();
    feign.Client jdk = new JdkHttpClientAdapter(java.net.http.HttpClient.newHttpClient());
    feign.Client counting = (request, options) -> {
      attempts.incrementAndGet();
      return jdk.execute(request, options);
    };
    try (TransportFixture f = new TransportFixture(
        TransportFixture.options(wm.baseUrl()).requestTimeout(Duration.ofMillis(200)).feignClient(counting))) {
      assertTimeoutPreemptively(HANG_GUARD, () ->
          assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
              .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue()));
      // WireMock journals a delayed request only when it answers, so count the SDK's attempts instead
      assertThat(attempts).hasValue(3);
      assertThat(f.sleeps).hasSize(2);
    }
  }

  @Test
  void bodyStallingMidway_isBoundedByTheRequestTimeout() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(okJson("{\"id\":\"t1\",\"name\":\"" + "x".repeat(2000) + "\"}").withChunkedDribbleDelay(20, 10_000)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();
      assertTimeoutPreemptively(HANG_GUARD, () ->
          assertThatThrownBy(() -> f.transport.call(fast, () -> f.api.get("t1", null)))
              .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue()));
    }
  }

  @Test
  void bodyStallingMidway_timesOutWithoutLeavingTheCallerInterrupted() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(okJson("{\"id\":\"t1\",\"name\":\"" + "x".repeat(2000) + "\"}").withChunkedDribbleDelay(20, 10_000)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        assertThatThrownBy(() -> f.transport.call(fast, () -> f.api.get("t1", null)))
            .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
      });
    }
  }

  @Test
  void slowResponse_withinTimeout_succeeds() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(100)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions patient = RequestOptions.builder().timeout(Duration.ofSeconds(10)).build();
      assertThat(f.transport.call(patient, () -> f.api.get("t1", null)).id()).isEqualTo("t1");
    }
  }
}
