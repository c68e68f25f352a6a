package io.github.mistral4j.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UnknownAgentTool;
import io.github.mistral4j.core.ConflictException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real calls of the Agents client: tagged unions, open enums, free-form metadata, errors. */
class AgentsSliceTest {
  private StubServer server;
  private AgentsClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    client = AgentsClient.create(ConnectorsSliceTest.options(server.baseUrl()));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aFullAgentDecodes() {
    server.on("GET /v1/agents/ag_0195", 200, StubServer.resource("/agent-full.json"));

    Agent agent = client.get("ag_0195");

    assertThat(agent.version()).isEqualTo(3);
    assertThat(agent.metadata().get("tier").asInt()).isEqualTo(2);
    assertThat(agent.tools()).hasSize(9);
    assertThat(agent.tools().get(8)).isInstanceOf(UnknownAgentTool.class);
    assertThat(agent.completionArgs().stop().sequences()).containsExactly("\n\n", "END");
  }

  @Test
  void aCreateSendsToolsAsTaggedUnionsAndAConflictIsTyped() {
    server.on("POST /v1/agents", 201, StubServer.resource("/agent-full.json"));
    server.on("POST /v1/agents", 409, "{\"detail\":\"An agent named weather exists\"}");
    CreateAgentRequest request =
        CreateAgentRequest.builder()
            .model("mistral-medium-latest")
            .name("weather")
            .tools(List.of(AgentTool.connector("conn_1")))
            .build();

    Agent created = client.create(request);

    assertThat(created.id()).isEqualTo("ag_0195");
    assertThat(server.received().get(0).body())
        .contains("\"type\":\"connector\"")
        .contains("\"connector_id\":\"conn_1\"");
    assertThatThrownBy(() -> client.create(request))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("An agent named weather exists");
  }
}
