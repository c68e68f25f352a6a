package io.github.mistral4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.langchain4j.ConnectorToolProvider;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bridge on the leg's LangChain4j: tools listed as specifications, called directly and by AiServices. */
class LangChain4jSliceTest {
  private StubServer server;
  private ConnectorsClient client;

  interface Assistant {
    String chat(String message);
  }

  @BeforeEach
  void start() {
    server = new StubServer();
    client = ConnectorsClient.create(ConnectorsSliceTest.options(server.baseUrl()));
    server.on("GET /v1/connectors/weather/tools", 200, StubServer.resource("/fixtures/mcp-tools.json"));
    server.on(
        "POST /v1/connectors/weather/tools/forecast/call",
        200,
        "{\"content\":[{\"type\":\"text\",\"text\":\"Sunny, 24 C\"}],\"metadata\":{}}");
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void connectorToolsAreListedAsSpecificationsAndCalled() throws Exception {
    ConnectorToolProvider provider = ConnectorToolProvider.builder().client(client).connectors("weather").build();

    ToolProviderResult result = provider.provideTools(null);
    Map<ToolSpecification, ToolExecutor> tools = result.tools();
    ToolSpecification forecast =
        tools.keySet().stream().filter(s -> s.name().equals("forecast")).findFirst().orElseThrow();
    String answer =
        tools.get(forecast)
            .execute(ToolExecutionRequest.builder().id("1").name("forecast").arguments("{\"city\":\"Paris\"}").build(), null);

    assertThat(tools.keySet()).extracting(ToolSpecification::name).containsExactlyInAnyOrder("forecast", "alerts");
    JsonObjectSchema parameters = forecast.parameters();
    assertThat(parameters.properties().get("city")).isInstanceOf(JsonStringSchema.class);
    assertThat(parameters.required()).containsExactly("city");
    assertThat(answer).contains("Sunny, 24 C");
    assertThat(server.received().get(1).body()).contains("\"city\":\"Paris\"");
  }

  @Test
  void anAiServiceCallsAConnectorTool() {
    ScriptedModel model = new ScriptedModel();
    model.script.add(
        AiMessage.from(
            ToolExecutionRequest.builder().id("call_1").name("forecast").arguments("{\"city\":\"Paris\"}").build()));
    model.script.add(AiMessage.from("It is sunny in Paris."));
    Assistant assistant =
        AiServices.builder(Assistant.class)
            .chatModel(model)
            .toolProvider(ConnectorToolProvider.builder().client(client).connectors("weather").build())
            .build();

    String answer = assistant.chat("Weather in Paris?");

    assertThat(answer).isEqualTo("It is sunny in Paris.");
    assertThat(model.requests.get(0).toolSpecifications())
        .extracting(ToolSpecification::name)
        .contains("forecast");
    List<String> results = new ArrayList<>();
    for (ChatMessage m : model.requests.get(1).messages()) {
      if (m instanceof ToolExecutionResultMessage r) {
        results.add(r.text());
      }
    }
    assertThat(results).singleElement().asString().contains("Sunny, 24 C");
  }

  /** A chat model that plays a script and keeps the requests it received. */
  static final class ScriptedModel implements ChatModel {
    final Deque<AiMessage> script = new ArrayDeque<>();
    final List<ChatRequest> requests = new ArrayList<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      AiMessage next = script.poll();
      if (next == null) {
        throw new AssertionError("the model was asked one turn more than scripted");
      }
      return ChatResponse.builder().aiMessage(next).build();
    }
  }
}
