package io.github.mistral4j.compat.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.internal.Json;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application in the shape of a Spring Boot 4 one: its own JSON goes through Jackson 3
 * ({@code tools.jackson}), while the SDK, on Jackson 2 ({@code com.fasterxml.jackson}), makes real calls
 * in the same JVM. The two lines share only jackson-annotations.
 */
class Jackson3ApplicationTest {
  /** What the application answers its own clients with, written by Jackson 3. */
  record ForecastView(String connector, List<String> tools, String forecast) {}

  /** What the application receives from its own clients, read by Jackson 3. */
  record ForecastQuery(String connector, String city) {}

  private final JsonMapper appMapper = JsonMapper.builder().build();
  private HttpServer server;
  private ConnectorsClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      int status;
      String body;
      if (path.equals("/v1/connectors/weather/tools")) {
        status = 200;
        body = "[{\"name\":\"forecast\",\"inputSchema\":{\"type\":\"object\"}}]";
      } else if (path.equals("/v1/connectors/weather/tools/forecast/call")) {
        status = 200;
        body = "{\"content\":[{\"type\":\"text\",\"text\":\"Sunny, 24 C\"}]}";
      } else {
        status = 422;
        body = "{\"detail\":[{\"loc\":[\"path\",\"connector_id_or_name\"],\"msg\":\"unknown connector\",\"type\":\"value_error\"}]}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    client =
        ConnectorsClient.create(
            ClientOptions.builder()
                .apiKey("sk-test")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .sleeper(d -> {})
                .build());
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void bothJacksonLinesAreOnTheClasspath() {
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("3.");
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.");
    assertThat(Json.mapper()).isInstanceOf(com.fasterxml.jackson.databind.ObjectMapper.class);
  }

  @Test
  void theApplicationUsesJackson3AndTheSdkCallsSucceed() {
    ForecastQuery query =
        appMapper.readValue("{\"connector\":\"weather\",\"city\":\"Paris\"}", ForecastQuery.class);

    List<McpTool> tools = client.tools().list(query.connector()).items();
    ConnectorToolCallResponse result =
        client.tools().call(query.connector(), "forecast", Map.of("city", query.city()));
    String answer =
        appMapper.writeValueAsString(
            new ForecastView(query.connector(), tools.stream().map(McpTool::name).toList(), result.text()));

    JsonNode tree = appMapper.readTree(answer);
    assertThat(tree.get("tools").get(0).asString()).isEqualTo("forecast");
    assertThat(tree.get("forecast").asString()).isEqualTo("Sunny, 24 C");
  }

  @Test
  void errorsAreTypedBesideJackson3() {
    assertThatThrownBy(() -> client.tools().list("nope"))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e -> assertThat(e.validationErrors().get(0).msg()).isEqualTo("unknown connector"));
  }
}
