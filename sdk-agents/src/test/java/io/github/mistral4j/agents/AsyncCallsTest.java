package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.RequestOptions;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async agents client sends asynchronously, with the sync client's rules. */
class AsyncCallsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void create_isNotReplayedAfterA500_unlessOptedIn() {
    wm.stubFor(post(urlPathEqualTo("/v1/agents")).willReturn(aResponse().withStatus(500)));
    CreateAgentRequest request = CreateAgentRequest.builder().model("mistral-medium-latest").name("weather").build();
    try (AgentsAsyncClient async = AgentsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      assertThatThrownBy(() -> async.create(request).join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InternalServerException.class);
      wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/agents")));
      RequestOptions optIn = RequestOptions.builder().retryNonIdempotent(true).build();
      assertThatThrownBy(() -> async.create(request, optIn).join()).hasCauseInstanceOf(InternalServerException.class);
      wm.verify(4, postRequestedFor(urlPathEqualTo("/v1/agents")));
    }
  }

  @Test
  void getDeleteAndAliases_runAsync_andVoidCompletesWithNull() {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 2))));
    wm.stubFor(delete(urlPathEqualTo("/v1/agents/ag_1")).willReturn(aResponse().withStatus(204)));
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1/aliases")).willReturn(okJson("[" + Fixtures.alias("prod", 2) + "]")));
    try (AgentsAsyncClient async = AgentsAsyncClient.create(Fixtures.options(wm.baseUrl()))) {
      assertThat(async.get("ag_1").join().version()).isEqualTo(2);
      assertThat(async.delete("ag_1").join()).isNull();
      assertThat(async.aliases().list("ag_1").join().items()).hasSize(1);
      assertThat(async.get("ag_1", -1)).isCompletedExceptionally();
    }
  }
}
