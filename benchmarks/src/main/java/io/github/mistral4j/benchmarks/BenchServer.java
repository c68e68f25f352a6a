package io.github.mistral4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The fallback server when nginx is not installed: the JDK's {@link HttpServer} on 127.0.0.1
 * answering every route with a fixed body from the fixtures directory. It is slower than nginx
 * and shares the CPU with the benchmark, so ratios measured against it are closer to 1 than
 * the clients' own difference.
 *
 * <p>Usage: {@code BenchServer <fixtures directory> <port>}; runs until killed.
 */
public final class BenchServer {
  private BenchServer() {}

  /**
   * Starts the server.
   *
   * @param args fixtures directory and port
   * @throws IOException when the files cannot be read or the port is taken
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BenchServer <fixtures directory> <port>");
    }
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path dir = Path.of(args[0]);
    Map<String, byte[]> bodies = new HashMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        bodies.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])), 256);
    server.createContext("/", exchange -> answer(exchange, bodies));
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    System.out.println("BenchServer listening on 127.0.0.1:" + args[1]);
  }

  static void answer(HttpExchange exchange, Map<String, byte[]> bodies) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String file = route(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
    byte[] body = file == null ? null : bodies.get(file);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static @Nullable String route(String path, @Nullable String query) {
    switch (path) {
      case "/v1/connectors":
        return "connectors.json";
      case "/v1/agents":
        return "agent.json";
      case "/v1/connectors/" + Fixtures.CONNECTOR + "/tools":
        return "tools-50.json";
      case "/v1/connectors/" + Fixtures.CONNECTOR_500 + "/tools":
        String page = "1";
        if (query != null) {
          for (String pair : query.split("&")) {
            if (pair.startsWith("page=")) {
              page = pair.substring(5);
            }
          }
        }
        return "tools-500-p" + page + ".json";
      default:
        return path.startsWith("/v1/connectors/" + Fixtures.CONNECTOR + "/tools/") && path.endsWith("/call")
            ? "call-tool.json"
            : null;
    }
  }
}
