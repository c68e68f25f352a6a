package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.SdkVersion;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestHeadersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void everyRequest_carriesBearerKeyUserAgentAcceptAndDefaultHeaders() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).putDefaultHeader("X-Team", "core"))) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", 3));
    }
    wm.verify(getRequestedFor(urlEqualTo("/v1/things/t1?page=3"))
        .withHeader("Authorization", equalTo("Bearer " + TransportFixture.API_KEY))
        .withHeader("User-Agent", matching("mistral4j/" + java.util.regex.Pattern.quote(SdkVersion.version()) + " \\(Java \\d+\\)"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("X-Team", equalTo("core")));
  }

  @Test
  void nullQueryParameters_areLeftOut() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
    }
    wm.verify(getRequestedFor(urlEqualTo("/v1/things/t1")).withQueryParam("page", absent()));
  }

  @Test
  void perCallHeadersAndBaseUrl_overrideTheClient() {
    other.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(okJson("{\"id\":\"t2\"}")));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).putDefaultHeader("X-Team", "core"))) {
      RequestOptions ro = RequestOptions.builder().baseUrl(other.baseUrl()).putHeader("X-Team", "agents").putHeader("Idempotency-Key", "k1").build();
      assertThat(f.transport.call(ro, () -> f.api.create(Map.of("name", "n"))).id()).isEqualTo("t2");
    }
    other.verify(postRequestedFor(urlPathEqualTo("/v1/things"))
        .withHeader("X-Team", equalTo("agents"))
        .withHeader("Idempotency-Key", equalTo("k1"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"n\"}", false, false)));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void headerValuesWithBraces_areSentLiterally() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.builder().putHeader("X-Trace", "{not-a-template}").build(), () -> f.api.get("t1", null));
    }
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/things/t1")).withHeader("X-Trace", equalTo("{not-a-template}")));
  }

  @Test
  void keySupplier_isAskedOnEveryAttempt_soKeysCanRotate() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
    AtomicInteger n = new AtomicInteger();
    ClientOptions.Builder rotating = ClientOptions.builder().baseUrl(wm.baseUrl()).apiKey(() -> "key-" + n.incrementAndGet());
    try (TransportFixture f = new TransportFixture(rotating)) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")).withHeader("Authorization", equalTo("Bearer key-1")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")).withHeader("Authorization", equalTo("Bearer key-2")));
  }

  @Test
  void blankKeyFromSupplier_failsBeforeIo_namingTheVariable() {
    try (TransportFixture f = new TransportFixture(ClientOptions.builder().baseUrl(wm.baseUrl()).apiKey(() -> " "))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(io.github.mistral4j.core.MistralException.class)
          .hasMessageContaining("MISTRAL_API_KEY");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void asyncCall_completesWithResult_orWithTheTypedException() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/t2")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.unauthorized()));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      CompletableFuture<TestApi.Thing> ok = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(ok.join().id()).isEqualTo("t1");
      CompletableFuture<TestApi.Thing> bad = f.transport.supplyAsync(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t2", null)));
      assertThatThrownBy(bad::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AuthenticationException.class);
      assertThat(Thread.currentThread().getName()).doesNotStartWith("mistral4j-async");
    }
  }

  @Test
  void closedTransport_failsAsyncCallsCleanly() {
    TransportFixture f = new TransportFixture(wm.baseUrl());
    f.close();
    assertThatThrownBy(() -> f.transport.supplyAsync(() -> "x").join())
        .hasCauseInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
  }
}
