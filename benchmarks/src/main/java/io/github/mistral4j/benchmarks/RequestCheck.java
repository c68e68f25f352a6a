package io.github.mistral4j.benchmarks;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that the raw baselines send the SDK's requests. It records the bytes of each side's
 * requests as they arrive ({@link WireRecorder}: request line, headers in order and case, body) and
 * compares them with the SDK's: the raw baseline on the SDK's wire ({@code RawClient} asking {@code
 * Expect: 100-continue} on its POSTs) must send the very same bytes; the plain raw baseline the
 * same bytes but for the SDK's {@code Expect: 100-continue} line. It exits with status 1 on any
 * difference. {@code benchmarks/run} runs it before measuring.
 */
public final class RequestCheck {
  private static final String EXPECT_LINE = "expect: 100-continue";

  private RequestCheck() {}

  /** One operation as the SDK, the plain raw client and the raw client on the SDK's wire make it. */
  private record Calls(Runnable sdk, Runnable raw, Runnable sameWire) {}

  /**
   * Runs the check.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    int failures = 0;
    try (WireRecorder server = new WireRecorder(Fixtures.bodies())) {
      String baseUrl = server.baseUrl();
      ClientOptions options = ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).build();
      try (ConnectorsClient connectors = ConnectorsClient.create(options);
          AgentsClient agents = AgentsClient.create(options);
          RawClient raw = new RawClient(
              baseUrl, Clients.API_KEY, options.userAgent(), Json.mapper(), options.connectTimeout(), options.requestTimeout());
          RawClient sameWire = new RawClient(baseUrl, Clients.API_KEY, options.userAgent(), Json.mapper(),
              options.connectTimeout(), options.requestTimeout(), null, true)) {
        Map<String, Object> arguments = RequestFixtures.callArguments();
        var request = RequestFixtures.createAgentRequest();
        List<Calls> calls = List.of(
            new Calls(() -> connectors.tools().list(Fixtures.CONNECTOR), () -> raw.listTools(Fixtures.CONNECTOR),
                () -> sameWire.listTools(Fixtures.CONNECTOR)),
            new Calls(() -> connectors.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
                () -> raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
                () -> sameWire.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments)),
            new Calls(connectors::list, raw::listConnectors, sameWire::listConnectors),
            new Calls(() -> agents.create(request), () -> raw.createAgent(request), () -> sameWire.createAgent(request)));
        for (Calls c : calls) {
          server.take();
          c.sdk().run();
          c.raw().run();
          c.sameWire().run();
          failures += check(server.take());
        }
      }
      for (String problem : server.problems()) {
        failures++;
        System.out.println("UNREADABLE request: " + problem);
      }
    }
    if (failures > 0) {
      System.exit(1);
    }
  }

  /** Prints the outcome for the requests of one operation, SDK first; returns the failures. */
  private static int check(List<WireRecorder.Recorded> seen) {
    if (seen.size() != 3) {
      System.out.println("DIFFERENT number of requests: " + seen.size() + " where each side should send one");
      return 1;
    }
    WireRecorder.Recorded sdk = seen.get(0);
    WireRecorder.Recorded raw = seen.get(1);
    WireRecorder.Recorded sameWire = seen.get(2);
    boolean sdkExpects = "100-continue".equalsIgnoreCase(sdk.header("Expect"));
    boolean rawSame = Arrays.equals(withoutExpect(sdk.head()), withoutExpect(raw.head()))
        && Arrays.equals(sdk.body(), raw.body()) && raw.header("Expect") == null;
    boolean wireSame = sdk.sameBytes(sameWire);
    System.out.printf(Locale.ROOT, "%s %s: %d head and %d body bytes%s; raw: %s; raw, same wire: %s%n",
        rawSame && wireSame ? "same requests:" : "DIFFERENT requests:", sdk.requestLine(), sdk.head().length,
        sdk.body().length, sdkExpects ? ", with Expect: 100-continue" : "",
        rawSame ? (sdkExpects ? "the same bytes but for Expect" : "the same bytes") : "DIFFERENT",
        wireSame ? "the same bytes" : "DIFFERENT");
    if (!rawSame) {
      System.out.println("  sdk: " + describe(sdk) + "\n  raw: " + describe(raw));
    }
    if (!wireSame) {
      System.out.println("  sdk:            " + describe(sdk) + "\n  raw, same wire: " + describe(sameWire));
    }
    return (rawSame ? 0 : 1) + (wireSame ? 0 : 1);
  }

  /** The head without an {@code Expect: 100-continue} line (any case), the only line raw may lack. */
  static byte[] withoutExpect(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    StringBuilder kept = new StringBuilder(text.length());
    for (String line : text.split("\r\n", -1)) {
      if (!line.toLowerCase(Locale.ROOT).replace(" ", "").equals(EXPECT_LINE.replace(" ", ""))) {
        kept.append(line).append("\r\n");
      }
    }
    kept.setLength(kept.length() - 2);
    return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The head's lines with the Authorization value replaced by its length, and the body's size. */
  static String describe(WireRecorder.Recorded r) {
    List<String> lines = new ArrayList<>();
    lines.add(r.requestLine());
    for (String line : r.headerLines()) {
      int colon = line.indexOf(':');
      boolean secret = colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Authorization");
      lines.add(secret ? line.substring(0, colon) + ": <" + (line.length() - colon - 1) + " chars>" : line);
    }
    return String.join(" | ", lines) + " | body=" + r.body().length + " bytes";
  }
}
