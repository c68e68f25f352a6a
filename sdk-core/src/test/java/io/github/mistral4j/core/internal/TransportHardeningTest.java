package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Request;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures inside the transport reach the caller typed, with no secret, and nothing is sent. */
class TransportHardeningTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void unpairedSurrogateInAQueryValue_isRefusedNamingTheParameter_andNothingIsSent() {
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      for (String bad : new String[] {"a\uD800b", "\uDC00", "end\uD83D"}) {
        assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.search(bad, null)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("search must not contain an unpaired UTF-16 surrogate");
        assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.search("ok", bad)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("cursor must not contain an unpaired UTF-16 surrogate");
      }
      wm.verify(0, anyRequestedFor(anyUrl()));
    }
  }

  @Test
  void pairedSurrogatesInAQueryValue_areSentAsUtf8() {
    wm.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("[]")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.none(), () -> f.api.search("\uD83D\uDE00", null));
      assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo("/v1/things?search=%F0%9F%98%80");
    }
  }

  @Test
  void anEmptyQueryValue_isSentWithItsEqualsSign_andAnUnsetOneIsNotSent() {
    wm.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("[]")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.none(), () -> f.api.search("", null));
      f.transport.call(RequestOptions.none(), () -> f.api.search("", ""));
      f.transport.call(RequestOptions.none(), () -> f.api.search(null, ""));
      f.transport.call(RequestOptions.none(), () -> f.api.search(null, null));
      f.transport.call(RequestOptions.none(), () -> f.api.search("%FF", "=%FF"));
    }
    assertThat(wm.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList())
        .containsExactlyInAnyOrder(
            "/v1/things?search=",
            "/v1/things?search=&cursor=",
            "/v1/things?cursor=",
            "/v1/things",
            "/v1/things?search=%25FF&cursor=%3D%25FF");
  }

  @Test
  void aKeyFromTheSupplierThatHttpCannotCarry_failsTyped_withoutTheKey_andNothingIsSent() {
    String key = "sk-rotated-\u0100-secret";
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).apiKey(() -> key))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralException.class)
          .hasMessageContaining("The API key from the supplier must hold only visible ASCII characters")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("rotated").doesNotContain("secret"));
    }
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRequestTheJdkRefuses_isATypedFailure_thatQuotesNoHeaderValue() {
    JdkHttpClientAdapter adapter = new JdkHttpClientAdapter(java.net.http.HttpClient.newHttpClient());
    Request request =
        Request.create(
            Request.HttpMethod.GET,
            wm.baseUrl() + "/v1/things/t1",
            Map.of("X-Token", List.of("Bearer sk-\u0100-hunter2")),
            null,
            StandardCharsets.UTF_8,
            null);
    assertThatThrownBy(() -> adapter.execute(request, new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false)))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessage("The HTTP client refused to send GET /v1/things/t1 (IllegalArgumentException)")
        .hasNoCause();
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRedirect_isNotFollowed_soTheKeyNeverReachesAnotherOrigin() {
    other.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"t1\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(temporaryRedirect(other.baseUrl() + "/steal")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(MistralServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
    }
    other.verify(0, anyRequestedFor(anyUrl()));
  }
}
