package io.github.mistral4j.benchmarks;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.internal.SdkPools;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The SDK clients and the raw baseline, shared by every benchmark thread (one client serving many
 * callers, as in an application), pointed at the server named by the environment variable
 * {@value #BASE_URL_ENV} (inherited by JMH's forked JVMs) or the system property {@value
 * #BASE_URL}.
 */
@State(Scope.Benchmark)
public class Clients {
  /** System property holding the server's base URL, for example {@code http://127.0.0.1:18080}. */
  public static final String BASE_URL = "mistral4j.bench.baseUrl";

  /** Environment variable holding the server's base URL. */
  public static final String BASE_URL_ENV = "MISTRAL4J_BENCH_BASE_URL";

  /** The bearer key both sides send (a fixed, fake key). */
  public static final String API_KEY = "bench-0123456789abcdef0123456789abcdef";

  /** The threads of the SDK's own JDK client executor ({@code MistralHttp}): 2 to 4, one per CPU. */
  static final int SDK_HTTP_THREADS = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));

  ConnectorsClient connectors;
  AgentsClient agents;
  RawClient raw;
  RawClient rawOnSdkExecutor;
  RawClient rawSameWire;
  ExecutorService sdkLikeExecutor;
  Map<String, Object> arguments;
  CreateAgentRequest agentRequest;

  /** Builds the clients and checks that both answer alike. */
  @Setup(Level.Trial)
  public void setUp() {
    String baseUrl = baseUrl();
    ClientOptions options = ClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
    connectors = ConnectorsClient.create(options);
    agents = AgentsClient.create(options);
    raw = new RawClient(
        baseUrl, API_KEY, options.userAgent(), Json.mapper(), options.connectTimeout(), options.requestTimeout());
    sdkLikeExecutor = SdkPools.handOff(SDK_HTTP_THREADS, SdkPools.daemonThreads("raw-http-", new AtomicInteger()));
    rawOnSdkExecutor = new RawClient(baseUrl, API_KEY, options.userAgent(), Json.mapper(), options.connectTimeout(),
        options.requestTimeout(), sdkLikeExecutor);
    rawSameWire = new RawClient(baseUrl, API_KEY, options.userAgent(), Json.mapper(), options.connectTimeout(),
        options.requestTimeout(), null, true);
    arguments = RequestFixtures.callArguments();
    agentRequest = RequestFixtures.createAgentRequest();
    same("list_tools", connectors.tools().list(Fixtures.CONNECTOR).items(), raw.listTools(Fixtures.CONNECTOR));
    same("call_tool",
        connectors.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
        raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments));
    same("list connectors", connectors.list().response(PaginatedConnectors.class), raw.listConnectors());
    Agent agent = agents.create(agentRequest);
    same("create agent", agent, raw.createAgent(agentRequest));
    same("call_tool on the SDK's executor", raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
        rawOnSdkExecutor.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments));
    same("call_tool on the SDK's wire", raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
        rawSameWire.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments));
    same("create agent on the SDK's wire", agent, rawSameWire.createAgent(agentRequest));
    if (connectors.tools().list(Fixtures.CONNECTOR).items().size() != 50 || connectors.list().items().size() != 20) {
      throw new IllegalStateException("The server does not serve the benchmark fixtures");
    }
  }

  /**
   * The server's base URL, without a trailing slash.
   *
   * @return the URL from the environment or the system property
   * @throws IllegalStateException when neither is set
   */
  public static String baseUrl() {
    String url = System.getenv(BASE_URL_ENV);
    if (url == null || url.isBlank()) {
      url = System.getProperty(BASE_URL);
    }
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "Set " + BASE_URL_ENV + " or -D" + BASE_URL + " to http://127.0.0.1:PORT (benchmarks/run does)");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** {@return the SDK's connectors client} */
  public ConnectorsClient connectors() {
    return connectors;
  }

  /** {@return the SDK's agents client} */
  public AgentsClient agents() {
    return agents;
  }

  /** {@return the raw baseline} */
  public RawClient raw() {
    return raw;
  }

  /** {@return the raw baseline with its JDK client on an executor like the SDK's (bounded, hand-off)} */
  public RawClient rawOnSdkExecutor() {
    return rawOnSdkExecutor;
  }

  /**
   * {@return the raw baseline on the JDK's default executor sending the SDK's wire: {@code Expect:
   * 100-continue} on its POSTs}
   */
  public RawClient rawSameWire() {
    return rawSameWire;
  }

  /** {@return the arguments of {@code call_tool}} */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /** {@return the agent to create} */
  public CreateAgentRequest agentRequest() {
    return agentRequest;
  }

  private static void same(String what, Object sdk, Object raw) {
    if (!Objects.equals(sdk, raw)) {
      throw new IllegalStateException(what + ": the SDK and the raw client decoded different answers");
    }
  }

  /** Closes the clients. */
  @TearDown(Level.Trial)
  public void tearDown() {
    connectors.close();
    agents.close();
    raw.close();
    rawOnSdkExecutor.close();
    rawSameWire.close();
    sdkLikeExecutor.shutdown();
  }
}
