package io.github.mistral4j.examples;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.connectors.ListConnectorsParams;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.page.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tour of the Connectors API: create, list and page, get, update (set one field, clear another),
 * activate for the workspace, store user credentials, list and call tools, delete.
 */
public final class ConnectorsTour {
  private ConnectorsTour() {}

  /**
   * Runs the tour on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone("Connectors tour", ConnectorsTour::run);
  }

  /**
   * Runs the tour.
   *
   * @param env where it runs
   */
  public static void run(ExampleEnvironment env) {
    run(env, env.options());
  }

  /**
   * Runs the tour with client options of the caller's (listeners added, for example).
   *
   * @param env where it runs
   * @param options the options of the tour's client
   */
  public static void run(ExampleEnvironment env, ClientOptions options) {
    Transcript t = env.transcript();
    try (ConnectorsClient connectors = ConnectorsClient.create(options)) {
      t.step("Create two connectors");
      Connector weather =
          connectors.create(
              CreateConnectorRequest.builder()
                  .name(env.resourceName(DemoTools.WEATHER))
                  .title("Weather")
                  .description("Forecasts for European cities")
                  .server(env.mcpServerUrl())
                  .build());
      Connector helpdesk =
          connectors.create(
              CreateConnectorRequest.builder()
                  .name(env.resourceName(DemoTools.HELPDESK))
                  .description("Help desk tickets")
                  .server(env.mcpServerUrl())
                  .build());
      t.result(summary(weather));
      t.result(summary(helpdesk));
      try {
        listAndPage(connectors, t, List.of(weather.name(), helpdesk.name()));
        getUpdateAndActivate(connectors, t, weather);
        storeCredentials(connectors, t, weather);
        if (env.hasToolServer()) {
          listAndCallTools(connectors, env, weather);
        }
      } finally {
        t.step("Delete both connectors");
        t.result(connectors.delete(weather.id()).message());
        t.result(connectors.delete(helpdesk.id()).message());
      }
    }
  }

  private static void listAndPage(ConnectorsClient connectors, Transcript t, List<String> ours) {
    t.step("List connectors one per page, following the next cursor");
    Page<Connector> first = connectors.list(ListConnectorsParams.builder().pageSize(1).build());
    t.result("page 1: " + names(first.items()));
    if (first.hasNextPage()) { // false on the last page
      Page<Connector> second = first.nextPage(); // same filter and page size, next cursor
      t.result("page 2: " + names(second.items()));
    }

    t.step("List them all with listAll(), which fetches pages as the iteration needs them");
    List<String> all =
        connectors.listAll(ListConnectorsParams.builder().pageSize(2).build()).stream()
            .map(Connector::name)
            .collect(Collectors.toList());
    t.result(all.size() + " connectors, ours among them: " + all.containsAll(ours));
  }

  private static void getUpdateAndActivate(
      ConnectorsClient connectors, Transcript t, Connector weather) {
    t.step("Get the connector by name");
    Connector found = connectors.get(weather.name());
    t.result("title %s, description \"%s\"".formatted(found.title(), found.description()));

    t.step("Update it: set the description, clear the title");
    Connector updated =
        connectors.update(
            weather.id(),
            UpdateConnectorRequest.builder()
                .description("Forecasts for Paris, Lyon and Brest, three days ahead")
                .clearTitle() // sent as "title": null
                .build());
    String title = updated.title(); // @Nullable: optional in the API
    t.result(
        "title %s, description \"%s\""
            .formatted(title == null ? "(none)" : title, updated.description()));

    t.step("Activate it for the workspace");
    t.result(connectors.activations().activate(weather.id(), Scope.WORKSPACE).message());
    t.result("active: " + connectors.get(weather.id()).active());
  }

  private static void storeCredentials(
      ConnectorsClient connectors, Transcript t, Connector weather) {
    t.step("Store credentials for the current user");
    CredentialsCreateOrUpdate credentials =
        CredentialsCreateOrUpdate.builder()
            .name("personal")
            .title("My API token")
            .credentials(ConnectionCredentials.builder().bearerToken("demo-token-123").build())
            .build();
    t.result("sending " + credentials.credentials() + " (secrets never appear in toString)");
    t.result(
        connectors.credentials().createOrUpdate(weather.id(), Scope.USER, credentials).message());
    for (AuthenticationConfiguration stored :
        connectors.credentials().list(weather.id(), Scope.USER).items()) { // one page: not paginated
      String isDefault = stored.isDefault() ? ", default" : "";
      t.result(
          "stored: %s, type %s%s".formatted(stored.name(), stored.authenticationType(), isDefault));
    }
  }

  private static void listAndCallTools(
      ConnectorsClient connectors, ExampleEnvironment env, Connector weather) {
    Transcript t = env.transcript();
    t.step("List the connector's tools");
    // listAll fetches every page (100 tools a page): list() would give the first page only
    List<McpTool> tools = connectors.tools().listAll(weather.name()).stream().toList();
    for (McpTool tool : tools) {
      t.result(tool.name() + ": " + tool.description() + " " + tool.inputSchema().path("required"));
    }

    Optional<ExampleEnvironment.ToolCall> call = env.toolCall(tools);
    if (call.isEmpty()) {
      t.result("the connector lists no tool to call");
      return;
    }
    t.step("Call " + call.get().tool() + " with " + call.get().arguments());
    ConnectorToolCallResponse response =
        connectors.tools().call(weather.name(), call.get().tool(), call.get().arguments());
    t.result(
        response.isError() ? "the tool reported an error: " + response.text() : response.text());
  }

  private static String summary(Connector c) {
    return "%s: id %s, visibility %s, server %s"
        .formatted(c.name(), c.id(), c.visibility(), c.server());
  }

  private static String names(List<Connector> connectors) {
    return connectors.stream().map(Connector::name).collect(Collectors.joining(", "));
  }
}
