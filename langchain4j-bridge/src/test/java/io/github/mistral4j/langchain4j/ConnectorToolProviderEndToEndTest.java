package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.IllegalConfigurationException;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A LangChain4j AI service with a scripted chat model and the provider over WireMock: the model
 * sees the connector's tools, calls one, and answers from its result.
 */
class ConnectorToolProviderEndToEndTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String WEATHER_TOOLS = """
      [
        {"name": "forecast", "title": "Weather forecast", "description": "Daily forecast for a city.",
         "inputSchema": {"type": "object",
                         "properties": {"city": {"type": "string", "description": "City name"},
                                        "days": {"type": "integer", "minimum": 1, "maximum": 7, "default": 3},
                                        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
                         "required": ["city"]},
         "outputSchema": {"type": "object", "properties": {"summary": {"type": "string"}}},
         "annotations": {"title": "Forecast", "readOnlyHint": true, "openWorldHint": true}},
        {"name": "alerts", "description": "Active weather alerts.",
         "inputSchema": {"type": "object", "properties": {"region": {"type": "string"}}}}
      ]
      """;

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).sleeper(d -> {}).build());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static void stubTools(String connector, String json) {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/" + connector + "/tools")).willReturn(okJson(json)));
  }

  static void stubCall(String connector, String tool, String json) {
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/" + connector + "/tools/" + tool + "/call")).willReturn(okJson(json)));
  }

  private Assistant assistant(ScriptedChatModel model, ConnectorToolProvider provider) {
    return AiServices.builder(Assistant.class).chatModel(model).toolProvider(provider).build();
  }

  @Test
  void aiService_listsTheConnectorsToolsCallsOneAndAnswersFromItsResult() {
    stubTools("weather", WEATHER_TOOLS);
    stubCall("weather", "forecast", """
        {"content": [{"type": "text", "text": "Paris: sunny, 24°C"}, {"type": "text", "text": "Tomorrow: cloudy, 19°C"}],
         "metadata": {"mcp_meta": {"isError": false, "structuredContent": {"summary": "sunny"}}}}
        """);
    ScriptedChatModel model = new ScriptedChatModel()
        .callTool("forecast", "{\"city\": \"Paris\", \"days\": 2}")
        .answer("It will be sunny in Paris.");
    ConnectorToolProvider provider = ConnectorToolProvider.builder().client(client).connector("weather").build();

    String answer = assistant(model, provider).chat("Weather in Paris?");

    assertThat(answer).isEqualTo("It will be sunny in Paris.");
    List<ToolSpecification> seen = model.requests.get(0).toolSpecifications();
    assertThat(seen).extracting(ToolSpecification::name).containsExactly("forecast", "alerts");
    ToolSpecification forecast = seen.get(0);
    assertThat(forecast.description()).isEqualTo("Daily forecast for a city.");
    assertThat(forecast.parameters()).isEqualTo(JsonObjectSchema.builder()
        .addProperty("city", JsonStringSchema.builder().description("City name").build())
        .addProperty("days", JsonIntegerSchema.builder().description("(minimum: 1; maximum: 7; default: 3)").build())
        .addProperty("unit", JsonEnumSchema.builder().enumValues("celsius", "fahrenheit").build())
        .required("city")
        .build());
    assertThat(forecast.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ConnectorToolMetadata.CONNECTOR, "weather",
        ConnectorToolMetadata.TOOL_NAME, "forecast",
        ConnectorToolMetadata.TITLE, "Weather forecast",
        ConnectorToolMetadata.TITLE_ANNOTATION, "Forecast",
        ConnectorToolMetadata.READ_ONLY_HINT, true,
        ConnectorToolMetadata.OPEN_WORLD_HINT, true,
        ConnectorToolMetadata.OUTPUT_SCHEMA, Map.of("type", "object", "properties", Map.of("summary", Map.of("type", "string")))));

    List<LoggedRequest> calls = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
    assertThat(calls).hasSize(1);
    wm.verify(postRequestedFor(urlEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withHeader("Authorization", equalTo("Bearer test-key"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"arguments\": {\"city\": \"Paris\", \"days\": 2}}", false, false)));

    List<ToolExecutionResultMessage> results = model.lastToolResults();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).toolName()).isEqualTo("forecast");
    assertThat(results.get(0).text()).isEqualTo("Paris: sunny, 24°C\nTomorrow: cloudy, 19°C");
  }

  @Test
  void aiService_callsTheRightConnectorWhenTwoArePrefixed() {
    stubTools("weather", "[{\"name\": \"search\", \"description\": \"Search places\", \"inputSchema\": {\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}}}]");
    stubTools("github", "[{\"name\": \"search\", \"description\": \"Search code\", \"inputSchema\": {\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}}}]");
    stubCall("github", "search", "{\"content\": [{\"type\": \"text\", \"text\": \"3 matches\"}]}");
    ScriptedChatModel model = new ScriptedChatModel().callTool("gh_search", "{\"q\": \"ToolProvider\"}").answer("Found 3.");
    ConnectorToolProvider provider = ConnectorToolProvider.builder()
        .client(client)
        .connector(ConnectorSource.builder("weather").prefix("w_").build())
        .connector(ConnectorSource.builder("github").prefix("gh_").credentialsName("work").build())
        .build();

    String answer = assistant(model, provider).chat("Find ToolProvider");

    assertThat(answer).isEqualTo("Found 3.");
    assertThat(model.requests.get(0).toolSpecifications())
        .extracting(ToolSpecification::name, ToolSpecification::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("w_search", "Search places"), org.assertj.core.groups.Tuple.tuple("gh_search", "Search code"));
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/connectors/github/tools/search/call?credentials_name=work"))
        .withRequestBody(equalToJson("{\"arguments\": {\"q\": \"ToolProvider\"}}")));
    wm.verify(0, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/search/call")));
    assertThat(model.lastToolResults().get(0).text()).isEqualTo("3 matches");
  }

  @Test
  void aiService_failsFastWhenTwoConnectorsExposeTheSameNameWithoutPrefix() {
    stubTools("weather", "[{\"name\": \"search\", \"inputSchema\": {\"type\": \"object\"}}]");
    stubTools("github", "[{\"name\": \"search\", \"inputSchema\": {\"type\": \"object\"}}]");
    ConnectorToolProvider provider = ConnectorToolProvider.builder().client(client).connectors("weather", "github").build();
    ScriptedChatModel model = new ScriptedChatModel().answer("unused");

    assertThatThrownBy(() -> assistant(model, provider).chat("hi"))
        .isInstanceOf(IllegalConfigurationException.class)
        .hasMessageContaining("Two connectors expose a tool named 'search'")
        .hasMessageContaining("prefix");
    assertThat(model.requests).isEmpty();
  }

  @Test
  void aiService_givesTheModelTheToolsOwnErrorWhenItReportsIsError() {
    stubTools("weather", WEATHER_TOOLS);
    stubCall("weather", "forecast", """
        {"content": [{"type": "text", "text": "Unknown city 'Atlantis'. Use a real city name."}],
         "metadata": {"mcp_meta": {"isError": true}}}
        """);
    ScriptedChatModel model = new ScriptedChatModel().callTool("forecast", "{\"city\": \"Atlantis\"}").answer("No such city.");

    String answer = assistant(model, ConnectorToolProvider.builder().client(client).connector("weather").build()).chat("Atlantis?");

    assertThat(answer).isEqualTo("No such city.");
    ToolExecutionResultMessage result = model.lastToolResults().get(0);
    assertThat(result.text()).isEqualTo("Unknown city 'Atlantis'. Use a real city name.");
    assertThat(result.isError()).isTrue();
  }

  @Test
  void aiService_givesTheModelACleanMessageWhenTheServerFailsAndDoesNotRetry() {
    stubTools("weather", WEATHER_TOOLS);
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\": \"Traceback (most recent call last): File \\\"/srv/app/handler.py\\\" at https://mcp.internal.example/rpc\"}")));
    ScriptedChatModel model = new ScriptedChatModel().callTool("forecast", "{\"city\": \"Paris\"}").answer("Sorry.");

    assistant(model, ConnectorToolProvider.builder().client(client).connector("weather").build()).chat("Paris?");

    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
    ToolExecutionResultMessage result = model.lastToolResults().get(0);
    assertThat(result.isError()).isTrue();
    assertThat(result.text()).isEqualTo("Tool 'forecast' of connector 'weather' failed with a server error (HTTP 500). "
        + "It was not retried because a tool may have side effects; try again later if that is safe.");
  }

  @Test
  void aiService_tellsTheModelWhichCredentialsToFixOn401() {
    stubTools("weather", WEATHER_TOOLS);
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Connector authentication required\"}")));
    ScriptedChatModel model = new ScriptedChatModel().callTool("forecast", "{\"city\": \"Paris\"}").answer("Please connect.");
    ConnectorToolProvider provider = ConnectorToolProvider.builder()
        .client(client)
        .connector(ConnectorSource.builder("weather").credentialsName("alice").build())
        .build();

    assistant(model, provider).chat("Paris?");

    assertThat(model.lastToolResults().get(0).text()).isEqualTo(
        "Tool 'forecast' of connector 'weather' could not run: the call was not authenticated (HTTP 401): Connector authentication required. "
            + "The credentials 'alice' of this connector are missing, expired or revoked (or the API key is invalid): "
            + "store new credentials for the connector, then try again.");
  }

  @Test
  void aiService_letsTheModelFixMalformedArgumentsWithoutCallingTheServer() {
    stubTools("weather", WEATHER_TOOLS);
    ScriptedChatModel model = new ScriptedChatModel().callTool("forecast", "{\"city\": \"Paris\"").answer("Retrying later.");

    assistant(model, ConnectorToolProvider.builder().client(client).connector("weather").build()).chat("Paris?");

    wm.verify(0, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
    ToolExecutionResultMessage result = model.lastToolResults().get(0);
    assertThat(result.isError()).isTrue();
    assertThat(result.text()).startsWith("The arguments of tool 'forecast' are not valid JSON (line 1, column 17): ")
        .endsWith("Call the tool again with the arguments as one valid JSON object.");
  }
}
