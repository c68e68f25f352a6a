package io.github.mistral4j.benchmarks.paired;

import dev.langchain4j.agent.tool.ToolSpecification;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.ToolFixtures;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.internal.ToolSpecificationFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The LangChain4j bridge converting 50 decoded MCP tools into {@link ToolSpecification}s (the
 * JMH {@code Bridge.convert} work), timed alone: there is no raw counterpart.
 */
final class BridgeTiming {
  private static final int PER_BATCH = 20;

  private final Settings settings;
  private final List<McpTool> tools;

  BridgeTiming(Settings settings) {
    this.settings = settings;
    try {
      tools = Json.mapper().readerForListOf(McpTool.class)
          .readValue(Json.mapper().writeValueAsBytes(ToolFixtures.tools(50)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Warms up, then records the median of each batch as {@code bridge} (us per 50 tools). */
  void measure(Results results) {
    long until = System.nanoTime() + settings.warmMillis() * 1_000_000 / 2;
    while (System.nanoTime() - until < 0) {
      convert();
    }
    long[] nanos = new long[PER_BATCH];
    for (int b = 0; b < settings.bridgeBatches(); b++) {
      for (int i = 0; i < PER_BATCH; i++) {
        long start = System.nanoTime();
        if (convert().size() != tools.size()) {
          throw new IllegalStateException("the bridge lost tools");
        }
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      results.value("bridge", "convert50", b, (nanos[PER_BATCH / 2 - 1] + nanos[PER_BATCH / 2]) / 2e3);
    }
  }

  private List<ToolSpecification> convert() {
    List<ToolSpecification> specs = new ArrayList<>(tools.size());
    for (McpTool tool : tools) {
      specs.add(ToolSpecificationFactory.create(Fixtures.CONNECTOR, tool));
    }
    return specs;
  }
}
