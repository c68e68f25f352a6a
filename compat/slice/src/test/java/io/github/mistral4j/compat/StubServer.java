package io.github.mistral4j.compat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted HTTP server on the JDK's own {@code com.sun.net.httpserver}, so that the slice needs no
 * test library that brings a Jackson of its own (WireMock 3 needs Jackson 2.14+). Answers are queued per
 * {@code "METHOD /path"} (query ignored); the last one queued repeats.
 */
final class StubServer implements AutoCloseable {
  record Reply(int status, String body, Map<String, String> headers) {}

  record Received(String method, String uri, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> script = new HashMap<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  StubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  StubServer on(String methodAndPath, int status, String body) {
    return on(methodAndPath, status, body, Map.of());
  }

  synchronized StubServer on(String methodAndPath, int status, String body, Map<String, String> headers) {
    script.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(new Reply(status, body, headers));
    return this;
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getRawPath();
      received.add(
          new Received(
              exchange.getRequestMethod(), exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), body));
      Reply reply = next(exchange.getRequestMethod() + " " + path);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private synchronized Reply next(String key) {
    Deque<Reply> replies = script.get(key);
    if (replies == null || replies.isEmpty()) {
      return new Reply(404, "{\"detail\":\"no stub for " + key + "\"}", Map.of());
    }
    return replies.size() > 1 ? replies.poll() : replies.peek();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static String resource(String name) {
    try (InputStream in = StubServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
