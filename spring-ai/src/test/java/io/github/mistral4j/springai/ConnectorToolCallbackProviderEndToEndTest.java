package io.github.mistral4j.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.RecordedRequest;
import io.github.mistral4j.testkit.ToolException;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import io.github.mistral4j.tools.ConnectorSource;
import io.github.mistral4j.tools.ToolNameCollisionException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage.ToolCall;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

/** Spring AI's ChatClient, a scripted model and two connectors served by the stand-in. */
class ConnectorToolCallbackProviderEndToEndTest {
  private static final String FORECAST_SCHEMA = """
      {"type":"object","properties":{"city":{"type":"string","description":"City name"},\
      "days":{"type":"integer","minimum":1}},"required":["city"]}""";

  private MistralStandIn standIn;
  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    standIn = MistralStandIn.start();
    standIn.seedConnector("{\"name\":\"weather\",\"description\":\"Weather\",\"server\":\"https://mcp.example.com/weather\"}");
    standIn.seedConnector("{\"name\":\"github\",\"description\":\"GitHub\",\"server\":\"https://mcp.example.com/github\"}");
    standIn.registerTool("weather", ToolHandler.builder().name("forecast").description("Daily forecast.")
        .inputSchema(FORECAST_SCHEMA)
        .handler(args -> ToolResult.text(args.path("city").asText() + ": sunny, 24 C")));
    standIn.registerTool("github", ToolHandler.builder().name("search").title("Search issues")
        .handler(args -> {
          if (args.path("q").asText().equals("boom")) {
            throw new ToolException(502, "upstream failed at https://mcp.internal.example/rpc with token abcdef1234567890abcdef12");
          }
          return ToolResult.text("3 issues match '" + args.path("q").asText() + "'");
        }));
    client = ConnectorsClient.create(ClientOptions.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build());
  }

  @AfterEach
  void tearDown() {
    client.close();
    standIn.close();
  }

  private ConnectorToolCallbackProvider provider() {
    return ConnectorToolCallbackProvider.builder()
        .client(client)
        .connector("weather")
        .connector(ConnectorSource.builder("github").prefix("gh_").build())
        .build();
  }

  private List<RecordedRequest> toolCalls() {
    return standIn.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/call")).toList();
  }

  @Test
  void chatClient_seesBothConnectorsToolsAndRunsTwoCallsOnTheirOwnConnectors() {
    ScriptedChatModel model = new ScriptedChatModel()
        .callTools(
            new ToolCall("call-1", "function", "forecast", "{\"city\": \"Paris\"}"),
            new ToolCall("call-2", "function", "gh_search", "{\"q\": \"flaky test\"}"))
        .answer("Sunny in Paris; 3 issues.");

    String answer = ChatClient.create(model).prompt().user("Weather in Paris, and flaky-test issues?")
        .toolCallbacks(provider()).call().content();

    assertThat(answer).isEqualTo("Sunny in Paris; 3 issues.");
    List<ToolDefinition> seen = model.toolsSeen.get(0);
    assertThat(seen).extracting(ToolDefinition::name).containsExactly("forecast", "gh_search");
    assertThat(seen.get(0).description()).isEqualTo("Daily forecast.");
    assertThat(seen.get(0).inputSchema()).isEqualTo(FORECAST_SCHEMA);
    assertThat(seen.get(1).description()).isEqualTo("Search issues");
    assertThat(seen.get(1).inputSchema()).contains("\"type\":\"object\"");
    assertThat(toolCalls()).extracting(RecordedRequest::path)
        .containsExactly("/v1/connectors/weather/tools/forecast/call", "/v1/connectors/github/tools/search/call");
    assertThat(toolCalls()).extracting(r -> r.bodyJson().path("arguments").toString())
        .containsExactly("{\"city\":\"Paris\"}", "{\"q\":\"flaky test\"}");
    List<Message> second = model.messagesSeen.get(1);
    ToolResponseMessage results = (ToolResponseMessage) second.get(second.size() - 1);
    assertThat(results.getResponses()).extracting(ToolResponseMessage.ToolResponse::responseData)
        .containsExactly("Paris: sunny, 24 C", "3 issues match 'flaky test'");
  }

  @Test
  void chatClient_givesTheModelACleanErrorTextWhenTheToolFails() {
    ScriptedChatModel model = new ScriptedChatModel()
        .callTools(new ToolCall("call-1", "function", "gh_search", "{\"q\": \"boom\"}"))
        .answer("GitHub is down.");

    String answer = ChatClient.create(model).prompt().user("Search boom").toolCallbacks(provider()).call().content();

    assertThat(answer).isEqualTo("GitHub is down.");
    List<Message> second = model.messagesSeen.get(1);
    String text = ((ToolResponseMessage) second.get(second.size() - 1)).getResponses().get(0).responseData();
    assertThat(text).startsWith("Tool 'search' of connector 'github' failed with a server error (HTTP 502).")
        .doesNotContain("http://", "https://", "abcdef1234567890", "Exception", "\tat ");
    assertThat(toolCalls()).hasSize(1);
  }

  @Test
  void getToolCallbacks_failsOnACollisionWithoutPrefix() {
    standIn.registerTool("github", ToolHandler.builder().name("forecast").handler(args -> ToolResult.text("x")));
    ConnectorToolCallbackProvider provider = ConnectorToolCallbackProvider.builder().client(client).connectors("weather", "github").build();

    assertThatThrownBy(provider::getToolCallbacks)
        .isInstanceOf(ToolNameCollisionException.class)
        .hasMessageContaining("Two connectors expose a tool named 'forecast'");
  }

  @Test
  void callback_keepsTheReverseMapAndBuilderFailsEarly() {
    ToolCallback[] callbacks = ConnectorToolCallbackProvider.builder().client(client)
        .connector(ConnectorSource.builder("github").prefix("gh_").build()).build().getToolCallbacks();

    assertThat(callbacks).hasSize(1);
    ConnectorToolCallback search = (ConnectorToolCallback) callbacks[0];
    assertThat(search.toolName()).isEqualTo("search");
    assertThat(search.source().idOrName()).isEqualTo("github");
    assertThat(search.call("{\"q\": \"x\"}")).isEqualTo("3 issues match 'x'");
    assertThatThrownBy(() -> ConnectorToolCallbackProvider.builder().connector("weather").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client");
    assertThatThrownBy(() -> ConnectorToolCallbackProvider.builder().client(client).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("connector");
    assertThatThrownBy(() -> ConnectorToolCallbackProvider.builder().connector("a/b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector");
  }
}
