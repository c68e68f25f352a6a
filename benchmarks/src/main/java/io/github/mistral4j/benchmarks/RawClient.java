package io.github.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.core.internal.Ownership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: what a careful user would write with the JDK {@link HttpClient} and Jackson, with
 * no SDK. It sends the requests the SDK sends (same method, path, headers and JSON body, encoded
 * with the same mapper) and decodes the answers into the same SDK model classes, as the SDK's
 * decoder does (the models keep the trees Jackson parsed, see {@link Ownership}), so that the
 * difference between the two is the SDK's transport. No logging, no error mapping beyond a status
 * check, and one retry on an I/O failure only (see {@link #send}). Its JDK client runs on the JDK's
 * default executor, or on the one given (to compare with the SDK's bounded executor). Its POSTs
 * (call_tool, create agent) go without {@code Expect: 100-continue}, unless asked to send the SDK's
 * exact wire: the SDK asks for it on non-idempotent requests with a body over HTTP/1.1, which both
 * POSTs are.
 */
public final class RawClient implements AutoCloseable {
  private final HttpClient http;
  private final ObjectMapper mapper;
  private final String baseUrl;
  private final String authorization;
  private final String userAgent;
  private final Duration timeout;
  private final boolean expectContinue;
  private final ObjectReader toolsReader;
  private final ObjectReader callReader;
  private final ObjectReader connectorsReader;
  private final ObjectReader agentReader;

  /**
   * Creates the client.
   *
   * @param baseUrl the server, without a trailing slash
   * @param apiKey the bearer key
   * @param userAgent the user agent the SDK sends
   * @param mapper the SDK's mapper (same settings, same models)
   * @param connectTimeout the connect timeout
   * @param timeout the request timeout
   */
  public RawClient(
      String baseUrl, String apiKey, String userAgent, ObjectMapper mapper, Duration connectTimeout, Duration timeout) {
    this(baseUrl, apiKey, userAgent, mapper, connectTimeout, timeout, null);
  }

  /**
   * Creates the client with its JDK client on a given executor.
   *
   * @param baseUrl the server, without a trailing slash
   * @param apiKey the bearer key
   * @param userAgent the user agent the SDK sends
   * @param mapper the SDK's mapper (same settings, same models)
   * @param connectTimeout the connect timeout
   * @param timeout the request timeout
   * @param executor the JDK client's executor, or {@code null} for the JDK's default
   */
  public RawClient(String baseUrl, String apiKey, String userAgent, ObjectMapper mapper, Duration connectTimeout,
      Duration timeout, @Nullable Executor executor) {
    this(baseUrl, apiKey, userAgent, mapper, connectTimeout, timeout, executor, false);
  }

  /**
   * Creates the client with its JDK client on a given executor, its POSTs with or without {@code
   * Expect: 100-continue}.
   *
   * @param baseUrl the server, without a trailing slash
   * @param apiKey the bearer key
   * @param userAgent the user agent the SDK sends
   * @param mapper the SDK's mapper (same settings, same models)
   * @param connectTimeout the connect timeout
   * @param timeout the request timeout
   * @param executor the JDK client's executor, or {@code null} for the JDK's default
   * @param expectContinue whether the POSTs ask {@code Expect: 100-continue}, as the SDK's do
   */
  public RawClient(String baseUrl, String apiKey, String userAgent, ObjectMapper mapper, Duration connectTimeout,
      Duration timeout, @Nullable Executor executor, boolean expectContinue) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER);
    if (executor != null) {
      builder.executor(executor);
    }
    this.http = builder.build();
    this.mapper = mapper;
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.expectContinue = expectContinue;
    this.toolsReader = mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, McpTool.class));
    this.callReader = mapper.readerFor(ConnectorToolCallResponse.class);
    this.connectorsReader = mapper.readerFor(PaginatedConnectors.class);
    this.agentReader = mapper.readerFor(Agent.class);
  }

  /** {@code GET /v1/connectors/{connector}/tools}, first page, as the SDK asks for it. */
  public List<McpTool> listTools(String connector) {
    return read(toolsReader, get("/v1/connectors/" + connector + "/tools?page=1&page_size=100"));
  }

  /** {@code POST /v1/connectors/{connector}/tools/{tool}/call}, non-idempotent. */
  public ConnectorToolCallResponse callTool(String connector, String tool, Map<String, ?> arguments) {
    byte[] body = json(Map.of("arguments", arguments));
    return read(callReader, post("/v1/connectors/" + connector + "/tools/" + tool + "/call", body));
  }

  /** {@code GET /v1/connectors}. */
  public PaginatedConnectors listConnectors() {
    return read(connectorsReader, get("/v1/connectors"));
  }

  /** {@code POST /v1/agents}, non-idempotent. */
  public Agent createAgent(CreateAgentRequest request) {
    return read(agentReader, post("/v1/agents", json(request)));
  }

  private byte[] get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .GET()
        .build();
    return send(request);
  }

  private byte[] post(String path, byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("User-Agent", userAgent)
        .expectContinue(expectContinue)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return send(request);
  }

  private byte[] send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // Under 32 concurrent POSTs the JDK client now and then fails an exchange on a pooled
        // connection it has just closed ("header parser received no bytes"); it replays only
        // GETs by itself. One more try, as a careful caller would.
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " on " + request.method() + " " + request.uri());
    }
    return response.body();
  }

  private byte[] json(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectReader reader, byte[] body) {
    try {
      return Ownership.decode(reader, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // HttpClient is AutoCloseable from Java 21 on; best effort
      }
    }
  }
}
