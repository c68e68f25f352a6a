package io.github.mistral4j.connectors;

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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async client sends asynchronously, with the sync client's rules. */
class AsyncCallsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void create_isNotReplayedAfterA500_andCallTool_neither() {
    wm.stubFor(post(urlPathEqualTo("/v1/connectors")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(aResponse().withStatus(503)));
    try (ConnectorsAsyncClient async = ConnectorsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      CreateConnectorRequest request =
          CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com").build();
      assertThatThrownBy(() -> async.create(request).join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InternalServerException.class);
      assertThatThrownBy(() -> async.tools().call("weather", "forecast", Map.of("city", "Paris")).join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InternalServerException.class);
    }
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors")));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
  }

  @Test
  void get_isRetried_andRunsOnTheAsyncThreads() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).willReturn(aResponse().withStatus(502)));
    try (ConnectorsAsyncClient async = ConnectorsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      CompletableFuture<String> thread =
          async.get("weather").handle((c, e) -> Thread.currentThread().getName());
      assertThat(thread.join()).startsWith("mistral4j-async-");
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/connectors/weather")));
  }

  @Test
  void invalidArguments_failTheFuture_withoutSending() {
    try (ConnectorsAsyncClient async = ConnectorsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      CompletableFuture<?> future = async.get("../admin");
      assertThat(future).isCompletedExceptionally();
      assertThatThrownBy(future::join).hasCauseInstanceOf(IllegalArgumentException.class);
      assertThat(async.list(null)).isCompletedExceptionally();
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void perCallTimeout_boundsTheAsyncExchange() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).willReturn(okJson("{}").withFixedDelay(5_000)));
    try (ConnectorsAsyncClient async = ConnectorsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build();
      assertThatThrownBy(() -> async.get("weather", GetConnectorParams.none(), fast).join())
          .cause().isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue());
    }
  }

  @Test
  void closing_failsPendingCalls_withTheClosedError() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).willReturn(okJson("{}").withFixedDelay(10_000)));
    ConnectorsAsyncClient async = ConnectorsAsyncClient.create(Fixtures.options(wm.baseUrl()));
    CompletableFuture<?> pending = async.get("weather");
    async.close();
    assertThatThrownBy(pending::join).hasCauseExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> async.get("weather").join()).hasCauseExactlyInstanceOf(MistralException.class);
  }
}
