package io.github.mistral4j.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.model.Tristate;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static Agent full() throws Exception {
    try (InputStream in = AgentJsonTest.class.getResourceAsStream("/agent-full.json")) {
      return MAPPER.readValue(in, Agent.class);
    }
  }

  @Test
  void fullAgent_decodesEveryField() throws Exception {
    Agent agent = full();

    assertThat(agent.object()).isEqualTo("agent");
    assertThat(agent.id()).isEqualTo("ag_0195");
    assertThat(agent.version()).isEqualTo(3);
    assertThat(agent.versions()).containsExactly(0, 1, 2, 3);
    assertThat(agent.name()).isEqualTo("weather");
    assertThat(agent.model()).isEqualTo("mistral-medium-latest");
    assertThat(agent.description()).isEqualTo("Weather agent");
    assertThat(agent.instructions()).isEqualTo("Answer about the weather.");
    assertThat(agent.createdAt())
        .isEqualTo(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    assertThat(agent.updatedAt())
        .isEqualTo(OffsetDateTime.of(2026, 1, 3, 3, 4, 5, 123_000_000, ZoneOffset.ofHours(2)));
    assertThat(agent.deploymentChat()).isTrue();
    assertThat(agent.source()).isEqualTo("api");
    assertThat(agent.versionMessage()).isEqualTo("third");
    assertThat(agent.handoffs()).containsExactly("ag_other");
    assertThat(agent.metadata().get("team").asText()).isEqualTo("search");
    assertThat(agent.metadata().get("tier").asInt()).isEqualTo(2);
    assertThat(agent.metadata().get("none").isNull()).isTrue();
    assertThat(agent.tools()).hasSize(9);
    assertThat(agent.tools().get(8)).isInstanceOf(UnknownAgentTool.class);
  }

  @Test
  void fullAgent_decodesCompletionArgs() throws Exception {
    CompletionArgs args = full().completionArgs();

    assertThat(args.stop().isSingle()).isFalse();
    assertThat(args.stop().sequences()).containsExactly("\n\n", "END");
    assertThat(args.presencePenalty()).isEqualTo(0.5);
    assertThat(args.frequencyPenalty()).isEqualTo(-0.5);
    assertThat(args.temperature()).isEqualTo(0.3);
    assertThat(args.topP()).isEqualTo(0.9);
    assertThat(args.maxTokens()).isEqualTo(512);
    assertThat(args.randomSeed()).isEqualTo(42L);
    assertThat(args.prediction().content()).isEqualTo("Sunny");
    assertThat(args.responseFormat().type()).isEqualTo(ResponseFormatType.JSON_SCHEMA);
    assertThat(args.responseFormat().jsonSchema().name()).isEqualTo("forecast");
    assertThat(args.responseFormat().jsonSchema().description()).isEqualTo("A forecast");
    assertThat(args.responseFormat().jsonSchema().strict()).isTrue();
    assertThat(args.responseFormat().jsonSchema().schema().get("type").asText())
        .isEqualTo("object");
    assertThat(args.toolChoice()).isEqualTo(ToolChoice.AUTO);
    assertThat(args.reasoningEffort()).isEqualTo(ReasoningEffort.HIGH);
  }

  @Test
  void fullAgent_decodesGuardrails() throws Exception {
    GuardrailConfig guardrail = full().guardrails().get(0);

    assertThat(guardrail.blockOnError()).isTrue();
    ModerationLlmV1Config v1 = guardrail.moderationLlmV1();
    assertThat(v1.modelName()).isEqualTo("mistral-moderation-2411");
    assertThat(v1.ignoreOtherCategories()).isFalse();
    assertThat(v1.action()).isEqualTo(ModerationLlmAction.BLOCK);
    ModerationLlmV1CategoryThresholds t1 = v1.customCategoryThresholds();
    assertThat(
            List.of(
                t1.sexual(),
                t1.hateAndDiscrimination(),
                t1.violenceAndThreats(),
                t1.dangerousAndCriminalContent(),
                t1.selfharm(),
                t1.health(),
                t1.financial(),
                t1.law(),
                t1.pii()))
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
    ModerationLlmV2Config v2 = guardrail.moderationLlmV2();
    assertThat(v2.action()).isEqualTo(ModerationLlmAction.NONE);
    ModerationLlmV2CategoryThresholds t2 = v2.customCategoryThresholds();
    assertThat(
            List.of(
                t2.sexual(),
                t2.hateAndDiscrimination(),
                t2.violenceAndThreats(),
                t2.dangerous(),
                t2.criminal(),
                t2.selfharm(),
                t2.health(),
                t2.financial(),
                t2.law(),
                t2.pii(),
                t2.jailbreaking()))
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95);
  }

  @Test
  void agent_survivesSerialisationAndToBuilder() throws Exception {
    Agent agent = full();

    Agent again = MAPPER.readValue(MAPPER.writeValueAsString(agent), Agent.class);

    assertThat(again).isEqualTo(agent).hasSameHashCodeAs(agent);
    assertThat(agent.toBuilder().build()).isEqualTo(agent);
    assertThat(agent.toBuilder().version(4).build()).isNotEqualTo(agent);
  }

  @Test
  void unknownFields_areKept_atEveryLevel() throws Exception {
    String json =
        """
        {"id":"a","version":1,"versions":[1],"name":"n","model":"m","created_at":"2026-01-02T03:04:05Z",
         "updated_at":"2026-01-02T03:04:05Z","deployment_chat":false,"source":"api","sharing":{"team":true},
         "guardrails":[{"block_on_error":false,"moderation_llm_v3":{"x":1}}]}\
        """;

    Agent agent = MAPPER.readValue(json, Agent.class);

    assertThat(agent.additionalProperties()).containsOnlyKeys("sharing");
    assertThat(agent.guardrails().get(0).additionalProperties())
        .containsOnlyKeys("moderation_llm_v3");
    assertThat(
            MAPPER
                .readTree(MAPPER.writeValueAsString(agent))
                .get("sharing")
                .get("team")
                .asBoolean())
        .isTrue();
  }

  @Test
  void nullCollections_decodeAsEmpty() throws Exception {
    String json =
        """
        {"id":"a","version":1,"versions":[1],"name":"n","model":"m","created_at":"2026-01-02T03:04:05Z",
         "updated_at":"2026-01-02T03:04:05Z","deployment_chat":false,"source":"api",
         "guardrails":null,"handoffs":null,"metadata":null,"tools":[],"instructions":null}\
        """;

    Agent agent = MAPPER.readValue(json, Agent.class);

    assertThat(agent.guardrails()).isEmpty();
    assertThat(agent.handoffs()).isEmpty();
    assertThat(agent.metadata()).isEmpty();
    assertThat(agent.instructions()).isNull();
    assertThat(agent.completionArgs()).isNull();
  }

  @Test
  void missingRequiredField_decodes_andFailsWhenReadOrValidated() throws Exception {
    String json =
        "{\"version\":1,\"versions\":[1],\"name\":\"n\",\"model\":\"m\",\"source\":\"api\"}";

    Agent agent = MAPPER.readValue(json, Agent.class);

    assertThat(agent.version()).isEqualTo(1);
    assertThatThrownBy(agent::id)
        .isInstanceOf(io.github.mistral4j.core.MistralInvalidDataException.class)
        .hasMessageContaining("Agent.id is missing");
    assertThatThrownBy(agent::validate)
        .isInstanceOf(io.github.mistral4j.core.MistralInvalidDataException.class)
        .hasMessageContaining("Agent.");
    assertThatThrownBy(() -> Agent.builder().name("n").model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(" is required");
  }

  @Test
  void openEnums_keepUnknownValues() throws Exception {
    CompletionArgs args =
        MAPPER.readValue(
            "{\"tool_choice\":\"sometimes\",\"reasoning_effort\":\"extreme\"}",
            CompletionArgs.class);

    assertThat(args.toolChoice().isKnown()).isFalse();
    assertThat(args.toolChoice().value()).isEqualTo("sometimes");
    assertThat(args.reasoningEffort().value()).isEqualTo("extreme");
    assertThat(MAPPER.writeValueAsString(args))
        .isEqualTo("{\"tool_choice\":\"sometimes\",\"reasoning_effort\":\"extreme\"}");
    assertThat(ToolChoice.of("auto")).isSameAs(ToolChoice.AUTO);
  }

  @Test
  void stop_keepsItsForm() throws Exception {
    CompletionArgs single = MAPPER.readValue("{\"stop\":\"END\"}", CompletionArgs.class);
    CompletionArgs list = MAPPER.readValue("{\"stop\":[\"A\",\"B\"]}", CompletionArgs.class);
    CompletionArgs none = MAPPER.readValue("{\"stop\":null}", CompletionArgs.class);

    assertThat(single.stop().isSingle()).isTrue();
    assertThat(single.stop().sequences()).containsExactly("END");
    assertThat(MAPPER.writeValueAsString(single)).isEqualTo("{\"stop\":\"END\"}");
    assertThat(MAPPER.writeValueAsString(list)).isEqualTo("{\"stop\":[\"A\",\"B\"]}");
    assertThat(none.stop()).isNull();
    assertThat(CompletionArgsStop.of(List.of("A"))).isNotEqualTo(CompletionArgsStop.of("A"));
    assertThatThrownBy(() -> MAPPER.readValue("{\"stop\":3}", CompletionArgs.class))
        .hasMessageContaining("stop must be a string or an array of strings");
  }

  @Test
  void prediction_alwaysSendsItsType() throws Exception {
    assertThat(MAPPER.writeValueAsString(Prediction.builder().content("x").build()))
        .isEqualTo("{\"type\":\"content\",\"content\":\"x\"}");
  }

  @Test
  void updateRequest_isTriState() throws Exception {
    UpdateAgentRequest request = UpdateAgentRequest.builder().name("n").clearDescription().build();

    assertThat(request.name()).isEqualTo(Tristate.of("n"));
    assertThat(request.description().isCleared()).isTrue();
    assertThat(request.instructions().isAbsent()).isTrue();
    assertThat(request.isEmpty()).isFalse();
    assertThat(UpdateAgentRequest.builder().build().isEmpty()).isTrue();
    assertThat(MAPPER.writeValueAsString(UpdateAgentRequest.builder().build())).isEqualTo("{}");
    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(request.toString()).isEqualTo("UpdateAgentRequest{name=n, description=null}");
  }

  @Test
  void requests_neverPrintCredentials() {
    CreateAgentRequest create =
        CreateAgentRequest.builder()
            .model("m")
            .name("n")
            .addTool(AgentTool.connector("c", ConnectorAuthorization.apiKey("sk-very-secret")))
            .build();
    UpdateAgentRequest update =
        UpdateAgentRequest.builder()
            .tools(
                List.of(
                    AgentTool.connector(
                        "c", ConnectorAuthorization.oauth2Token("tok-very-secret"))))
            .build();

    assertThat(create.toString()).doesNotContain("very-secret").contains("****");
    assertThat(update.toString()).doesNotContain("very-secret").contains("****");
  }
}
