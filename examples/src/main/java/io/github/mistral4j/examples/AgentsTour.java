package io.github.mistral4j.examples;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.FunctionDefinition;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import java.util.List;
import java.util.Map;

/**
 * A tour of the Agents API: create an agent with a connector tool and a function tool, update it
 * (which makes a new version), list its versions, point the alias {@code prod} at the new version,
 * get the agent by alias, delete it.
 */
public final class AgentsTour {
  private AgentsTour() {}

  /**
   * Runs the tour on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone("Agents tour", AgentsTour::run);
  }

  /**
   * Runs the tour.
   *
   * @param env where it runs
   */
  public static void run(ExampleEnvironment env) {
    Transcript t = env.transcript();
    try (ConnectorsClient connectors = ConnectorsClient.create(env.options());
        AgentsClient agents = AgentsClient.create(env.options())) {
      t.step("Create a connector for the agent to use");
      Connector weather =
          connectors.create(
              CreateConnectorRequest.builder()
                  .name(env.resourceName(DemoTools.WEATHER))
                  .description("Forecasts for European cities")
                  .server(env.mcpServerUrl())
                  .build());
      t.result(weather.name() + ": id " + weather.id());
      try {
        Agent agent = createAgent(agents, env, weather);
        try {
          versionsAndAlias(agents, t, agent);
        } finally {
          t.step("Delete the agent");
          agents.delete(agent.id());
          t.result("deleted " + agent.id());
        }
      } finally {
        t.step("Delete the connector");
        t.result(connectors.delete(weather.id()).message());
      }
    }
  }

  private static Agent createAgent(AgentsClient agents, ExampleEnvironment env, Connector weather) {
    Transcript t = env.transcript();
    t.step("Create an agent with a connector tool and a function tool");
    Agent agent =
        agents.create(
            CreateAgentRequest.builder()
                .model(env.modelName())
                .name(env.resourceName("weather-desk"))
                .description("Answers weather questions and files tickets")
                .instructions("Answer weather questions with the forecast tool.")
                .addTool(AgentTool.connector(weather.id()))
                .addTool(
                    AgentTool.function(
                        "open_ticket",
                        "Opens a help desk ticket",
                        Map.of(
                            "type", "object",
                            "properties", Map.of("title", Map.of("type", "string")),
                            "required", List.of("title"))))
                .versionMessage("first draft")
                .build());
    t.result("%s: id %s, version %d".formatted(agent.name(), agent.id(), agent.version()));
    for (AgentTool tool : agent.tools()) {
      t.result("tool: " + describe(tool));
    }
    return agent;
  }

  private static void versionsAndAlias(AgentsClient agents, Transcript t, Agent agent) {
    t.step("Update the instructions: every update makes a new version");
    Agent updated =
        agents.update(
            agent.id(),
            UpdateAgentRequest.builder()
                .instructions("Use the forecast tool; open a ticket when a forecast is wrong.")
                .versionMessage("reviewed")
                .build());
    t.result("now at version " + updated.version() + " of " + updated.versions());

    t.step("List the versions, newest first");
    for (Agent version : agents.versions().listAll(agent.id())) { // every page, fetched lazily
      t.result("version " + version.version() + ": " + version.versionMessage());
    }

    t.step("Point the alias prod to version " + updated.version());
    AgentAliasResponse alias =
        agents.aliases().createOrUpdate(agent.id(), "prod", updated.version());
    t.result(alias.alias() + " -> version " + alias.version());

    t.step("Get the agent by alias");
    Agent prod = agents.get(agent.id(), "prod");
    t.result("version " + prod.version() + ": \"" + prod.instructions() + "\"");
  }

  /**
   * Tools are a sealed union: each variant has its own fields; unknown tool types keep their JSON.
   */
  private static String describe(AgentTool tool) {
    if (tool instanceof ConnectorTool connector) {
      return "connector " + connector.connectorId();
    }
    if (tool instanceof FunctionTool function) {
      FunctionDefinition definition = function.function();
      return "function %s (%s)".formatted(definition.name(), definition.description());
    }
    return tool.type();
  }
}
