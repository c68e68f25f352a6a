package io.github.mistral4j.testkit.internal;

import io.github.mistral4j.testkit.ToolHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The options of a stand-in as its builder collects them, checked as they are set: port, API key,
 * clock, and the tools and seeds applied at start and on every reset. Not thread-safe; a running
 * stand-in keeps its own {@link #copy()}.
 */
public final class StandInOptions {
  private static final Pattern CONNECTOR_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final String DEFAULT_KEY = "test-key";

  private int port;
  private @Nullable String apiKey;
  private Clock clock = Clock.systemUTC();
  private final Map<String, List<ToolHandler>> tools = new LinkedHashMap<>();
  private final List<String> connectorSeeds = new ArrayList<>();
  private final List<String> agentSeeds = new ArrayList<>();

  /**
   * Sets the port.
   *
   * @param port 0 to 65535, 0 for a free one
   * @throws IllegalArgumentException if not between 0 and 65535
   */
  public void port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    this.port = port;
  }

  /**
   * Sets the only API key accepted.
   *
   * @param apiKey the API key, not blank
   * @throws IllegalArgumentException if blank
   */
  public void apiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    this.apiKey = apiKey;
  }

  /**
   * Sets the clock timestamps come from.
   *
   * @param clock the clock
   */
  public void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a tool registered at start and on reset.
   *
   * @param connectorName the name of the connector the tool belongs to
   * @param tool the tool
   * @throws IllegalArgumentException if the connector name is invalid
   */
  public void registerTool(String connectorName, ToolHandler tool) {
    checkConnectorName(connectorName);
    tools.computeIfAbsent(connectorName, k -> new ArrayList<>()).add(Objects.requireNonNull(tool, "tool"));
  }

  /**
   * Adds a connector created at start and on reset.
   *
   * @param createConnectorJson a {@code CreateConnectorRequest} as JSON
   */
  public void seedConnector(String createConnectorJson) {
    connectorSeeds.add(Objects.requireNonNull(createConnectorJson, "createConnectorJson"));
  }

  /**
   * Adds an agent created at start and on reset.
   *
   * @param createAgentJson a {@code CreateAgentRequest} as JSON
   */
  public void seedAgent(String createAgentJson) {
    agentSeeds.add(Objects.requireNonNull(createAgentJson, "createAgentJson"));
  }

  /** {@return the port, 0 for a free one} */
  public int port() {
    return port;
  }

  /** {@return the only API key accepted, or null when any non-blank key is} */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** {@return an API key the stand-in accepts: the one set, or {@code test-key} when any is accepted} */
  public String acceptedApiKey() {
    return apiKey == null ? DEFAULT_KEY : apiKey;
  }

  /** {@return the clock timestamps come from} */
  public Clock clock() {
    return clock;
  }

  /** {@return the tools by connector name, in the order added} */
  public Map<String, List<ToolHandler>> tools() {
    return tools;
  }

  /** {@return the connectors to create, as JSON, in order} */
  public List<String> connectorSeeds() {
    return connectorSeeds;
  }

  /** {@return the agents to create, as JSON, in order} */
  public List<String> agentSeeds() {
    return agentSeeds;
  }

  /** {@return a copy that later changes to these options do not affect} */
  public StandInOptions copy() {
    StandInOptions copy = new StandInOptions();
    copy.port = port;
    copy.apiKey = apiKey;
    copy.clock = clock;
    tools.forEach((k, v) -> copy.tools.put(k, List.copyOf(v)));
    copy.connectorSeeds.addAll(connectorSeeds);
    copy.agentSeeds.addAll(agentSeeds);
    return copy;
  }

  /**
   * Checks a connector name that tools are registered for.
   *
   * @param connectorName the name
   * @throws IllegalArgumentException if it does not match {@code ^[a-zA-Z0-9_-]{1,64}$}
   */
  public static void checkConnectorName(String connectorName) {
    Objects.requireNonNull(connectorName, "connectorName");
    if (!CONNECTOR_NAME.matcher(connectorName).matches()) {
      throw new IllegalArgumentException(
          "connectorName must match ^[a-zA-Z0-9_-]{1,64}$, was '" + connectorName + "'");
    }
  }
}
