package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;

class AgentsTourTest {

  @Test
  void onTheStandIn_createsUpdatesAliasesAndDeletes() {
    try (ExampleRun run = ExampleRun.local()) {
      AgentsTour.run(run.env);

      assertThat(run.transcript())
          .contains("weather-desk: id ag_", ", version 0")
          .contains("tool: connector ")
          .contains("tool: function open_ticket (Opens a help desk ticket)")
          .contains("now at version 1 of [0, 1]")
          .contains("version 1: reviewed\n  version 0: first draft")
          .contains("prod -> version 1")
          .contains(
              "version 1: \"Use the forecast tool; open a ticket when a forecast is wrong.\"");
      try (AgentsClient agents = AgentsClient.create(run.env.options())) {
        assertThat(agents.listAll()).isEmpty();
      }
      assertThat(run.connectorsLeft()).isEmpty();
    }
  }

  @Test
  void create_sendsAConnectorToolForTheNewConnectorAndAFunctionTool() {
    try (ExampleRun run = ExampleRun.local()) {
      AgentsTour.run(run.env);

      String connectorId =
          run.standIn()
              .requests("connector_delete_v1")
              .get(0)
              .path()
              .replace("/v1/connectors/", "");
      JsonNode tools = run.single("agents_api_v1_agents_create").bodyJson().path("tools");
      assertThat(tools).hasSize(2);
      assertThat(tools.get(0).path("type").asText()).isEqualTo("connector");
      assertThat(tools.get(0).path("connector_id").asText()).isEqualTo(connectorId);
      assertThat(tools.get(1).path("type").asText()).isEqualTo("function");
      assertThat(tools.get(1).path("function").path("name").asText()).isEqualTo("open_ticket");
      assertThat(tools.get(1).path("function").path("parameters").path("required").get(0).asText())
          .isEqualTo("title");
    }
  }

  @Test
  void alias_pointsProdToVersion1AndTheAgentIsReadThroughIt() {
    try (ExampleRun run = ExampleRun.local()) {
      AgentsTour.run(run.env);

      RecordedRequest alias = run.single("agents_api_v1_agents_create_or_update_alias");
      assertThat(alias.queryParam("alias")).isEqualTo("prod");
      assertThat(alias.queryParam("version")).isEqualTo("1");
      assertThat(alias.status()).isEqualTo(200);
      assertThat(run.standIn().requests("agents_api_v1_agents_get"))
          .filteredOn(r -> "prod".equals(r.queryParam("agent_version")))
          .extracting(RecordedRequest::status)
          .containsExactly(200);
      assertThat(
              run.single("agents_api_v1_agents_update").bodyJson().path("version_message").asText())
          .isEqualTo("reviewed");
    }
  }
}
