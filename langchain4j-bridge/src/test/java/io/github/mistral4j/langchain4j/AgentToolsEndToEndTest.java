package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.AiServices;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.langchain4j.agents.AgentTools;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One tool definition for a local and a remote agent: a {@code @Tool} object runs in a LangChain4j
 * AI service, and the same object (plus a hand-written specification and connectors) becomes the
 * tools of an agent created with the Agents API.
 */
class AgentToolsEndToEndTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String WEATHER_CONNECTOR = "7b1e9a52-4c3d-4f8e-9a0b-1c2d3e4f5a6b";
  static final String GITHUB_CONNECTOR = "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f";

  /** Tools a local agent runs in-process. */
  static final class WeatherTools {
    @Tool("Daily forecast for a city")
    String forecast(@P("City name") String city, @P(value = "Days ahead, 1 to 7", required = false) Integer days) {
      return city + ": sunny";
    }
  }

  static final String TOOLS_JSON = """
      [
        {"type": "function",
         "function": {"name": "forecast", "description": "Daily forecast for a city",
                      "parameters": {"type": "object",
                                     "properties": {"city": {"type": "string", "description": "City name"},
                                                    "days": {"type": "integer", "description": "Days ahead, 1 to 7"}},
                                     "required": ["city"]}}},
        {"type": "function",
         "function": {"name": "alerts", "description": "Active weather alerts",
                      "strict": true,
                      "parameters": {"type": "object",
                                     "properties": {"regions": {"type": "array", "items": {"type": "string"}},
                                                    "level": {"type": "string", "enum": ["minor", "severe"]}},
                                     "required": ["regions"],
                                     "additionalProperties": false}}},
        {"type": "connector", "connector_id": "%s"},
        {"type": "connector", "connector_id": "%s", "authorization": {"type": "api-key", "value": "ghp-secret"}}
      ]
      """.formatted(WEATHER_CONNECTOR, GITHUB_CONNECTOR);

  @Test
  void oneToolObject_servesALocalAgentAndTheAgentCreatedRemotely() {
    WeatherTools weather = new WeatherTools();

    // local: LangChain4j runs the tool in-process
    ScriptedChatModel model = new ScriptedChatModel()
        .callTool("forecast", "{\"city\": \"Paris\"}")
        .answer("It is sunny in Paris.");
    Assistant local = AiServices.builder(Assistant.class).chatModel(model).tools(weather).build();
    assertThat(local.chat("Weather in Paris?")).isEqualTo("It is sunny in Paris.");
    assertThat(model.lastToolResults()).extracting(ToolExecutionResultMessage::text).containsExactly("Paris: sunny");
    List<ToolSpecification> seenLocally = model.requests.get(0).toolSpecifications();

    // remote: the same definitions, a hand-written one and two connectors become the agent's tools
    ToolSpecification alerts = ToolSpecification.builder()
        .name("alerts")
        .description("Active weather alerts")
        .strict(true)
        .parameters(JsonObjectSchema.builder()
            .addProperty("regions", JsonArraySchema.builder().items(new JsonStringSchema()).build())
            .addProperty("level", JsonEnumSchema.builder().enumValues("minor", "severe").build())
            .required("regions")
            .additionalProperties(false)
            .build())
        .build();
    List<AgentTool> tools = new ArrayList<>(AgentTools.functionToolsFrom(weather));
    tools.addAll(AgentTools.functionTools(List.of(alerts)));
    tools.add(AgentTools.connectorTool(WEATHER_CONNECTOR));
    tools.add(AgentTools.connectorTool(GITHUB_CONNECTOR, ConnectorAuthorization.apiKey("ghp-secret")));
    wm.stubFor(post("/v1/agents").willReturn(okJson("""
        {"id": "ag_0123", "version": 0, "versions": [0], "name": "weather", "model": "mistral-medium-latest",
         "instructions": "Answer questions about the weather.", "tools": %s,
         "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05Z",
         "deployment_chat": false, "source": "api", "object": "agent"}
        """.formatted(TOOLS_JSON))));

    Agent agent;
    try (AgentsClient agents = AgentsClient.create(
        ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).sleeper(d -> {}).build())) {
      agent = agents.create(CreateAgentRequest.builder()
          .model("mistral-medium-latest")
          .name("weather")
          .instructions("Answer questions about the weather.")
          .tools(tools)
          .build());
    }

    wm.verify(1, postRequestedFor(urlEqualTo("/v1/agents"))
        .withHeader("Authorization", equalTo("Bearer test-key"))
        .withRequestBody(equalToJson("""
            {"model": "mistral-medium-latest", "name": "weather",
             "instructions": "Answer questions about the weather.",
             "tools": %s}
            """.formatted(TOOLS_JSON), false, false)));
    assertThat(agent.tools()).isEqualTo(tools);
    // the remote definition of forecast is the one the local model was offered
    assertThat(AgentTools.functionTools(seenLocally)).containsExactly(tools.get(0));
  }
}
