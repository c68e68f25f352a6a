package io.github.mistral4j.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.core.ClientOptions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the SDK itself costs per call, without a network: the typed client, the Feign proxy, the
 * retrying client and the JSON codec, over a {@link Client} that answers every request at once with
 * the benchmark server's body for it (held as the adapter holds it, a {@link BytesBody}, with the
 * headers nginx sends). Lives in the core's internal package to reach {@code BytesBody}. Run with
 * {@code -prof gc} for the allocation per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TransportBench {
  private ConnectorsClient connectors;
  private AgentsClient agents;
  private Map<String, Object> arguments;
  private CreateAgentRequest agentRequest;

  /** Builds the clients on the canned transport. */
  @Setup
  public void setUp() {
    Map<String, byte[]> bodies = Fixtures.bodies();
    ClientOptions options =
        ClientOptions.builder()
            .apiKey("bench-0123456789abcdef0123456789abcdef")
            .baseUrl("http://127.0.0.1:1")
            .feignClient(new Canned(bodies))
            .build();
    connectors = ConnectorsClient.create(options);
    agents = AgentsClient.create(options);
    arguments = RequestFixtures.callArguments();
    agentRequest = RequestFixtures.createAgentRequest();
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    connectors.close();
    agents.close();
  }

  /** {@code call_tool}: a POST with 5 arguments, a 3 KB answer. */
  @Benchmark
  public ConnectorToolCallResponse callTool() {
    return connectors.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, arguments);
  }

  /** {@code create agent}: a POST of an agent with 4 tools, a 1.7 KB answer. */
  @Benchmark
  public Agent createAgent() {
    return agents.create(agentRequest);
  }

  /** {@code list connectors}: a page of 20 (23 KB). */
  @Benchmark
  public PaginatedConnectors listConnectors() {
    return connectors.list().response(PaginatedConnectors.class);
  }

  /** Answers like the benchmark server, without I/O. */
  private static final class Canned implements Client {
    private final Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] callTool;
    private final byte[] agent;
    private final byte[] connectors;

    Canned(Map<String, byte[]> bodies) {
      callTool = bodies.get("call-tool.json");
      agent = bodies.get("agent.json");
      connectors = bodies.get("connectors.json");
      headers.put("server", List.of("nginx/1.22.1"));
      headers.put("date", List.of("Sun, 22 Nov 2026 00:17:00 GMT"));
      headers.put("content-type", List.of("application/json"));
      headers.put("last-modified", List.of("Sun, 22 Nov 2026 00:16:00 GMT"));
      headers.put("etag", List.of("\"6740c9a0-b8e\""));
      headers.put("accept-ranges", List.of("bytes"));
    }

    @Override
    public Response execute(Request request, Request.Options options) {
      String path = HttpText.pathOf(request.url());
      byte[] body = path.endsWith("/call") ? callTool : path.equals("/v1/agents") ? agent : connectors;
      return Response.builder()
          .status(200)
          .headers(headers)
          .body(new BytesBody(body))
          .request(request)
          .build();
    }
  }
}
