package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CompletionArgsStop;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.GuardrailConfig;
import io.github.mistral4j.agents.model.ModerationLlmAction;
import io.github.mistral4j.agents.model.ModerationLlmV2Config;
import io.github.mistral4j.agents.model.RequestSource;
import io.github.mistral4j.agents.model.ToolChoice;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per operation: the exact request (method, path, query, headers, JSON body) and the
 * decoded response, through the sync client and the async client (versions and aliases through
 * their sub-services).
 */
class AgentsOperationsTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** How an operation is called. */
  enum Via {
    SYNC,
    ASYNC;

    boolean async() {
      return this == ASYNC;
    }
  }

  private AgentsClient client;

  @BeforeEach
  void setUp() {
    client = AgentsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static <T> T run(Via via, Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    return via.async() ? async.get().join() : sync.get();
  }

  /** What a sync or an async list call returned, in one shape. */
  private record Listed<T>(List<T> items, boolean hasNextPage, Object response) {}

  private static <T> Listed<T> listed(
      Via via, Supplier<Page<T>> sync, Supplier<CompletableFuture<AsyncPage<T>>> async) {
    if (via.async()) {
      AsyncPage<T> page = async.get().join();
      return new Listed<>(page.items(), page.hasNextPage(), page.response());
    }
    Page<T> page = sync.get();
    return new Listed<>(page.items(), page.hasNextPage(), page.response());
  }

  private static RequestPatternBuilder common(RequestPatternBuilder request) {
    return request
        .withHeader("Authorization", equalTo("Bearer test-key"))
        .withHeader("Accept", containing("application/json"))
        .withHeader("User-Agent", matching(".+"));
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void create_postsTheWholeRequestAndDecodesTheAgent(Via via) {
    wm.stubFor(post("/v1/agents").willReturn(okJson(Fixtures.agentFull())));
    CreateAgentRequest request =
        CreateAgentRequest.builder()
            .model("mistral-medium-latest")
            .name("weather")
            .description("Weather agent")
            .instructions("Answer about the weather.")
            .addTool(AgentTool.connector("conn_1", ConnectorAuthorization.apiKey("sk-1")))
            .addTool(AgentTool.function("forecast", "Forecast", Map.of("type", "object")))
            .addTool(AgentTool.documentLibrary("lib_1"))
            .completionArgs(
                CompletionArgs.builder()
                    .stop(CompletionArgsStop.of("END"))
                    .temperature(0.3)
                    .maxTokens(100)
                    .toolChoice(ToolChoice.ANY)
                    .build())
            .addGuardrail(
                GuardrailConfig.builder()
                    .blockOnError(true)
                    .moderationLlmV2(
                        ModerationLlmV2Config.builder().action(ModerationLlmAction.BLOCK).build())
                    .build())
            .handoffs(List.of("ag_other"))
            .putMetadata("team", "search")
            .versionMessage("first")
            .build();

    Agent agent = run(via, () -> client.create(request), () -> client.async().create(request));

    wm.verify(
        common(postRequestedFor(urlEqualTo("/v1/agents")))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"model":"mistral-medium-latest","name":"weather","description":"Weather agent",
                     "instructions":"Answer about the weather.",
                     "tools":[
                       {"type":"connector","connector_id":"conn_1","authorization":{"type":"api-key","value":"sk-1"}},
                       {"type":"function","function":{"name":"forecast","description":"Forecast","parameters":{"type":"object"}}},
                       {"type":"document_library","library_ids":["lib_1"]}],
                     "completion_args":{"stop":"END","temperature":0.3,"max_tokens":100,"tool_choice":"any"},
                     "guardrails":[{"block_on_error":true,"moderation_llm_v2":{"action":"block"}}],
                     "handoffs":["ag_other"],"metadata":{"team":"search"},"version_message":"first"}\
                    """,
                    false,
                    false)));
    assertThat(agent.id()).isEqualTo("ag_0195");
    assertThat(agent.version()).isEqualTo(3);
    assertThat(agent.tools()).hasSize(9);
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void create_withOnlyRequiredFields_sendsOnlyThem(Via via) {
    wm.stubFor(post("/v1/agents").willReturn(okJson(Fixtures.agent("ag_1", 0))));
    CreateAgentRequest request =
        CreateAgentRequest.builder().model("mistral-small-latest").name("weather").build();

    Agent agent = run(via, () -> client.create(request), () -> client.async().create(request));

    wm.verify(
        postRequestedFor(urlEqualTo("/v1/agents"))
            .withRequestBody(
                equalToJson(
                    "{\"model\":\"mistral-small-latest\",\"name\":\"weather\"}", false, false)));
    assertThat(agent.tools()).isEmpty();
    assertThat(agent.description()).isNull();
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  @SuppressWarnings("deprecation")
  void list_sendsEveryFilterInTheQuery_andMetadataAsJson(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .willReturn(okJson("[" + Fixtures.agent("ag_1", 2) + "]")));
    ListAgentsParams params =
        ListAgentsParams.builder()
            .page(1)
            .pageSize(50)
            .deploymentChat(true)
            .addSource(RequestSource.API)
            .addSource(RequestSource.PLAYGROUND)
            .name("weather")
            .search("wea")
            .id("ag_1")
            .putMetadata("team", "search & rescue")
            .putMetadata("tier", 2)
            .build();

    List<Agent> agents = listed(via, () -> client.list(params), () -> client.async().list(params)).items();

    wm.verify(
        common(getRequestedFor(urlPathEqualTo("/v1/agents")))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("50"))
            .withQueryParam("deployment_chat", equalTo("true"))
            .withQueryParam("sources", havingExactly("api", "playground"))
            .withQueryParam("name", equalTo("weather"))
            .withQueryParam("search", equalTo("wea"))
            .withQueryParam("id", equalTo("ag_1"))
            .withQueryParam("metadata", equalToJson("{\"team\":\"search & rescue\",\"tier\":2}")));
    String url = wm.getAllServeEvents().get(0).getRequest().getUrl();
    assertThat(url)
        .contains("metadata=%7B%22team%22%3A%22search%20%26%20rescue%22%2C%22tier%22%3A2%7D");
    assertThat(agents).extracting(Agent::id).containsExactly("ag_1");
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  @SuppressWarnings("deprecation")
  void list_pageNumbered_withoutParams_sendsThePageAndTheDefaultPageSize(Via via) {
    wm.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(okJson("[]")));

    Listed<Agent> agents =
        listed(via, () -> client.list(ListAgentsParams.none()), () -> client.async().list(ListAgentsParams.none()));

    wm.verify(getRequestedFor(urlEqualTo("/v1/agents?page=0&page_size=20")));
    assertThat(agents.items()).isEmpty();
    assertThat(agents.hasNextPage()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void listPage_sendsFiltersAndCursor_andDecodesThePage(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .willReturn(
                okJson(
                    "{\"object\":\"list\",\"data\":["
                        + Fixtures.agent("ag_1", 1)
                        + "],\"next_page_token\":\"t2\"}")));
    ListAgentsPageParams params =
        ListAgentsPageParams.builder()
            .pageSize(10)
            .deploymentChat(false)
            .addSource(RequestSource.AGENT_BUILDER_V1)
            .name("weather")
            .search("w")
            .id("ag_1")
            .metadata(Map.of("team", "search"))
            .pageToken("t1")
            .build();

    Listed<Agent> listed = listed(via, () -> client.list(params), () -> client.async().list(params));
    AgentListPage page = (AgentListPage) listed.response();
    assertThat(listed.items()).isEqualTo(page.data());
    assertThat(listed.hasNextPage()).isTrue();

    wm.verify(
        common(getRequestedFor(urlPathEqualTo("/v1/agents/pages")))
            .withQueryParam("page_size", equalTo("10"))
            .withQueryParam("deployment_chat", equalTo("false"))
            .withQueryParam("sources", havingExactly("agent_builder_v1"))
            .withQueryParam("name", equalTo("weather"))
            .withQueryParam("search", equalTo("w"))
            .withQueryParam("id", equalTo("ag_1"))
            .withQueryParam("metadata", equalToJson("{\"team\":\"search\"}"))
            .withQueryParam("page_token", equalTo("t1"))
            .withQueryParam("page", absent()));
    assertThat(page.object()).isEqualTo("list");
    assertThat(page.data()).extracting(Agent::id).containsExactly("ag_1");
    assertThat(page.nextPageToken()).isEqualTo("t2");
    assertThat(page.hasNextPage()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void list_withoutParams_sendsNoQuery(Via via) {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/pages")).willReturn(okJson("{\"data\":[]}")));

    Listed<Agent> page = listed(via, () -> client.list(), () -> client.async().list());

    wm.verify(1, getRequestedFor(urlEqualTo("/v1/agents/pages")));
    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void get_fetchesTheCurrentVersion(Via via) {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agentFull())));

    Agent agent = run(via, () -> client.get("ag_1"), () -> client.async().get("ag_1"));

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1"))));
    assertThat(agent.name()).isEqualTo("weather");
    assertThat(agent.createdAt()).isEqualTo(OffsetDateTime.parse("2026-01-02T03:04:05Z"));
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void get_withVersionNumber_sendsAgentVersion(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 2))));

    Agent agent = run(via, () -> client.get("ag_1", 2), () -> client.async().get("ag_1", 2));

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1?agent_version=2"))));
    assertThat(agent.version()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void get_withAlias_sendsAgentVersionAsText(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 4))));

    Agent agent =
        run(via, () -> client.get("ag_1", "prod"), () -> client.async().get("ag_1", "prod"));

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1?agent_version=prod"))));
    assertThat(agent.version()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void update_sendsOnlyTouchedFields_clearedOnesAsNull(Via via) {
    wm.stubFor(patch(urlEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 5))));
    UpdateAgentRequest request =
        UpdateAgentRequest.builder()
            .description("Weather, v2")
            .clearInstructions()
            .clearHandoffs()
            .tools(List.of(AgentTool.webSearch(), AgentTool.connector("conn_1")))
            .completionArgs(CompletionArgs.builder().temperature(0.2).build())
            .deploymentChat(true)
            .build();

    Agent agent =
        run(
            via,
            () -> client.update("ag_1", request),
            () -> client.async().update("ag_1", request));

    wm.verify(
        common(patchRequestedFor(urlEqualTo("/v1/agents/ag_1")))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"description":"Weather, v2","instructions":null,"handoffs":null,
                     "tools":[{"type":"web_search"},{"type":"connector","connector_id":"conn_1"}],
                     "completion_args":{"temperature":0.2},"deployment_chat":true}\
                    """,
                    false,
                    false)));
    assertThat(agent.version()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void update_withEmptyToolList_removesEveryTool_andClearsTheOtherLists(Via via) {
    wm.stubFor(patch(urlEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 6))));
    UpdateAgentRequest request =
        UpdateAgentRequest.builder()
            .tools(List.of())
            .clearGuardrails()
            .clearMetadata()
            .clearDescription()
            .build();

    run(via, () -> client.update("ag_1", request), () -> client.async().update("ag_1", request));

    wm.verify(
        patchRequestedFor(urlEqualTo("/v1/agents/ag_1"))
            .withRequestBody(
                equalToJson(
                    "{\"tools\":[],\"guardrails\":null,\"metadata\":null,\"description\":null}",
                    false,
                    false)));
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void delete_sendsDelete_andAcceptsNoContent(Via via) {
    wm.stubFor(delete(urlEqualTo("/v1/agents/ag_1")).willReturn(aResponse().withStatus(204)));

    Object result =
        run(
            via,
            () -> {
              client.delete("ag_1");
              return "done";
            },
            () -> client.async().delete("ag_1").thenApply(v -> "done"));

    wm.verify(common(deleteRequestedFor(urlEqualTo("/v1/agents/ag_1"))));
    assertThat(result).isEqualTo("done");
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void updateVersion_patchesTheVersionQuery_withoutBody(Via via) {
    wm.stubFor(
        patch(urlPathEqualTo("/v1/agents/ag_1/version"))
            .willReturn(okJson(Fixtures.agent("ag_1", 2))));

    Agent agent =
        run(
            via,
            () ->
                client.versions().update("ag_1", 2),
            () ->
                client.async().versions().update("ag_1", 2));

    wm.verify(common(patchRequestedFor(urlEqualTo("/v1/agents/ag_1/version?version=2"))));
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    assertThat(agent.version()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void listVersions_sendsPageAndPageSize(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/versions"))
            .willReturn(
                okJson("[" + Fixtures.agent("ag_1", 0) + "," + Fixtures.agent("ag_1", 1) + "]")));

    List<Agent> versions =
        listed(
            via,
            () ->
                client.versions().list("ag_1", 1, 10),
            () ->
                client.async().versions().list("ag_1", 1, 10))
            .items();

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1/versions?page=1&page_size=10"))));
    assertThat(versions).extracting(Agent::version).containsExactly(0, 1);
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void listVersions_withoutPaging_sendsTheFirstPageAndTheDefaultPageSize(Via via) {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1/versions")).willReturn(okJson("[]")));

    List<Agent> versions =
        listed(
            via,
            () -> client.versions().list("ag_1"),
            () ->
                client.async().versions().list("ag_1"))
            .items();

    wm.verify(getRequestedFor(urlEqualTo("/v1/agents/ag_1/versions?page=0&page_size=20")));
    assertThat(versions).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void getVersion_putsTheVersionInThePath(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/versions/2"))
            .willReturn(okJson(Fixtures.agent("ag_1", 2))));

    Agent agent =
        run(
            via,
            () -> client.versions().get("ag_1", 2),
            () ->
                client.async().versions().get("ag_1", 2));

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1/versions/2"))));
    assertThat(agent.version()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void getVersion_asText_encodesItAsOnePathSegment(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/versions/v%2F2"))
            .willReturn(okJson(Fixtures.agent("ag_1", 2))));

    run(
        via,
        () -> client.versions().get("ag_1", "v/2"),
        () -> client.async().versions().get("ag_1", "v/2"));

    assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo("/v1/agents/ag_1/versions/v%2F2");
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void createVersionAlias_putsAliasAndVersionInTheQuery(Via via) {
    wm.stubFor(
        put(urlPathEqualTo("/v1/agents/ag_1/aliases"))
            .willReturn(okJson(Fixtures.alias("prod", 3))));

    AgentAliasResponse alias =
        run(
            via,
            () ->
                client.aliases().createOrUpdate("ag_1", "prod", 3),
            () ->
                client.async().aliases().createOrUpdate("ag_1", "prod", 3));

    wm.verify(common(putRequestedFor(urlEqualTo("/v1/agents/ag_1/aliases?alias=prod&version=3"))));
    assertThat(alias.alias()).isEqualTo("prod");
    assertThat(alias.version()).isEqualTo(3);
    assertThat(alias.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-04T03:04:05Z"));
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void listVersionAliases_decodesEveryAlias(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/aliases"))
            .willReturn(
                okJson(
                    "[" + Fixtures.alias("prod", 3) + "," + Fixtures.alias("staging", 4) + "]")));

    Listed<AgentAliasResponse> page =
        listed(
            via,
            () -> client.aliases().list("ag_1"),
            () ->
                client.async().aliases().list("ag_1"));
    List<AgentAliasResponse> aliases = page.items();
    assertThat(page.hasNextPage()).isFalse();

    wm.verify(common(getRequestedFor(urlEqualTo("/v1/agents/ag_1/aliases"))));
    assertThat(aliases).extracting(AgentAliasResponse::alias).containsExactly("prod", "staging");
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void deleteVersionAlias_sendsTheAliasInTheQuery(Via via) {
    wm.stubFor(
        delete(urlPathEqualTo("/v1/agents/ag_1/aliases")).willReturn(aResponse().withStatus(204)));

    Object result =
        run(
            via,
            () -> {
              client.aliases().delete("ag_1", "prod");
              return "done";
            },
            () -> client.async().aliases().delete("ag_1", "prod").thenApply(v -> "done"));

    wm.verify(common(deleteRequestedFor(urlEqualTo("/v1/agents/ag_1/aliases?alias=prod"))));
    assertThat(result).isEqualTo("done");
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void requestOptions_addHeadersToTheCall(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 1))));
    RequestOptions options = RequestOptions.builder().putHeader("X-Trace", "t-1").build();

    run(via, () -> client.get("ag_1", options), () -> client.async().get("ag_1", options));

    wm.verify(
        new RequestPatternBuilder(RequestMethod.GET, urlEqualTo("/v1/agents/ag_1"))
            .withHeader("X-Trace", equalTo("t-1")));
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void agentId_isEncodedAsOnePathSegment(Via via) {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/a%2F..%2Fb%3Fx"))
            .willReturn(okJson(Fixtures.agent("a", 1))));

    run(via, () -> client.get("a/../b?x"), () -> client.async().get("a/../b?x"));

    assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo("/v1/agents/a%2F..%2Fb%3Fx");
  }

  @ParameterizedTest
  @EnumSource(names = {"SYNC", "ASYNC"})
  void connectorTool_withAuthorization_isSentWithType(Via via) {
    wm.stubFor(patch(urlEqualTo("/v1/agents/ag_1")).willReturn(okJson(Fixtures.agent("ag_1", 2))));
    ConnectorTool tool =
        ConnectorTool.builder()
            .connectorId("conn_9")
            .authorization(ConnectorAuthorization.oauth2Token("tok"))
            .build();
    UpdateAgentRequest request = UpdateAgentRequest.builder().tools(List.of(tool)).build();

    run(via, () -> client.update("ag_1", request), () -> client.async().update("ag_1", request));

    wm.verify(
        patchRequestedFor(urlEqualTo("/v1/agents/ag_1"))
            .withRequestBody(
                equalToJson(
                    """
                    {"tools":[{"type":"connector","connector_id":"conn_9",
                               "authorization":{"type":"oauth2-token","value":"tok"}}]}\
                    """,
                    false,
                    false)));
  }
}
