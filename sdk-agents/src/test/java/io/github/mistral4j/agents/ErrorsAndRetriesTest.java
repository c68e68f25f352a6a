package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.UnprocessableEntityException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agent create and update are not replayed; reads are; errors map to the SDK's exceptions. */
class ErrorsAndRetriesTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private AgentsClient client;

  @BeforeEach
  void setUp() {
    client = AgentsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void create_isNotRetriedAfterA503() {
    wm.stubFor(post("/v1/agents").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () -> client.create(CreateAgentRequest.builder().model("m").name("n").build()))
        .isInstanceOf(InternalServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/agents")));
  }

  @Test
  void create_isRetriedWhenTheCallOptsIn() {
    wm.stubFor(
        post("/v1/agents")
            .inScenario("c")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        post("/v1/agents")
            .inScenario("c")
            .whenScenarioStateIs("up")
            .willReturn(okJson(Fixtures.agent("ag_1", 0))));

    assertThat(
            client
                .create(
                    CreateAgentRequest.builder().model("m").name("n").build(),
                    RequestOptions.builder().retryNonIdempotent(true).build())
                .id())
        .isEqualTo("ag_1");
    wm.verify(2, postRequestedFor(urlPathEqualTo("/v1/agents")));
  }

  @Test
  void update_isNotRetriedAfterA503() {
    wm.stubFor(patch(urlPathEqualTo("/v1/agents/ag_1")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.update("ag_1", UpdateAgentRequest.builder().name("n").build()))
        .isInstanceOf(InternalServerException.class);
    wm.verify(1, patchRequestedFor(urlPathEqualTo("/v1/agents/ag_1")));
  }

  @Test
  void get_isRetriedAfterA503() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1"))
            .inScenario("g")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1"))
            .inScenario("g")
            .whenScenarioStateIs("up")
            .willReturn(okJson(Fixtures.agent("ag_1", 1))));

    assertThat(client.get("ag_1").id()).isEqualTo("ag_1");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/agents/ag_1")));
  }

  @Test
  void createVersionAlias_isRetried_becauseItIsIdempotent() {
    wm.stubFor(
        put(urlPathEqualTo("/v1/agents/ag_1/aliases"))
            .inScenario("a")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("up"));
    wm.stubFor(
        put(urlPathEqualTo("/v1/agents/ag_1/aliases"))
            .inScenario("a")
            .whenScenarioStateIs("up")
            .willReturn(okJson(Fixtures.alias("prod", 1))));

    assertThat(client.aliases().createOrUpdate("ag_1", "prod", 1).alias()).isEqualTo("prod");
    wm.verify(2, putRequestedFor(urlPathEqualTo("/v1/agents/ag_1/aliases")));
  }

  @Test
  void notFound_isMappedToNotFoundException_syncAndAsync() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/nope"))
            .willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Agent not found\"}")));

    assertThatThrownBy(() -> client.get("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.async().get("nope").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void validationError_exposesTheServersDetails() {
    wm.stubFor(
        post("/v1/agents")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"detail\":[{\"loc\":[\"body\",\"model\"],\"msg\":\"unknown"
                            + " model\",\"type\":\"value_error\"}]}")));

    assertThatThrownBy(
            () -> client.create(CreateAgentRequest.builder().model("nope").name("n").build()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e ->
                assertThat(e.validationErrors())
                    .singleElement()
                    .satisfies(v -> assertThat(v.msg()).isEqualTo("unknown model")));
  }

  @Test
  void responseMissingARequiredField_decodes_andReadingItIsInvalidData() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1"))
            .willReturn(okJson("{\"name\":\"n\",\"model\":\"m\"}")));

    var agent = client.get("ag_1");

    assertThat(agent.name()).isEqualTo("n");
    assertThatThrownBy(agent::id)
        .isInstanceOf(MistralInvalidDataException.class)
        .hasMessageContaining("Agent.id is missing");
    assertThatThrownBy(agent::validate).isInstanceOf(MistralInvalidDataException.class);
  }

  @Test
  void withOptions_givesAnIndependentClient() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 1))));

    try (AgentsClient other = client.withOptions(b -> b.putDefaultHeader("X-Team", "search"))) {
      other.get("ag_1");
      assertThat(other.options().defaultHeaders()).containsEntry("X-Team", "search");
    }
    assertThat(client.options().defaultHeaders()).doesNotContainKey("X-Team");
    wm.verify(
        getRequestedFor(urlPathEqualTo("/v1/agents/ag_1"))
            .withHeader(
                "X-Team", com.github.tomakehurst.wiremock.client.WireMock.equalTo("search")));
  }

  @Test
  void withOptions_sharesTheResources_ofTheClientThatOwnsThem() {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 1))));
    AgentsClient root = AgentsClient.create(Fixtures.options(wm.baseUrl()));
    AgentsClient derived = root.withOptions(b -> b.putDefaultHeader("X-Team", "search"));
    AgentsAsyncClient derivedAsync = root.async().withOptions(b -> b.putDefaultHeader("X-Team", "ops"));
    assertThat(derivedAsync.get("ag_1").join().id()).isEqualTo("ag_1");

    derived.close();

    assertThat(root.get("ag_1").id()).isEqualTo("ag_1");
    assertThat(derivedAsync.get("ag_1").join().id()).isEqualTo("ag_1");

    root.close();

    assertThatThrownBy(() -> derivedAsync.sync().get("ag_1"))
        .isExactlyInstanceOf(io.github.mistral4j.core.MistralException.class)
        .hasMessageContaining("closed");
    assertThat(derivedAsync.get("ag_1"))
        .failsWithin(java.time.Duration.ofSeconds(10))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isExactlyInstanceOf(io.github.mistral4j.core.MistralException.class)
        .withMessageContaining("closed");
  }

  @Test
  void clientsOnASharedMistralHttp_leaveItOpen() {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 1))));
    io.github.mistral4j.core.ClientOptions options = Fixtures.options(wm.baseUrl());
    try (io.github.mistral4j.core.MistralHttp http = io.github.mistral4j.core.MistralHttp.create(options)) {
      AgentsClient first = AgentsClient.create(options, http);
      AgentsAsyncClient second = AgentsAsyncClient.create(options, http);
      first.close();
      assertThat(http.isClosed()).isFalse();
      assertThat(second.get("ag_1").join().id()).isEqualTo("ag_1");
      http.close();
      assertThatThrownBy(() -> second.sync().get("ag_1"))
          .isExactlyInstanceOf(io.github.mistral4j.core.MistralException.class)
          .hasMessageContaining("closed");
    }
  }
}
