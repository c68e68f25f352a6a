package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.MistralStandInTest;
import io.github.mistral4j.testkit.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangChain4jAgentTest {

  @Test
  void onTheStandIn_theScriptedModelCallsBothConnectorsToolsAndAnswersFromTheirResults() {
    try (ExampleRun run = ExampleRun.local()) {
      LangChain4jAgent.run(run.env);

      assertThat(run.transcript())
          .contains("tools: helpdesk_search_tickets, weather_forecast")
          .contains("the chat model is scripted")
          .contains(
              "called weather_forecast {\"city\": \"Paris\", \"days\": 2} -> Today in Paris: sunny,"
                  + " 24°C Day 2 in Paris: cloudy, 19°C")
          .contains(
              "called helpdesk_search_tickets {\"query\": \"weather widget\"} -> #142 Weather"
                  + " widget shows Fahrenheit in Paris (open)")
          .contains("answer: Forecast: Today in Paris: sunny, 24°C");
      assertThat(run.standIn().requests("connector_call_tool_v1"))
          .extracting(
              RecordedRequest::path,
              r -> r.bodyJson().path("arguments").toString(),
              RecordedRequest::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "/v1/connectors/weather/tools/forecast/call",
                  "{\"city\":\"Paris\",\"days\":2}",
                  200),
              org.assertj.core.groups.Tuple.tuple(
                  "/v1/connectors/helpdesk/tools/search_tickets/call",
                  "{\"query\":\"weather widget\"}",
                  200));
      assertThat(run.connectorsLeft()).isEmpty();
    }
  }

  @Test
  @MistralStandInTest
  void withAnApiKeyButNoMcpUrl_saysWhyAndCreatesNothing(MistralStandIn api) {
    try (ExampleRun run = ExampleRun.remote(api, Map.of())) {
      LangChain4jAgent.run(run.env);

      assertThat(run.transcript())
          .contains(
              "MISTRAL_EXAMPLE_MCP_URL is not set: no MCP server for connectors, no tool calls");
      assertThat(api.requests()).isEmpty();
    }
  }
}
