package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderRequest;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One listener hears both the HTTP operation and the agent-tool view of a tool call. */
class ToolCallEventsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Object> events = new CopyOnWriteArrayList<>();

  private final MistralListener listener = new MistralListener() {
    @Override public void operationEnded(OperationEnded e) { events.add(e); }
    @Override public void toolCallStarted(ToolCallStarted e) { events.add(e); }
    @Override public void toolCallCompleted(ToolCallCompleted e) { events.add(e); }
  };

  private ToolExecutor forecast(ConnectorsClient client) {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather/tools")).willReturn(okJson(
        "[{\"name\": \"forecast\", \"description\": \"d\", \"inputSchema\": {\"type\": \"object\"}}]")));
    return ConnectorToolProvider.builder().client(client).connectors("weather").build()
        .provideTools(new ToolProviderRequest("m", UserMessage.from("hi"))).aiServiceTools().get(0).toolExecutor();
  }

  private static ToolExecutionRequest call(String arguments) {
    return ToolExecutionRequest.builder().id("1").name("forecast").arguments(arguments).build();
  }

  private ConnectorsClient client() {
    return ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl())
        .sleeper(d -> {}).addListener(listener).build());
  }

  @Test
  void toolCall_reportsConnectorToolAndSuccess_afterItsHttpOperation_withoutArguments() {
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(okJson(
        "{\"content\": [{\"type\": \"text\", \"text\": \"Sunny\"}], \"isError\": false}")));
    try (ConnectorsClient client = client()) {
      ToolExecutor executor = forecast(client);
      events.clear();
      assertThat(executor.execute(call("{\"city\": \"Paris-secret-arg\"}"), null)).isEqualTo("Sunny");
    }
    assertThat(events).hasSize(3);
    ToolCallStarted started = (ToolCallStarted) events.get(0);
    assertThat(started.connector()).isEqualTo("weather");
    assertThat(started.tool()).isEqualTo("forecast");
    assertThat(((OperationEnded) events.get(1)).operation().operationId()).isEqualTo("connector_call_tool_v1");
    ToolCallCompleted tool = (ToolCallCompleted) events.get(2);
    assertThat(tool.id()).isEqualTo(started.id());
    assertThat(tool.connector()).isEqualTo("weather");
    assertThat(tool.tool()).isEqualTo("forecast");
    assertThat(tool.isError()).isFalse();
    assertThat(tool.errorType()).isNull();
    assertThat(tool.duration().isNegative()).isFalse();
    assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Paris-secret-arg"));
  }

  @Test
  void toolError_andFailedCall_areReportedAsErrorsWithTheirReason() {
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(okJson(
        "{\"content\": [{\"type\": \"text\", \"text\": \"no city\"}], \"metadata\": {\"mcp_meta\": {\"isError\": true}}}")));
    try (ConnectorsClient client = client()) {
      ToolExecutor executor = forecast(client);
      events.clear();
      assertThatThrownBy(() -> executor.execute(call("{}"), null)).isInstanceOf(ConnectorToolException.class);
      wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
          .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("{\"detail\": \"no\"}")));
      assertThatThrownBy(() -> executor.executeWithContext(call("{}"), null)).isInstanceOf(ConnectorToolException.class);
    }
    List<ToolCallCompleted> tools = events.stream().filter(ToolCallCompleted.class::isInstance).map(ToolCallCompleted.class::cast).toList();
    assertThat(tools).extracting(ToolCallCompleted::isError).containsExactly(true, true);
    assertThat(tools).extracting(ToolCallCompleted::errorType).containsExactly("TOOL_ERROR", "PERMISSION");
  }
}
