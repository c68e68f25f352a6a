package io.github.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names the benchmarks use and the fixed bodies the benchmark server returns ({@link
 * ToolFixtures}, {@link ResponseFixtures}); the requests are in {@link RequestFixtures}.
 * Everything is deterministic and shaped after the contract.
 *
 * <p>Run as a program, it writes the bodies into a directory for the server: {@code tools-50.json},
 * {@code tools-500-p1.json} to {@code -p6} (pages of 100, the last empty), {@code call-tool.json},
 * {@code connectors.json}, {@code agent.json}.
 */
public final class Fixtures {
  /** The connector the benchmarks list and call: 50 tools. */
  public static final String CONNECTOR = "bench";

  /** The connector with 500 tools, listed in pages of 100. */
  public static final String CONNECTOR_500 = "bench500";

  /** The tool {@code call_tool} calls. */
  public static final String TOOL = "github_search_issues";

  private static final ObjectMapper MAPPER = Json.mapper();

  private Fixtures() {}

  /** Every body the server serves, by file name. */
  public static Map<String, byte[]> bodies() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("tools-50.json", bytes(ToolFixtures.tools(50)));
    ArrayNode all = ToolFixtures.tools(500);
    for (int page = 1; page <= 6; page++) {
      ArrayNode slice = MAPPER.createArrayNode();
      for (int i = (page - 1) * 100; i < Math.min(page * 100, all.size()); i++) {
        slice.add(all.get(i));
      }
      files.put("tools-500-p" + page + ".json", bytes(slice));
    }
    files.put("call-tool.json", bytes(ResponseFixtures.callToolResponse()));
    files.put("connectors.json", bytes(ResponseFixtures.connectorsPage()));
    files.put("agent.json", bytes(ResponseFixtures.agentResponse()));
    return files;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the bodies into a directory.
   *
   * @param args the directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Fixtures <directory>");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : bodies().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
      System.out.printf("%-22s %7d bytes%n", e.getKey(), e.getValue().length);
    }
  }
}
