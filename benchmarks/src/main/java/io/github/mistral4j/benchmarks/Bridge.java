package io.github.mistral4j.benchmarks;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorToolProvider;
import io.github.mistral4j.langchain4j.internal.ToolSpecificationFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LangChain4j bridge: MCP tools to {@link ToolSpecification}s. {@code convert} runs the
 * schema conversion alone on tools already decoded; {@code provideTools} is what an AI service
 * pays on a cache miss: {@code list_tools} against the local server (one page for 50 tools, six
 * requests of 100 for 500), decoding and conversion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class Bridge {
  /** How many tools the connector has. */
  @Param({"50", "500"})
  public int tools;

  private List<McpTool> decoded;
  private ConnectorsClient client;
  private ConnectorToolProvider provider;

  /** Decodes the tools and builds a provider that lists them on every request. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    decoded = Json.mapper().readerForListOf(McpTool.class).readValue(Json.mapper().writeValueAsBytes(ToolFixtures.tools(tools)));
    client = ConnectorsClient.create(
        ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(Clients.baseUrl()).build());
    provider = ConnectorToolProvider.builder()
        .client(client)
        .connector(tools == 50 ? Fixtures.CONNECTOR : Fixtures.CONNECTOR_500)
        .cacheTtl(Duration.ZERO)
        .failIfOneConnectorFails(true)
        .build();
    int provided = provideTools().tools().size();
    if (convert().size() != tools || provided != tools) {
      throw new IllegalStateException("expected " + tools + " tools, converted " + convert().size() + ", provided " + provided);
    }
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
  }

  /** Converts every tool (schema, description, metadata). */
  @Benchmark
  public List<ToolSpecification> convert() {
    List<ToolSpecification> specs = new ArrayList<>(decoded.size());
    for (McpTool tool : decoded) {
      specs.add(ToolSpecificationFactory.create(Fixtures.CONNECTOR, tool));
    }
    return specs;
  }

  /** Lists the tools over HTTP and converts them, as on a cache miss. */
  @Benchmark
  public ToolProviderResult provideTools() {
    return provider.provideTools(null);
  }
}
