package io.github.mistral4j.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real calls of the Connectors client: every answer the SDK maps, on the leg's dependency versions. */
class ConnectorsSliceTest {
  static final String API_KEY = "sk-compat-key-0123456789";

  private StubServer server;
  private ConnectorsClient client;

  @BeforeEach
  void start() {
    server = new StubServer();
    client = ConnectorsClient.create(options(server.baseUrl()));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static ClientOptions options(String baseUrl) {
    return ClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl).sleeper(d -> {}).build();
  }

  @Test
  void aFullConnectorDecodes() {
    server.on("GET /v1/connectors/weather", 200, StubServer.resource("/fixtures/connector.json"));

    Connector connector = client.get("weather");

    assertThat(connector.name()).isEqualTo("weather");
    assertThat(connector.title()).isEqualTo("Weather");
    assertThat(connector.createdAt().getYear()).isEqualTo(2026);
    assertThat(server.received()).singleElement().satisfies(r -> {
      assertThat(r.headers().get("Authorization")).containsExactly("Bearer " + API_KEY);
      assertThat(r.headers().get("User-agent").get(0)).startsWith("mistral4j/");
    });
  }

  @Test
  void aCreateSendsTheRequestAsJson() {
    server.on("POST /v1/connectors", 201, StubServer.resource("/fixtures/connector.json"));

    Connector created =
        client.create(
            CreateConnectorRequest.builder()
                .name("weather")
                .description("Weather tools")
                .server("https://mcp.example.com/mcp")
                .build());

    assertThat(created.id()).isEqualTo("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(server.received().get(0).body())
        .contains("\"name\":\"weather\"")
        .contains("\"server\":\"https://mcp.example.com/mcp\"");
  }

  @Test
  void toolsAreListedAndCalled() {
    server.on("GET /v1/connectors/weather/tools", 200, StubServer.resource("/fixtures/mcp-tools.json"));
    server.on(
        "POST /v1/connectors/weather/tools/forecast/call",
        200,
        "{\"content\":[{\"type\":\"text\",\"text\":\"Sunny, 24 C\"}],\"metadata\":{}}");

    List<McpTool> tools = client.tools().list("weather").items();
    ConnectorToolCallResponse result = client.tools().call("weather", "forecast", Map.of("city", "Paris"));

    assertThat(tools).extracting(McpTool::name).containsExactly("forecast", "alerts");
    assertThat(tools.get(0).inputSchema().path("required").get(0).asText()).isEqualTo("city");
    assertThat(result.content()).singleElement().isInstanceOf(TextContent.class);
    assertThat(result.text()).isEqualTo("Sunny, 24 C");
    assertThat(server.received().get(1).body()).contains("\"city\":\"Paris\"");
  }

  @Test
  void aFullToolResultDecodes() {
    server.on(
        "POST /v1/connectors/weather/tools/forecast/call", 200, StubServer.resource("/fixtures/tool-call-response.json"));

    ConnectorToolCallResponse result = client.tools().call("weather", "forecast", Map.of());

    assertThat(result.content()).hasSize(8);
    assertThat(result.isError()).isTrue();
  }

  /** The error path that threw NoSuchMethodError (JsonNode.properties()) on Jackson 2.13 and 2.14. */
  @Test
  void a422IsTypedAndTheSecretsItEchoesAreMasked() {
    String secret = "bearer-secret-\"quoted\"-123";
    server.on(
        "POST /v1/connectors/weather/workspace/credentials",
        422,
        "{\"detail\":[{\"loc\":[\"body\",\"credentials\",\"bearer_token\"],"
            + "\"msg\":\"token bearer-secret-\\\"quoted\\\"-123 is not valid for key " + API_KEY + "\","
            + "\"type\":\"value_error\",\"input\":\"bearer-secret-\\\"quoted\\\"-123\"}]}");

    CredentialsCreateOrUpdate credentials =
        CredentialsCreateOrUpdate.builder()
            .name("team")
            .credentials(ConnectionCredentials.builder().bearerToken(secret).putHeader("X-Api-Key", "header-secret-456").build())
            .build();

    assertThatThrownBy(() -> client.credentials().createOrUpdate("weather", Scope.WORKSPACE, credentials))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(422);
          assertThat(e.validationErrors()).extracting(ValidationError::loc)
              .containsExactly(List.of("body", "credentials", "bearer_token"));
          assertThat(e.getMessage())
              .contains("POST /v1/connectors/weather/workspace/credentials")
              .contains("not valid")
              .doesNotContain("bearer-secret", "quoted", API_KEY, "header-secret");
        });
    assertThat(server.received().get(0).body()).contains("header-secret-456");
  }

  @Test
  void statusesMapToTypedExceptions() {
    server.on("GET /v1/connectors/missing", 404, "{\"detail\":\"Connector not found\"}");
    server.on("GET /v1/connectors/locked", 401, "{\"message\":\"Invalid key " + API_KEY + "\"}");

    assertThatThrownBy(() -> client.get("missing"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Connector not found");
    assertThatThrownBy(() -> client.get("locked"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Invalid key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
  }

  @Test
  void a503IsRetriedThenSucceeds() {
    server.on("GET /v1/connectors/weather", 503, "{\"detail\":\"busy\"}");
    server.on("GET /v1/connectors/weather", 503, "");
    server.on("GET /v1/connectors/weather", 200, StubServer.resource("/fixtures/connector.json"));

    assertThat(client.get("weather").name()).isEqualTo("weather");
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void a500ThatLastsFailsAfterTheRetries() {
    server.on("GET /v1/connectors/weather", 500, "{\"detail\":\"broken\"}");

    assertThatThrownBy(() -> client.get("weather"))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("broken");
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void a429WithRetryAfterIsRetried() {
    server.on("GET /v1/connectors/weather", 429, "{\"detail\":\"slow down\"}", Map.of("Retry-After", "1"));
    server.on("GET /v1/connectors/weather", 200, StubServer.resource("/fixtures/connector.json"));

    assertThat(client.get("weather").name()).isEqualTo("weather");
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void aRetryAfterTooLongFailsAtOnce() {
    server.on("GET /v1/connectors/weather", 429, "{\"detail\":\"slow down\"}", Map.of("Retry-After", "3600"));

    assertThatThrownBy(() -> client.get("weather"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
  }

  @Test
  void anAnswerOfTheWrongShapeIsADecodeFailure() {
    server.on("GET /v1/connectors/weather", 200, "{\"id\":\"x\",\"name\":[\"not\",\"a\",\"string\"],\"secret\":\"do-not-quote\"}");
    server.on("GET /v1/connectors/broken", 200, "{\"id\":");

    assertThatThrownBy(() -> client.get("weather"))
        .isInstanceOf(MistralInvalidDataException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("do-not-quote"));
    assertThatThrownBy(() -> client.get("broken")).isInstanceOf(MistralInvalidDataException.class);
  }
}
