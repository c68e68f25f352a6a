package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RawClient;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import java.time.Duration;

/**
 * The program a fresh JVM runs for the cold start: build one client of the given side, make one
 * {@code call_tool}, print {@code ok} and exit. The raw side gets the SDK's user agent and
 * timeouts as arguments, so that it loads none of the SDK's client classes (only its models and
 * its {@code ObjectMapper}, which it decodes with).
 *
 * <p>Usage: {@code ColdStart <sdk|raw|raw-same-wire> <base URL> <user agent> <connect timeout ms> <request
 * timeout ms>}.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Makes the call.
   *
   * @param args side, base URL, user agent, connect and request timeouts in milliseconds
   */
  public static void main(String[] args) {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: ColdStart <sdk|raw|raw-same-wire> <base URL> <user agent> <connect ms> <request ms>");
    }
    Side side = Side.of(args[0]);
    String baseUrl = args[1];
    ConnectorToolCallResponse answer;
    if (side == Side.SDK) {
      ConnectorsClient client =
          ConnectorsClient.create(ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).build());
      answer = client.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, RequestFixtures.callArguments());
    } else {
      RawClient client = new RawClient(baseUrl, Clients.API_KEY, args[2], Json.mapper(),
          Duration.ofMillis(Long.parseLong(args[3])), Duration.ofMillis(Long.parseLong(args[4])), null,
          side == Side.RAW_SAME_WIRE);
      answer = client.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, RequestFixtures.callArguments());
    }
    System.out.println(answer.content().isEmpty() ? "empty" : "ok");
    System.out.flush();
    System.exit(0);
  }
}
