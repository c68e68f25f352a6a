package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.MistralStandInTest;
import io.github.mistral4j.testkit.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorsTourTest {

  @Test
  void onTheStandIn_walksThroughEveryStepAndLeavesNothingBehind() {
    try (ExampleRun run = ExampleRun.local()) {
      ConnectorsTour.run(run.env);

      assertThat(run.transcript())
          .contains("running against the local stand-in at " + run.standIn().baseUrl())
          .contains("page 1: weather", "page 2: helpdesk")
          .contains("2 connectors, ours among them: true")
          .contains(
              "title (none), description \"Forecasts for Paris, Lyon and Brest, three days ahead\"")
          .contains("active: true")
          .contains("sending ConnectionCredentials{bearerToken=****}")
          .contains("stored: personal, type bearer, default")
          .contains("forecast: Daily weather forecast for a city.")
          .contains("Today in Paris: sunny, 24°C\n  Day 2 in Paris: cloudy, 19°C")
          .doesNotContain("demo-token-123");
      assertThat(run.standIn().requests("connector_list_v1"))
          .extracting(r -> r.queryParam("page_size"))
          .containsExactly("1", "1", "2");
      assertThat(run.connectorsLeft()).isEmpty();
    }
  }

  @Test
  void update_setsTheDescriptionAndSendsANullTitle() {
    try (ExampleRun run = ExampleRun.local()) {
      ConnectorsTour.run(run.env);

      JsonNode patch = run.single("connector_update_v1").bodyJson();
      assertThat(patch.size()).isEqualTo(2);
      assertThat(patch.get("title").isNull()).isTrue();
      assertThat(patch.get("description").asText()).startsWith("Forecasts for Paris");
    }
  }

  @Test
  void activationCredentialsAndToolCall_reachTheRightEndpointsWithTheRightBodies() {
    try (ExampleRun run = ExampleRun.local()) {
      ConnectorsTour.run(run.env);

      RecordedRequest activation = run.single("connector_activate_for_consumer_v1");
      assertThat(activation.path()).endsWith("/workspace/activate");
      assertThat(activation.status()).isEqualTo(200);

      RecordedRequest credentials = run.single("connector_create_or_update_user_credentials_v1");
      assertThat(credentials.bodyJson().path("name").asText()).isEqualTo("personal");
      assertThat(credentials.bodyJson().path("credentials").path("bearer_token").asText())
          .isEqualTo("demo-token-123");

      RecordedRequest call = run.single("connector_call_tool_v1");
      assertThat(call.path()).isEqualTo("/v1/connectors/weather/tools/forecast/call");
      assertThat(call.bodyJson().path("arguments").path("city").asText()).isEqualTo("Paris");
      assertThat(call.bodyJson().path("arguments").path("days").asInt()).isEqualTo(2);
      assertThat(call.status()).isEqualTo(200);

      assertThat(run.standIn().requests("connector_delete_v1"))
          .extracting(RecordedRequest::status)
          .containsExactly(200, 200);
    }
  }

  @Test
  @MistralStandInTest
  void withAnApiKeyButNoMcpUrl_usesUniqueNamesAndSkipsTheToolCalls(MistralStandIn api) {
    try (ExampleRun run = ExampleRun.remote(api, Map.of())) {
      ConnectorsTour.run(run.env);

      assertThat(run.transcript())
          .contains(
              "running against the real API at "
                  + api.baseUrl()
                  + ": this creates and deletes real resources")
          .contains(
              "MISTRAL_EXAMPLE_MCP_URL is not set: no MCP server for connectors, no tool calls")
          .doesNotContain("List the connector's tools");
      assertThat(api.requests("connector_create_v1"))
          .extracting(r -> r.bodyJson().path("name").asText())
          .allMatch(name -> name.matches("mistral4j-example-(weather|helpdesk)-[0-9a-f]{8}"));
      assertThat(api.requests("connector_call_tool_v1")).isEmpty();
      assertThat(api.requests("connector_delete_v1")).hasSize(2);
    }
  }
}
