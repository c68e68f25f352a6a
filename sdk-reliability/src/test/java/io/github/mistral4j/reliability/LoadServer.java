package io.github.mistral4j.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * A fast HTTP/1.1 server on 127.0.0.1 for load tests: the JDK's {@link HttpServer} (keep-alive,
 * one selector thread, a small fixed pool of handler threads) answering five operations with the
 * suite's canned bodies, each carrying back what identifies its request, so that the caller can
 * check it received its own answer:
 *
 * <ul>
 *   <li>{@code GET /v1/connectors/{name}}: the connector fixture named {@code name};
 *   <li>{@code GET /v1/connectors/{name}/tools}: the tools fixture, its first tool named {@code
 *       name.forecast};
 *   <li>{@code POST /v1/connectors/{name}/tools/{tool}/call} with {@code arguments.n}: one text
 *       content {@code name/tool/n};
 *   <li>{@code GET /v1/agents/{id}}: the agent fixture with that {@code id};
 *   <li>{@code POST /v1/agents} with {@code name}: the agent fixture with that {@code name}.
 * </ul>
 *
 * Anything else (another route, a missing API key, an echo value that is not a plain token) is
 * answered with 4xx and counted in {@link #rejected()}.
 */
final class LoadServer implements AutoCloseable {
  static {
    // Read once by the JDK server's configuration, before the first server starts. Without
    // nodelay, a response written as headers then body waits for the client's delayed ACK (40 ms);
    // the default limit of 200 idle connections would make the server close pooled connections
    // that the client may be reusing at that moment, which is not what this server is for.
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    setIfAbsent("sun.net.httpserver.maxIdleConnections", "4096");
  }

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final String MARK = "@@ECHO@@";
  private static final String AUTHORIZATION = "Bearer " + Fixtures.API_KEY;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Template connector;
  private final Template tools;
  private final Template agentById;
  private final Template agentByName;
  private final HttpServer server;
  private final ExecutorService handlers;
  private final LongAdder requests = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final Queue<String> rejections = new ConcurrentLinkedQueue<>();

  private LoadServer(int handlerThreads) throws IOException {
    connector = field(Fixtures.CONNECTOR, "name");
    ArrayNode toolList = (ArrayNode) mapper.readTree(Fixtures.MCP_TOOLS);
    ((ObjectNode) toolList.get(0)).put("name", MARK);
    tools = Template.split(mapper.writeValueAsString(toolList));
    agentById = field(Fixtures.AGENT, "id");
    agentByName = field(Fixtures.AGENT, "name");
    AtomicInteger n = new AtomicInteger();
    handlers = Executors.newFixedThreadPool(handlerThreads, r -> {
      Thread t = new Thread(r, "load-server-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  static LoadServer start(int handlerThreads) {
    try {
      return new LoadServer(handlerThreads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Requests answered so far, whatever the answer. */
  long requests() {
    return requests.sum();
  }

  /** Requests answered with 4xx. */
  long rejected() {
    return rejected.sum();
  }

  /** The first rejected requests, described. */
  List<String> rejections() {
    return List.copyOf(rejections);
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    try {
      handlers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.increment();
    try (exchange) {
      byte[] requestBody;
      try (InputStream in = exchange.getRequestBody()) {
        requestBody = in.readAllBytes();
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reject(exchange, 401, method + " " + path + ": no API key");
        return;
      }
      String body = answer(method, path.split("/", -1), requestBody);
      if (body == null) {
        reject(exchange, 404, method + " " + path);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The body answering a request, or null when the request is not one this server knows. */
  private String answer(String method, String[] p, byte[] requestBody) throws IOException {
    // p[0] is empty (the path starts with '/'), then "v1"
    if (p.length < 3 || !p[1].equals("v1")) {
      return null;
    }
    if (p[2].equals("connectors") && p.length >= 4 && token(p[3])) {
      if (p.length == 4 && method.equals("GET")) {
        return connector.with(p[3]);
      }
      if (p.length == 5 && p[4].equals("tools") && method.equals("GET")) {
        return tools.with(p[3] + ".forecast");
      }
      if (p.length == 7 && p[4].equals("tools") && token(p[5]) && p[6].equals("call") && method.equals("POST")) {
        String n = mapper.readTree(requestBody).path("arguments").path("n").asText();
        return token(n) ? "{\"content\":[{\"type\":\"text\",\"text\":\"" + p[3] + "/" + p[5] + "/" + n + "\"}]}" : null;
      }
    }
    if (p[2].equals("agents")) {
      if (p.length == 4 && token(p[3]) && method.equals("GET")) {
        return agentById.with(p[3]);
      }
      if (p.length == 3 && method.equals("POST")) {
        JsonNode name = mapper.readTree(requestBody).path("name");
        return token(name.asText()) ? agentByName.with(name.asText()) : null;
      }
    }
    return null;
  }

  private void reject(HttpExchange exchange, int status, String what) throws IOException {
    rejected.increment();
    if (rejections.size() < 20) {
      rejections.add(status + " " + what);
    }
    exchange.sendResponseHeaders(status, -1);
  }

  private static boolean token(String s) {
    return TOKEN.matcher(s).matches();
  }

  private Template field(String json, String name) throws IOException {
    ObjectNode node = (ObjectNode) mapper.readTree(json);
    node.put(name, MARK);
    return Template.split(mapper.writeValueAsString(node));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** A JSON text with one string value left open: the echo, inserted without escaping (a token). */
  private record Template(String before, String after) {
    static Template split(String json) {
      int at = json.indexOf(MARK);
      return new Template(json.substring(0, at), json.substring(at + MARK.length()));
    }

    String with(String value) {
      return before + value + after;
    }
  }
}
