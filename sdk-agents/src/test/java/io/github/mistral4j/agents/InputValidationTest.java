package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.DocumentLibraryTool;
import io.github.mistral4j.agents.model.FunctionDefinition;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Arguments that break the contract fail with a clear message before any request is sent. */
class InputValidationTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private AgentsClient client;

  @BeforeEach
  void setUp() {
    client = AgentsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void noRequestWasSent() {
    client.close();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static void rejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void blankModel_isRejected() {
    rejects(() -> CreateAgentRequest.builder().model(" ").name("n"), "model must not be blank");
    rejects(() -> UpdateAgentRequest.builder().model(""), "model must not be blank");
    rejects(() -> CreateAgentRequest.builder().model("m").name("\t"), "name must not be blank");
  }

  @Test
  void missingModelOrName_isRejected() {
    assertThatThrownBy(() -> CreateAgentRequest.builder().name("n").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CreateAgentRequest.model is required");
    assertThatThrownBy(() -> CreateAgentRequest.builder().model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CreateAgentRequest.name is required");
  }

  @Test
  void missingRequiredFieldsOfNestedModels_areRejectedNamingTheField() {
    assertThatThrownBy(() -> io.github.mistral4j.agents.model.FunctionDefinition.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FunctionDefinition.")
        .hasMessageEndingWith(" is required");
    assertThatThrownBy(() -> io.github.mistral4j.agents.model.ConnectorTool.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(" is required");
  }

  static Stream<Arguments> badAliases() {
    return Stream.of(
        Arguments.of("Prod"),
        Arguments.of("PROD"),
        Arguments.of("1prod"),
        Arguments.of("prod-"),
        Arguments.of("pr od"),
        Arguments.of(""),
        Arguments.of("a".repeat(65)));
  }

  @ParameterizedTest
  @MethodSource("badAliases")
  void badAlias_isRejected(String alias) {
    rejects(() -> client.aliases().createOrUpdate("ag_1", alias, 1), "alias");
    rejects(() -> client.aliases().delete("ag_1", alias), "alias");
    rejects(() -> client.aliases().delete("ag_1", alias), "alias");
  }

  @Test
  void aliasOfGet_mustBeAnAliasOrANumber() {
    rejects(() -> client.get("ag_1", "Prod"), "agent_version");
    rejects(() -> client.get("ag_1", "-1"), "agent_version");
  }

  @Test
  void negativeVersion_isRejected() {
    rejects(() -> client.versions().update("ag_1", -1), "version must be >= 0, got -1");
    rejects(() -> client.versions().get("ag_1", -1), "version must be >= 0");
    rejects(() -> client.aliases().createOrUpdate("ag_1", "prod", -2), "version must be >= 0");
    rejects(() -> client.get("ag_1", -3), "agent_version must be >= 0");
    rejects(() -> client.versions().update("ag_1", -1), "version");
  }

  @Test
  void badAgentId_isRejected() {
    rejects(() -> client.get(""), "agent_id must not be empty");
    rejects(() -> client.get(".."), "agent_id must not be '.' or '..'");
    rejects(() -> client.delete("."), "agent_id");
    rejects(
        () -> client.update("a\nb", UpdateAgentRequest.builder().build()),
        "agent_id must not contain control characters");
    rejects(() -> client.versions().list("..", 0, 10), "agent_id");
  }

  @Test
  void nullArguments_areRejectedWithTheirName() {
    assertThatThrownBy(() -> client.create((CreateAgentRequest) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("request");
    assertThatThrownBy(() -> client.get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("agent_id");
    assertThatThrownBy(() -> client.get("ag_1", (io.github.mistral4j.core.RequestOptions) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
  }

  @Test
  void pagingOutOfRange_isRejected() {
    rejects(() -> ListAgentsParams.builder().page(-1), "page must be between 0");
    rejects(() -> ListAgentsParams.builder().pageSize(0), "page_size must be between 1 and 1000");
    rejects(
        () -> ListAgentsPageParams.builder().pageSize(1001),
        "page_size must be between 1 and 1000");
    rejects(() -> ListAgentsPageParams.builder().pageToken(""), "page_token must not be empty");
    rejects(() -> client.versions().list("ag_1", 0, 101), "page_size must be between 1 and 100");
    rejects(() -> client.versions().list("ag_1", -1, 10), "page must be between 0");
    rejects(
        () -> client.versions().listAll("ag_1", 0, io.github.mistral4j.core.RequestOptions.none()),
        "page_size");
  }

  static Stream<Arguments> badCompletionArgs() {
    return Stream.<Arguments>of(
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.temperature(1.5),
            "completion_args.temperature must be between 0 and 1, got 1.5"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.temperature(-0.1),
            "completion_args.temperature"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.temperature(Double.NaN),
            "completion_args.temperature"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.topP(1.01),
            "completion_args.top_p must be between 0 and 1"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.presencePenalty(2.5),
            "completion_args.presence_penalty must be between -2 and 2"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.frequencyPenalty(-3.0),
            "completion_args.frequency_penalty must be between -2 and 2"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.maxTokens(-1),
            "completion_args.max_tokens must be >= 0"),
        Arguments.of(
            (Consumer<CompletionArgs.Builder>) b -> b.randomSeed(-1L),
            "completion_args.random_seed must be >= 0"));
  }

  @ParameterizedTest
  @MethodSource("badCompletionArgs")
  void completionArgsOutOfRange_areRejectedInRequests(
      Consumer<CompletionArgs.Builder> change, String message) {
    CompletionArgs.Builder b = CompletionArgs.builder();
    change.accept(b);
    CompletionArgs args = b.build();

    rejects(() -> CreateAgentRequest.builder().model("m").name("n").completionArgs(args), message);
    rejects(() -> UpdateAgentRequest.builder().completionArgs(args), message);
  }

  @Test
  void completionArgsAtTheirBounds_areAccepted() {
    CompletionArgs args =
        CompletionArgs.builder()
            .temperature(0.0)
            .topP(1.0)
            .presencePenalty(-2.0)
            .frequencyPenalty(2.0)
            .maxTokens(0)
            .randomSeed(0L)
            .build();

    assertThat(
            CreateAgentRequest.builder()
                .model("m")
                .name("n")
                .completionArgs(args)
                .build()
                .completionArgs())
        .isEqualTo(args);
  }

  @Test
  void emptyHandoffs_areRejected() {
    rejects(
        () -> CreateAgentRequest.builder().handoffs(List.of()),
        "handoffs must contain at least one item");
    rejects(
        () -> UpdateAgentRequest.builder().handoffs(List.of()),
        "handoffs must contain at least one item");
  }

  @Test
  void longVersionMessage_isRejected() {
    String ok = "é".repeat(500);
    assertThat(
            CreateAgentRequest.builder()
                .versionMessage(ok)
                .model("m")
                .name("n")
                .build()
                .versionMessage())
        .isEqualTo(ok);
    rejects(
        () -> CreateAgentRequest.builder().versionMessage("x".repeat(501)),
        "version_message must be at most 500 characters, got 501");
    rejects(
        () -> UpdateAgentRequest.builder().versionMessage("x".repeat(501)),
        "version_message must be at most 500 characters");
  }

  @Test
  void toolsBreakingTheContract_areRejectedInRequests() {
    DocumentLibraryTool noLibraries = DocumentLibraryTool.builder().build();
    FunctionTool blankName =
        FunctionTool.builder()
            .function(FunctionDefinition.builder().name(" ").parameters(Map.of()).build())
            .build();

    rejects(
        () -> CreateAgentRequest.builder().addTool(AgentTool.webSearch()).addTool(noLibraries),
        "tools[1].library_ids must contain at least one item");
    rejects(
        () -> UpdateAgentRequest.builder().tools(List.of(blankName)),
        "tools[0].function.name must not be blank");
    rejects(
        () -> CreateAgentRequest.builder().tools(List.of(AgentTool.connector(" "))),
        "tools[0].connector_id must not be blank");
  }

  @Test
  void async_reportsBadInputThroughTheFuture_withoutSending() {
    assertThatThrownBy(() -> client.async().aliases().createOrUpdate("ag_1", "Prod", 1).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias");
    assertThatThrownBy(() -> client.async().versions().get("ag_1", -1).join())
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
