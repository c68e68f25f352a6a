package io.github.mistral4j.testkit.internal;

import io.github.mistral4j.testkit.Fault;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.internal.agents.AgentsModule;
import io.github.mistral4j.testkit.internal.connectors.ConnectorsModule;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiRequest;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A running stand-in: the HTTP server with the connectors and agents modules behind it, the journal and the
 * fault plan. {@code MistralStandIn} is the public face of this class.
 */
public final class StandInApi implements AutoCloseable {
  private final ConnectorsModule connectors;
  private final AgentsModule agents;
  private final Router router = new Router();
  private final Journal journal = new Journal();
  private final FaultPlan faults = new FaultPlan();
  private final StandInServer server;

  private StandInApi(int port, @Nullable String apiKey, Clock clock) throws IOException {
    this.connectors = new ConnectorsModule(clock);
    this.agents = new AgentsModule(clock);
    connectors.register(router);
    agents.register(router);
    this.server =
        StandInServer.start(port, new Dispatcher(router, new Auth(apiKey), journal, faults));
  }

  /**
   * Starts a stand-in.
   *
   * @param port the port, 0 for a free one
   * @param apiKey the only API key accepted, or null for any non-blank one
   * @param clock the clock timestamps come from
   * @throws IOException if the port cannot be bound
   */
  public static StandInApi start(int port, @Nullable String apiKey, Clock clock)
      throws IOException {
    return new StandInApi(port, apiKey, clock);
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** The operations served, as routes. */
  public Router router() {
    return router;
  }

  /** Registers a tool for a connector name. */
  public void registerTool(String connectorName, ToolHandler tool) {
    connectors.registerTool(connectorName, tool);
  }

  /** Removes a tool; whether it was registered. */
  public boolean unregisterTool(String connectorName, String toolName) {
    return connectors.unregisterTool(connectorName, toolName);
  }

  /** Queues a fault. */
  public void addFault(Fault fault) {
    faults.add(fault);
  }

  /** Forgets the waiting faults. */
  public void clearFaults() {
    faults.clear();
  }

  /** The requests received. */
  public List<JournalEntry> journal() {
    return journal.entries();
  }

  /** Forgets the requests received. */
  public void clearJournal() {
    journal.clear();
  }

  /** Forgets connectors, agents, tools, faults and requests. */
  public void clear() {
    connectors.clear();
    agents.clear();
    faults.clear();
    journal.clear();
  }

  /**
   * Runs one operation in process (no HTTP, no auth, no fault, not journaled), as used to seed data.
   *
   * @param method the HTTP method
   * @param path the raw path
   * @param json the JSON body
   * @return the response
   * @throws IllegalStateException if no operation has this method and path
   */
  public ApiResponse call(String method, String path, String json) {
    ApiRequest request = new ApiRequest(
        method,
        path,
        null,
        Map.of("Content-Type", List.of("application/json")),
        json.getBytes(StandardCharsets.UTF_8));
    if (!(router.resolve(request.method(), request.rawSegments()) instanceof Router.Found found)) {
      throw new IllegalStateException("No operation " + method + " " + path);
    }
    try {
      return found.route().handler().handle(new Inputs(request, found.params()));
    } catch (ApiException e) {
      return e.response();
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }
}
