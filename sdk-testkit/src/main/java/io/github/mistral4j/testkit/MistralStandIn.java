package io.github.mistral4j.testkit;

import io.github.mistral4j.testkit.internal.JournalEntry;
import io.github.mistral4j.testkit.internal.StandInApi;
import io.github.mistral4j.testkit.internal.StandInOptions;
import io.github.mistral4j.testkit.internal.StandInSeeding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An in-process stand-in of Mistral's beta Connectors and Agents HTTP APIs, for offline development and tests.
 * It serves the 35 operations of the contract on {@code http://127.0.0.1:<port>}, keeps connectors and agents
 * in memory, answers connector tool calls with Java {@link ToolHandler}s, validates requests like the real API
 * (401, 404, 409, 422 with {@code detail[]}), records every request, and can be told to misbehave
 * ({@link #failNext(Fault)}). Thread-safe.
 *
 * <pre>{@code
 * try (MistralStandIn standIn = MistralStandIn.start()) {
 *   standIn.registerTool("weather", ToolHandler.builder()
 *       .name("forecast")
 *       .handler(args -> ToolResult.text("Sunny"))
 *       .build());
 *   ClientOptions options = ClientOptions.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build();
 *   ...
 * }
 * }</pre>
 */
public final class MistralStandIn implements AutoCloseable {
  private final StandInApi api;
  private final StandInOptions options;

  private MistralStandIn(Builder b) {
    this.options = b.options.copy();
    this.api = StandInSeeding.start(options);
  }

  /**
   * Starts a stand-in on a free port, accepting any non-blank API key.
   *
   * @return the running stand-in
   */
  public static MistralStandIn start() {
    return builder().start();
  }

  /** {@return a builder for a stand-in with options (port, API key, clock, seeded data)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the base URL to point a client at, such as {@code http://127.0.0.1:49152} (no trailing
   * slash)}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + api.port();
  }

  /** {@return the port the stand-in listens on} */
  public int port() {
    return api.port();
  }

  /**
   * {@return an API key this stand-in accepts: the one configured, or {@code test-key} when any key
   * is accepted}
   */
  public String apiKey() {
    return options.acceptedApiKey();
  }

  /**
   * Registers a tool for the connector with this name, whether it exists yet or not. Tools follow
   * the name: a connector lists the tools registered for its current name. A tool of the same name
   * is replaced.
   *
   * @param connectorName the name of the connector the tool belongs to
   * @param tool the tool
   * @return this stand-in
   * @throws IllegalArgumentException if the name is not a valid connector name ({@code
   *     ^[a-zA-Z0-9_-]{1,64}$})
   */
  public MistralStandIn registerTool(String connectorName, ToolHandler tool) {
    StandInOptions.checkConnectorName(connectorName);
    api.registerTool(connectorName, Objects.requireNonNull(tool, "tool"));
    return this;
  }

  /**
   * Builds and registers a tool; see {@link #registerTool(String, ToolHandler)}.
   *
   * @param connectorName the name of the connector the tool belongs to
   * @param tool the builder of the tool
   * @return this stand-in
   */
  public MistralStandIn registerTool(String connectorName, ToolHandler.Builder tool) {
    return registerTool(connectorName, Objects.requireNonNull(tool, "tool").build());
  }

  /**
   * Removes a tool of a connector name; whether it was registered.
   *
   * @param connectorName the name of the connector the tool belongs to
   * @param toolName the tool's name
   * @return whether the tool was registered
   */
  public boolean unregisterTool(String connectorName, String toolName) {
    return api.unregisterTool(
        Objects.requireNonNull(connectorName, "connectorName"),
        Objects.requireNonNull(toolName, "toolName"));
  }

  /**
   * Creates a connector as {@code POST /v1/connectors} would (same validation), without HTTP.
   *
   * @param createConnectorJson a {@code CreateConnectorRequest} as JSON
   * @return the new connector's id
   * @throws IllegalArgumentException if the request is rejected (the message holds the API's answer)
   */
  public String seedConnector(String createConnectorJson) {
    return StandInSeeding.seed(api, "/v1/connectors", createConnectorJson);
  }

  /**
   * Creates an agent as {@code POST /v1/agents} would (same validation), without HTTP.
   *
   * @param createAgentJson a {@code CreateAgentRequest} as JSON
   * @return the new agent's id
   * @throws IllegalArgumentException if the request is rejected (the message holds the API's answer)
   */
  public String seedAgent(String createAgentJson) {
    return StandInSeeding.seed(api, "/v1/agents", createAgentJson);
  }

  /**
   * Queues a fault for the next matching request(s). Faults are tried in the order queued.
   *
   * @param fault the fault to queue
   * @return this stand-in
   * @throws IllegalArgumentException if the fault neither answers, delays nor drops the connection
   */
  public MistralStandIn failNext(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (!fault.hasEffect()) {
      throw new IllegalArgumentException(
          "fault must respond(), delay() or dropConnection(): " + fault);
    }
    api.addFault(fault);
    return this;
  }

  /** Forgets the faults not used yet. */
  public void clearFaults() {
    api.clearFaults();
  }

  /** {@return every request received so far (the last 10,000), oldest first, credentials masked} */
  public List<RecordedRequest> requests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (JournalEntry e : api.journal()) {
      out.add(new RecordedRequest(e.request(), e.status()));
    }
    return out;
  }

  /**
   * {@return the requests received for one operation ({@code operationId} of the contract), oldest
   * first}
   *
   * @param operationId the operation's {@code operationId} in the contract
   */
  public List<RecordedRequest> requests(String operationId) {
    Objects.requireNonNull(operationId, "operationId");
    List<RecordedRequest> out = requests();
    out.removeIf(r -> !operationId.equals(r.operationId()));
    return out;
  }

  /** Forgets the requests received. */
  public void clearRequests() {
    api.clearJournal();
  }

  /**
   * Returns to the state right after {@link Builder#start()}: connectors, agents, credentials, faults and the
   * request journal are forgotten, then the builder's tools and seeds are applied again. Tools registered on
   * the instance are forgotten too.
   */
  public void reset() {
    api.clear();
    StandInSeeding.apply(api, options);
  }

  /** Stops the server and frees the port. Requests in progress are dropped. Idempotent. */
  @Override
  public void close() {
    api.close();
  }

  @Override
  public String toString() {
    return "MistralStandIn{" + baseUrl() + "}";
  }

  /** Options of a stand-in; {@link #start()} starts one. */
  public static final class Builder {
    private final StandInOptions options = new StandInOptions();

    private Builder() {}

    /**
     * The port to listen on (default 0: a free one).
     *
     * @param port the port, 0 to 65535 (0 for a free one)
     * @return this builder
     * @throws IllegalArgumentException if not between 0 and 65535
     */
    public Builder port(int port) {
      options.port(port);
      return this;
    }

    /**
     * The only API key accepted ({@code Authorization: Bearer <key>}); by default any non-blank key
     * is.
     *
     * @param apiKey the API key, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder apiKey(String apiKey) {
      options.apiKey(apiKey);
      return this;
    }

    /**
     * The clock timestamps come from (default: the system UTC clock).
     *
     * @param clock the clock to take timestamps from
     * @return this builder
     */
    public Builder clock(Clock clock) {
      options.clock(clock);
      return this;
    }

    /**
     * A tool registered at start (and again on {@link MistralStandIn#reset()}).
     *
     * @param connectorName the name of the connector the tool belongs to
     * @param tool the tool
     * @return this builder
     * @throws IllegalArgumentException if the connector name is invalid
     */
    public Builder registerTool(String connectorName, ToolHandler tool) {
      options.registerTool(connectorName, tool);
      return this;
    }

    /**
     * A connector created at start, from a {@code CreateConnectorRequest} as JSON.
     *
     * @param createConnectorJson the connector's {@code CreateConnectorRequest}, as JSON text
     * @return this builder
     */
    public Builder seedConnector(String createConnectorJson) {
      options.seedConnector(createConnectorJson);
      return this;
    }

    /**
     * An agent created at start, from a {@code CreateAgentRequest} as JSON.
     *
     * @param createAgentJson the agent's {@code CreateAgentRequest}, as JSON text
     * @return this builder
     */
    public Builder seedAgent(String createAgentJson) {
      options.seedAgent(createAgentJson);
      return this;
    }

    /**
     * Starts the stand-in.
     *
     * @return the running stand-in
     * @throws java.io.UncheckedIOException if the port cannot be bound
     * @throws IllegalArgumentException if a seed is rejected
     */
    public MistralStandIn start() {
      return new MistralStandIn(this);
    }
  }
}
