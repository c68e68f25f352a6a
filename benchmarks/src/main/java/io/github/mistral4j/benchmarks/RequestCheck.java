package io.github.mistral4j.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the SDK and the raw baseline send the same requests: method, path and query, the
 * headers that matter (Accept, Authorization, Content-Type, User-Agent) and the body, byte for
 * byte. It records the requests of each side on a JDK server answering with the fixtures, and
 * exits with status 1 on any difference. {@code benchmarks/run} runs it before measuring.
 */
public final class RequestCheck {
  private static final List<String> HEADERS = List.of("accept", "authorization", "content-type", "user-agent");

  private RequestCheck() {}

  /** A recorded request. */
  private record Seen(String method, String uri, Map<String, List<String>> headers, byte[] body) {
    String describe() {
      return method + " " + uri + " " + headers + " body=" + body.length + " bytes";
    }

    boolean sameAs(Seen o) {
      return method.equals(o.method) && uri.equals(o.uri) && headers.equals(o.headers) && Arrays.equals(body, o.body);
    }
  }

  /**
   * Runs the check.
   *
   * @param args unused
   * @throws IOException when the server cannot start
   */
  public static void main(String[] args) throws IOException {
    Map<String, byte[]> bodies = Fixtures.bodies();
    List<Seen> seen = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> {
        if (HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
          headers.put(k.toLowerCase(Locale.ROOT), v);
        }
      });
      synchronized (seen) {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      String file = BenchServer.route(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
      byte[] answer = file == null ? new byte[0] : bodies.get(file);
      exchange.sendResponseHeaders(file == null ? 404 : 200, answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    ClientOptions options = ClientOptions.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).build();
    int failures = 0;
    try (ConnectorsClient connectors = ConnectorsClient.create(options);
        AgentsClient agents = AgentsClient.create(options);
        RawClient raw = new RawClient(
            baseUrl, Clients.API_KEY, options.userAgent(), Json.mapper(), options.connectTimeout(), options.requestTimeout())) {
      Map<String, Object> arguments = RequestFixtures.callArguments();
      var request = RequestFixtures.createAgentRequest();
      List<Runnable[]> pairs = List.of(
          new Runnable[] {() -> connectors.tools().list(Fixtures.CONNECTOR), () -> raw.listTools(Fixtures.CONNECTOR)},
          new Runnable[] {
            () -> connectors.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, arguments),
            () -> raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, arguments)
          },
          new Runnable[] {connectors::list, raw::listConnectors},
          new Runnable[] {() -> agents.create(request), () -> raw.createAgent(request)});
      for (Runnable[] pair : pairs) {
        seen.clear();
        pair[0].run();
        pair[1].run();
        Seen sdk = seen.get(0);
        Seen rawSeen = seen.get(1);
        if (sdk.sameAs(rawSeen)) {
          System.out.println("same request: " + sdk.method() + " " + sdk.uri() + " (" + sdk.body().length + " body bytes)");
        } else {
          failures++;
          System.out.println("DIFFERENT requests:\n  sdk: " + sdk.describe() + "\n  raw: " + rawSeen.describe());
        }
      }
    } finally {
      server.stop(0);
    }
    if (failures > 0) {
      System.exit(1);
    }
  }
}
