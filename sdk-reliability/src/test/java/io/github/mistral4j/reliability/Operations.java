package io.github.mistral4j.reliability;

import static io.github.mistral4j.reliability.Fixtures.AGENT;
import static io.github.mistral4j.reliability.Fixtures.AGENTS;
import static io.github.mistral4j.reliability.Fixtures.AGENT_ID;
import static io.github.mistral4j.reliability.Fixtures.AGENT_PAGE;
import static io.github.mistral4j.reliability.Fixtures.ALIAS;
import static io.github.mistral4j.reliability.Fixtures.ALIASES;
import static io.github.mistral4j.reliability.Fixtures.ALIAS_BODY;
import static io.github.mistral4j.reliability.Fixtures.AUTH_METHODS;
import static io.github.mistral4j.reliability.Fixtures.AUTH_URL;
import static io.github.mistral4j.reliability.Fixtures.CONNECTOR;
import static io.github.mistral4j.reliability.Fixtures.CONNECTORS_LAST_PAGE;
import static io.github.mistral4j.reliability.Fixtures.CONNECTORS_PAGE;
import static io.github.mistral4j.reliability.Fixtures.CONNECTOR_ID;
import static io.github.mistral4j.reliability.Fixtures.CONNECTOR_NAME;
import static io.github.mistral4j.reliability.Fixtures.CREDENTIALS;
import static io.github.mistral4j.reliability.Fixtures.CREDENTIALS_LIST;
import static io.github.mistral4j.reliability.Fixtures.MCP_TOOLS;
import static io.github.mistral4j.reliability.Fixtures.MESSAGE;
import static io.github.mistral4j.reliability.Fixtures.TOOL;
import static io.github.mistral4j.reliability.Fixtures.TOOL_CALL;

import io.github.mistral4j.agents.ListAgentsPageParams;
import io.github.mistral4j.agents.ListAgentsParams;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.connectors.GetAuthUrlParams;
import io.github.mistral4j.connectors.GetConnectorParams;
import io.github.mistral4j.connectors.ListConnectorsParams;
import io.github.mistral4j.connectors.ListCredentialsParams;
import io.github.mistral4j.connectors.ListToolsParams;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Every public operation of the connectors and agents clients, as data. */
@SuppressWarnings("deprecation") // agents.list and its pager: deprecated by the API, still operations to cover
final class Operations {
  private static final String CONNECTORS = "/v1/connectors";
  private static final String BY_ID = CONNECTORS + "/" + CONNECTOR_ID;
  private static final String BY_NAME = CONNECTORS + "/" + CONNECTOR_NAME;
  private static final String AGENT_PATH = "/v1/agents/" + AGENT_ID;

  private static final List<Operation> ALL = build();

  private Operations() {}

  /** The table: each synchronous operation once (per scope where a scope is a path segment), plus async twins. */
  static List<Operation> all() {
    return ALL;
  }

  /**
   * One operation per distinct way of failing: HTTP method, idempotence, empty answer, async. Enough
   * where the outcome depends on the transport and the retry policy, not on the operation.
   */
  static List<Operation> representatives() {
    Map<String, Operation> byKind = new java.util.LinkedHashMap<>();
    for (Operation op : ALL) {
      String kind = op.method() + "/" + op.idempotent() + "/" + op.returnsNothing() + "/" + op.name().startsWith("async");
      byKind.putIfAbsent(kind, op);
    }
    return List.copyOf(byKind.values());
  }

  static Operation named(String name) {
    return ALL.stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + name));
  }

  static CreateConnectorRequest connectorToCreate() {
    return CreateConnectorRequest.builder()
        .name("weather")
        .description("Weather tools")
        .server("https://mcp.example.com/mcp")
        .build();
  }

  static CreateAgentRequest agentToCreate() {
    return CreateAgentRequest.builder().model("mistral-medium-latest").name("weather").build();
  }

  private static List<Operation> build() {
    List<Operation> ops = new ArrayList<>();
    // connectors
    ops.add(op("connectors.create", "POST", CONNECTORS, false,
        (c, o) -> c.connectors().create(connectorToCreate(), o), CONNECTOR));
    ops.add(op("connectors.list", "GET", CONNECTORS, true,
        (c, o) -> c.connectors().list(ListConnectorsParams.none(), o), CONNECTORS_PAGE));
    ops.add(op("connectors.listAll", "GET", CONNECTORS, true,
        (c, o) -> c.connectors().listAll(ListConnectorsParams.none(), o).stream().toList(), CONNECTORS_LAST_PAGE));
    ops.add(op("connectors.get", "GET", BY_NAME, true,
        (c, o) -> c.connectors().get(CONNECTOR_NAME, GetConnectorParams.none(), o), CONNECTOR));
    ops.add(op("connectors.update", "PATCH", BY_ID, true,
        (c, o) -> c.connectors().update(CONNECTOR_ID, UpdateConnectorRequest.builder().description("Forecasts").build(), o),
        CONNECTOR));
    ops.add(op("connectors.delete", "DELETE", BY_ID, true,
        (c, o) -> c.connectors().delete(CONNECTOR_ID, o), MESSAGE));
    ops.add(op("connectors.getAuthUrl", "GET", BY_NAME + "/auth_url", true,
        (c, o) -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.none(), o), AUTH_URL));
    ops.add(op("connectors.getAuthenticationMethods", "GET", BY_NAME + "/authentication_methods", true,
        (c, o) -> c.connectors().getAuthenticationMethods(CONNECTOR_NAME, o), AUTH_METHODS));
    ops.add(op("connectors.share", "PUT", BY_ID + "/share", true,
        (c, o) -> c.connectors().share(CONNECTOR_ID, o), MESSAGE));
    ops.add(op("connectors.unshare", "DELETE", BY_ID + "/share", true,
        (c, o) -> c.connectors().unshare(CONNECTOR_ID, o), MESSAGE));
    for (Scope scope : Scope.values()) {
      String s = scope.pathSegment();
      String label = scope.name().toLowerCase(Locale.ROOT);
      ops.add(op("activations.activate(" + label + ")", "POST", BY_ID + "/" + s + "/activate", true,
          (c, o) -> c.connectors().activations().activate(CONNECTOR_ID, scope, o), MESSAGE));
      ops.add(op("activations.deactivate(" + label + ")", "POST", BY_ID + "/" + s + "/deactivate", true,
          (c, o) -> c.connectors().activations().deactivate(CONNECTOR_ID, scope, o), MESSAGE));
    }
    ops.add(op("tools.list", "GET", BY_NAME + "/tools", true,
        (c, o) -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.none(), o), MCP_TOOLS));
    ops.add(op("tools.listPretty", "GET", BY_NAME + "/tools", true,
        (c, o) -> c.connectors().tools().listPretty(CONNECTOR_NAME, ListToolsParams.none(), o), MCP_TOOLS));
    ops.add(op("tools.listAll", "GET", BY_NAME + "/tools", true,
        (c, o) -> c.connectors().tools().listAll(CONNECTOR_NAME, ListToolsParams.none(), o).stream().toList(),
        MCP_TOOLS));
    ops.add(op("tools.call", "POST", BY_NAME + "/tools/" + TOOL + "/call", false,
        (c, o) -> c.connectors().tools().call(CONNECTOR_NAME, TOOL, Map.of("city", "Paris"), CREDENTIALS, o),
        TOOL_CALL));
    for (Scope scope : Scope.values()) {
      String s = scope.pathSegment();
      String label = scope.name().toLowerCase(Locale.ROOT);
      ops.add(op("credentials.list(" + label + ")", "GET", BY_NAME + "/" + s + "/credentials", true,
          (c, o) -> c.connectors().credentials().list(CONNECTOR_NAME, scope, ListCredentialsParams.none(), o),
          CREDENTIALS_LIST));
      ops.add(op("credentials.createOrUpdate(" + label + ")", "POST", BY_NAME + "/" + s + "/credentials", true,
          (c, o) -> c.connectors().credentials().createOrUpdate(CONNECTOR_NAME, scope, credentials(), o), MESSAGE));
      ops.add(op("credentials.delete(" + label + ")", "DELETE",
          BY_NAME + "/" + s + "/credentials/" + CREDENTIALS, true,
          (c, o) -> c.connectors().credentials().delete(CONNECTOR_NAME, scope, CREDENTIALS, o), MESSAGE));
    }
    ops.add(op("credentials.deleteAllUser", "DELETE", BY_NAME + "/user/credentials", true,
        (c, o) -> c.connectors().credentials().deleteAllUser(CONNECTOR_NAME, o), MESSAGE));

    // agents
    ops.add(op("agents.create", "POST", "/v1/agents", false,
        (c, o) -> c.agents().create(agentToCreate(), o), AGENT));
    ops.add(op("agents.list", "GET", "/v1/agents", true,
        (c, o) -> c.agents().list(ListAgentsParams.none(), o), AGENTS));
    ops.add(op("agents.listAll(pages)", "GET", "/v1/agents", true,
        (c, o) -> c.agents().listAll(ListAgentsParams.none(), o).stream().toList(), AGENTS));
    ops.add(op("agents.list(page tokens)", "GET", "/v1/agents/pages", true,
        (c, o) -> c.agents().list(ListAgentsPageParams.none(), o), AGENT_PAGE));
    ops.add(op("agents.listAll(page tokens)", "GET", "/v1/agents/pages", true,
        (c, o) -> c.agents().listAll(ListAgentsPageParams.none(), o).stream().toList(), AGENT_PAGE));
    ops.add(op("agents.get", "GET", AGENT_PATH, true, (c, o) -> c.agents().get(AGENT_ID, o), AGENT));
    ops.add(op("agents.get(version)", "GET", AGENT_PATH, true, (c, o) -> c.agents().get(AGENT_ID, 3, o), AGENT));
    ops.add(op("agents.update", "PATCH", AGENT_PATH, false,
        (c, o) -> c.agents().update(AGENT_ID, UpdateAgentRequest.builder().description("Forecasts").build(), o), AGENT));
    ops.add(op("agents.delete", "DELETE", AGENT_PATH, true, (c, o) -> {
      c.agents().delete(AGENT_ID, o);
      return null;
    }, null));
    ops.add(op("versions.update", "PATCH", AGENT_PATH + "/version", true,
        (c, o) -> c.agents().versions().update(AGENT_ID, 3, o), AGENT));
    ops.add(op("versions.list", "GET", AGENT_PATH + "/versions", true,
        (c, o) -> c.agents().versions().list(AGENT_ID, o), AGENTS));
    ops.add(op("versions.listAll", "GET", AGENT_PATH + "/versions", true,
        (c, o) -> c.agents().versions().listAll(AGENT_ID, 20, o).stream().toList(), AGENTS));
    ops.add(op("versions.get", "GET", AGENT_PATH + "/versions/3", true,
        (c, o) -> c.agents().versions().get(AGENT_ID, 3, o), AGENT));
    ops.add(op("aliases.createOrUpdate", "PUT", AGENT_PATH + "/aliases", true,
        (c, o) -> c.agents().aliases().createOrUpdate(AGENT_ID, ALIAS, 3, o), ALIAS_BODY));
    ops.add(op("aliases.list", "GET", AGENT_PATH + "/aliases", true,
        (c, o) -> c.agents().aliases().list(AGENT_ID, o), ALIASES));
    ops.add(op("aliases.delete", "DELETE", AGENT_PATH + "/aliases", true, (c, o) -> {
      c.agents().aliases().delete(AGENT_ID, ALIAS, o);
      return null;
    }, null));

    // async twins: the same transport, run on the client's executor
    ops.add(op("async connectors.get", "GET", BY_NAME, true,
        (c, o) -> c.connectors().async().get(CONNECTOR_NAME, GetConnectorParams.none(), o).join(), CONNECTOR));
    ops.add(op("async tools.call", "POST", BY_NAME + "/tools/" + TOOL + "/call", false,
        (c, o) -> c.connectors().async().tools().call(CONNECTOR_NAME, TOOL, Map.of("city", "Paris"), CREDENTIALS, o)
            .join(),
        TOOL_CALL));
    ops.add(op("async agents.create", "POST", "/v1/agents", false,
        (c, o) -> c.agents().async().create(agentToCreate(), o).join(), AGENT));
    ops.add(op("async agents.get", "GET", AGENT_PATH, true,
        (c, o) -> c.agents().async().get(AGENT_ID, o).join(), AGENT));
    ops.add(op("async connectors.list", "GET", CONNECTORS, true,
        (c, o) -> c.connectors().async().list(ListConnectorsParams.none(), o).join(), CONNECTORS_PAGE));
    ops.add(op("async connectors.listAll", "GET", CONNECTORS, true,
        (c, o) -> c.connectors().async().listAll(ListConnectorsParams.none(), o).toList().join(), CONNECTORS_LAST_PAGE));
    ops.add(op("async tools.list", "GET", BY_NAME + "/tools", true,
        (c, o) -> c.connectors().async().tools().list(CONNECTOR_NAME, ListToolsParams.none(), o).join(), MCP_TOOLS));
    ops.add(op("async tools.listAll", "GET", BY_NAME + "/tools", true,
        (c, o) -> c.connectors().async().tools().listAll(CONNECTOR_NAME, ListToolsParams.none(), o).toList().join(),
        MCP_TOOLS));
    ops.add(op("async agents.list(page tokens)", "GET", "/v1/agents/pages", true,
        (c, o) -> c.agents().async().list(ListAgentsPageParams.none(), o).join(), AGENT_PAGE));
    ops.add(op("async agents.listAll(page tokens)", "GET", "/v1/agents/pages", true,
        (c, o) -> c.agents().async().listAll(ListAgentsPageParams.none(), o).toList().join(), AGENT_PAGE));
    ops.add(op("async versions.list", "GET", AGENT_PATH + "/versions", true,
        (c, o) -> c.agents().async().versions().list(AGENT_ID, o).join(), AGENTS));
    ops.add(op("async aliases.list", "GET", AGENT_PATH + "/aliases", true,
        (c, o) -> c.agents().async().aliases().list(AGENT_ID, o).join(), ALIASES));
    return List.copyOf(ops);
  }

  static CredentialsCreateOrUpdate credentials() {
    return CredentialsCreateOrUpdate.builder()
        .name(CREDENTIALS)
        .credentials(ConnectionCredentials.builder().bearerToken("bearer-value").build())
        .build();
  }

  private static Operation op(
      String name, String method, String path, boolean idempotent, Operation.Call call, @Nullable String okBody) {
    return new Operation(name, method, path, idempotent, call, okBody);
  }
}
