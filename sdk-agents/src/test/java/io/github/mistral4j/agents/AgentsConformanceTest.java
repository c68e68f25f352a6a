package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CodeInterpreterTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CompletionArgsStop;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.DocumentLibraryTool;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.agents.model.GuardrailConfig;
import io.github.mistral4j.agents.model.ImageGenerationTool;
import io.github.mistral4j.agents.model.JsonSchema;
import io.github.mistral4j.agents.model.ModerationLlmAction;
import io.github.mistral4j.agents.model.ModerationLlmV1CategoryThresholds;
import io.github.mistral4j.agents.model.ModerationLlmV1Config;
import io.github.mistral4j.agents.model.ModerationLlmV2CategoryThresholds;
import io.github.mistral4j.agents.model.ModerationLlmV2Config;
import io.github.mistral4j.agents.model.Prediction;
import io.github.mistral4j.agents.model.ReasoningEffort;
import io.github.mistral4j.agents.model.RequestSource;
import io.github.mistral4j.agents.model.ResponseFormat;
import io.github.mistral4j.agents.model.ResponseFormatType;
import io.github.mistral4j.agents.model.ToolChoice;
import io.github.mistral4j.agents.model.ToolConfiguration;
import io.github.mistral4j.agents.model.UnknownAgentTool;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.agents.model.WebSearchPremiumTool;
import io.github.mistral4j.agents.model.WebSearchTool;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.JdkHttpClientAdapter;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.testsupport.ContractMock;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation against the validating mock of the contract: the request must pass its validation
 * (no 422, no {@code sl-violations} header) and every response, static or random, must decode.
 */
class AgentsConformanceTest {
  private static final String AGENT = "ag_0195";
  private static final RequestOptions DYNAMIC =
      RequestOptions.builder().putHeader("Prefer", "dynamic=true").build();
  private static final int DYNAMIC_ROUNDS = 3;

  private static final List<Exchange> EXCHANGES = new CopyOnWriteArrayList<>();
  private static AgentsClient client;

  /** One HTTP exchange as the mock answered it. */
  record Exchange(String method, String url, int status, Collection<String> violations) {}

  /** Records what the mock answered, below the SDK's retry and error mapping. */
  static final class Recording implements Client {
    private final Client delegate = new JdkHttpClientAdapter(HttpClient.newBuilder().build());

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      Response response = delegate.execute(request, options);
      Collection<String> violations = new ArrayList<>();
      response
          .headers()
          .forEach(
              (name, values) -> {
                if (name.equalsIgnoreCase("sl-violations")) {
                  violations.addAll(values);
                }
              });
      EXCHANGES.add(
          new Exchange(request.httpMethod().name(), request.url(), response.status(), violations));
      return response;
    }
  }

  @BeforeAll
  static void start() {
    String url = ContractMock.baseUrl().toString();
    client =
        AgentsClient.create(
            ClientOptions.builder()
                .apiKey("test-key")
                .baseUrl(url)
                .feignClient(new Recording())
                .maxRetries(0)
                .sleeper(d -> {})
                .build());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
  }

  @BeforeEach
  void clear() {
    EXCHANGES.clear();
  }

  static CreateAgentRequest fullCreateRequest() {
    return CreateAgentRequest.builder()
        .model("mistral-medium-latest")
        .name("weather")
        .description("Weather agent")
        .instructions("Answer about the weather.")
        .tools(everyToolType())
        .completionArgs(fullCompletionArgs())
        .addGuardrail(fullGuardrail())
        .handoffs(List.of("ag_other"))
        .metadata(Map.of("team", "search", "tier", 2))
        .versionMessage("first")
        .build();
  }

  static List<AgentTool> everyToolType() {
    ToolConfiguration config =
        ToolConfiguration.builder()
            .addInclude("a")
            .addExclude("b")
            .addRequiresConfirmation("c")
            .build();
    return List.of(
        AgentTool.function(
            "forecast",
            "Forecast",
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))),
        WebSearchTool.builder().toolConfiguration(config).build(),
        AgentTool.webSearchPremium(),
        AgentTool.codeInterpreter(),
        AgentTool.imageGeneration(),
        AgentTool.documentLibrary("lib_1"),
        ConnectorTool.builder()
            .connectorId("conn_1")
            .authorization(ConnectorAuthorization.apiKey("sk-1"))
            .toolConfiguration(config)
            .build(),
        AgentTool.connector("conn_2", ConnectorAuthorization.oauth2Token("tok")));
  }

  static CompletionArgs fullCompletionArgs() {
    return CompletionArgs.builder()
        .stop(CompletionArgsStop.of(List.of("END", "STOP")))
        .presencePenalty(0.5)
        .frequencyPenalty(-0.5)
        .temperature(0.3)
        .topP(0.9)
        .maxTokens(256)
        .randomSeed(7L)
        .prediction(Prediction.builder().content("Sunny").build())
        .responseFormat(
            ResponseFormat.builder()
                .type(ResponseFormatType.JSON_SCHEMA)
                .jsonSchema(
                    JsonSchema.builder()
                        .name("forecast")
                        .schema(Map.of("type", "object"))
                        .strict(true)
                        .build())
                .build())
        .toolChoice(ToolChoice.AUTO)
        .reasoningEffort(ReasoningEffort.LOW)
        .build();
  }

  static GuardrailConfig fullGuardrail() {
    return GuardrailConfig.builder()
        .blockOnError(true)
        .moderationLlmV1(
            ModerationLlmV1Config.builder()
                .action(ModerationLlmAction.BLOCK)
                .ignoreOtherCategories(true)
                .customCategoryThresholds(
                    ModerationLlmV1CategoryThresholds.builder().sexual(0.2).pii(0.5).build())
                .build())
        .moderationLlmV2(
            ModerationLlmV2Config.builder()
                .action(ModerationLlmAction.NONE)
                .customCategoryThresholds(
                    ModerationLlmV2CategoryThresholds.builder().jailbreaking(0.4).build())
                .build())
        .build();
  }

  /** Each operation, called through the sync or async client with the given options. */
  @SuppressWarnings("deprecation")
  static Stream<Arguments> operations() {
    Map<String, BiFunction<Boolean, RequestOptions, Object>> ops = new java.util.LinkedHashMap<>();
    ops.put(
        "agents_api_v1_agents_create",
        (async, o) ->
            async
                ? client.async().create(fullCreateRequest(), o).join()
                : client.create(fullCreateRequest(), o));
    ListAgentsParams list =
        ListAgentsParams.builder()
            .page(0)
            .pageSize(5)
            .deploymentChat(true)
            .sources(List.of(RequestSource.API, RequestSource.PLAYGROUND))
            .name("weather")
            .search("w")
            .id(AGENT)
            .putMetadata("team", "search")
            .build();
    ops.put(
        "agents_api_v1_agents_list",
        (async, o) -> async ? client.async().list(list, o).join() : client.list(list, o));
    ListAgentsPageParams pages =
        ListAgentsPageParams.builder()
            .pageSize(5)
            .deploymentChat(false)
            .addSource(RequestSource.AGENT_BUILDER_V1)
            .name("weather")
            .search("w")
            .id(AGENT)
            .putMetadata("team", "search")
            .pageToken("t1")
            .build();
    ops.put(
        "agents_api_v1_agents_list_pages",
        (async, o) -> async ? client.async().list(pages, o).join() : client.list(pages, o));
    ops.put(
        "agents_api_v1_agents_get",
        (async, o) ->
            async ? client.async().get(AGENT, "prod", o).join() : client.get(AGENT, 2, o));
    UpdateAgentRequest update =
        UpdateAgentRequest.builder()
            .name("weather")
            .model("mistral-small-latest")
            .description("v2")
            .clearInstructions()
            .tools(everyToolType())
            .completionArgs(fullCompletionArgs())
            .guardrails(List.of(fullGuardrail()))
            .handoffs(List.of("ag_other"))
            .deploymentChat(true)
            .clearMetadata()
            .versionMessage("second")
            .build();
    ops.put(
        "agents_api_v1_agents_update",
        (async, o) ->
            async
                ? client.async().update(AGENT, update, o).join()
                : client.update(AGENT, update, o));
    ops.put(
        "agents_api_v1_agents_delete",
        (async, o) ->
            async
                ? client.async().delete(AGENT, o).thenApply(v -> "done").join()
                : done(() -> client.delete(AGENT, o)));
    ops.put(
        "agents_api_v1_agents_update_version",
        (async, o) ->
            async
                ? client.async().versions().update(AGENT, 2, o).join()
                : client.versions().update(AGENT, 2, o));
    ops.put(
        "agents_api_v1_agents_list_versions",
        (async, o) ->
            async
                ? client.async().versions().list(AGENT, 0, 10, o).join()
                : client.versions().list(AGENT, 1, 10, o));
    ops.put(
        "agents_api_v1_agents_get_version",
        (async, o) ->
            async ? client.async().versions().get(AGENT, 2, o).join() : client.versions().get(AGENT, 3, o));
    ops.put(
        "agents_api_v1_agents_create_or_update_alias",
        (async, o) ->
            async
                ? client.async().aliases().createOrUpdate(AGENT, "prod", 2, o).join()
                : client.aliases().createOrUpdate(AGENT, "prod-eu_1", 3, o));
    ops.put(
        "agents_api_v1_agents_list_version_aliases",
        (async, o) ->
            async
                ? client.async().aliases().list(AGENT, o).join()
                : client.aliases().list(AGENT, o));
    ops.put(
        "agents_api_v1_agents_delete_alias",
        (async, o) ->
            async
                ? client.async().aliases().delete(AGENT, "prod", o).thenApply(v -> "done").join()
                : done(() -> client.aliases().delete(AGENT, "prod", o)));
    return ops.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static Object done(Runnable call) {
    call.run();
    return "done";
  }

  @Test
  void everyOperationOfTheTag_isExercised() {
    Set<String> exercised = new TreeSet<>();
    operations().forEach(a -> exercised.add((String) a.get()[0]));

    assertThat(exercised).isEqualTo(new TreeSet<>(AgentsContractCoverageTest.OPERATIONS.keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_passesValidation_andDecodesTheStaticResponse(
      String operationId, BiFunction<Boolean, RequestOptions, Object> call) {
    for (boolean async : new boolean[] {false, true}) {
      EXCHANGES.clear();

      Object result = call.apply(async, RequestOptions.none());

      assertThat(result).as("%s decoded (async=%s)", operationId, async).isNotNull();
      assertClean(operationId);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_decodesRandomResponses(
      String operationId, BiFunction<Boolean, RequestOptions, Object> call) {
    for (int i = 0; i < DYNAMIC_ROUNDS; i++) {
      EXCHANGES.clear();

      Object result = call.apply(i % 2 == 1, DYNAMIC);

      assertThat(result).as("%s decoded", operationId).isNotNull();
      assertClean(operationId);
    }
  }

  @Test
  void randomAgents_exerciseEveryToolType() {
    Set<Class<?>> wanted =
        Set.of(
            FunctionTool.class,
            WebSearchTool.class,
            WebSearchPremiumTool.class,
            CodeInterpreterTool.class,
            ImageGenerationTool.class,
            DocumentLibraryTool.class,
            ConnectorTool.class);
    Set<Class<?>> seen = new HashSet<>();
    int calls = 0;
    while (!seen.containsAll(wanted) && calls < 200) {
      for (Agent agent : client.versions().list(AGENT, 0, 20, DYNAMIC).items()) {
        agent.tools().forEach(t -> seen.add(t.getClass()));
      }
      calls++;
    }

    assertThat(seen).as("tool types decoded after %d random listings", calls).containsAll(wanted);
    assertThat(EXCHANGES).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void theMockRejectsAContractBreakingRequest_soCleanRunsMeanSomething() throws Exception {
    AgentTool broken =
        UnknownAgentTool.of(
            Json.mapper().readTree("{\"type\":\"function\",\"function\":{\"name\":\"f\"}}"));
    UpdateAgentRequest request = UpdateAgentRequest.builder().tools(List.of(broken)).build();

    assertThatThrownBy(() -> client.update(AGENT, request))
        .isInstanceOf(UnprocessableEntityException.class);
    assertThat(EXCHANGES).singleElement().satisfies(e -> assertThat(e.violations()).isNotEmpty());
  }

  private static void assertClean(String operationId) {
    assertThat(EXCHANGES).as("%s exchanges", operationId).hasSize(1);
    Exchange e = EXCHANGES.get(0);
    assertThat(e.status()).as("%s %s %s", operationId, e.method(), e.url()).isBetween(200, 299);
    assertThat(e.violations()).as("%s sl-violations", operationId).isEmpty();
  }
}
