package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static io.github.mistral4j.testkit.Fixtures.forecast;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class ConnectorToolsTest {
  private MistralStandIn standIn;
  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    this.standIn = standIn;
    this.http = Http.to(standIn);
    http.post("/v1/connectors", connector("weather"));
  }

  @Test
  void listTools_describesRegisteredToolsAsMcpTools() {
    standIn.registerTool("weather", forecast());

    Http.Reply r = http.get("/v1/connectors/weather/tools");

    assertThat(r.status()).isEqualTo(200);
    JsonNode tool = r.json().get(0);
    assertThat(tool.get("name").asText()).isEqualTo("forecast");
    assertThat(tool.get("title").asText()).isEqualTo("Forecast");
    assertThat(tool.get("description").asText()).isEqualTo("Weather forecast for a city");
    assertThat(tool.get("inputSchema").get("required").get(0).asText()).isEqualTo("city");
    assertThat(tool.get("outputSchema").isNull()).isTrue();
  }

  @Test
  void listTools_isEmptyForAConnectorWithoutTools() {
    assertThat(http.get("/v1/connectors/weather/tools").json()).isEmpty();
  }

  @Test
  void listTools_pagesFromOne() {
    for (int i = 0; i < 5; i++) {
      standIn.registerTool(
          "weather", ToolHandler.builder().name("t" + i).handler(a -> ToolResult.text("x")));
    }

    JsonNode first = http.get("/v1/connectors/weather/tools?page=1&page_size=2").json();
    JsonNode third = http.get("/v1/connectors/weather/tools?page=3&page_size=2").json();
    JsonNode beyond =
        http.get("/v1/connectors/weather/tools?page=4&page_size=2").json();

    assertThat(first).extracting(t -> t.get("name").asText()).containsExactly("t0", "t1");
    assertThat(third).extracting(t -> t.get("name").asText()).containsExactly("t4");
    assertThat(beyond).isEmpty();
    assertThat(http.get("/v1/connectors/weather/tools?page=0").status()).isEqualTo(422);
  }

  @Test
  void listTools_prettyGivesTheCompactPayload() {
    standIn.registerTool("weather", forecast());

    JsonNode tool = http.get("/v1/connectors/weather/tools?pretty=true").json().get(0);

    assertThat(tool.has("outputSchema")).isFalse();
    assertThat(tool.get("inputSchema").get("properties").get("city").has("title"))
        .isFalse();
    assertThat(tool.get("name").asText()).isEqualTo("forecast");
  }

  @Test
  void listTools_findsTheConnectorByIdToo() {
    standIn.registerTool("weather", forecast());
    String id = http.get("/v1/connectors/weather").json().get("id").asText();

    assertThat(http.get("/v1/connectors/" + id + "/tools").json()).hasSize(1);
    assertThat(http.get("/v1/connectors/weather")
            .json()
            .get("tools")
            .get(0)
            .get("name")
            .asText())
        .isEqualTo("forecast");
  }

  @Test
  void callTool_runsTheHandlerWithTheArguments() {
    standIn.registerTool("weather", forecast());

    Http.Reply r = http.post(
        "/v1/connectors/weather/tools/forecast/call", "{\"arguments\":{\"city\":\"Paris\"}}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json())
        .isEqualTo(Http.json("{\"content\":[{\"type\":\"text\",\"text\":\"Sunny in"
            + " Paris\"}],\"metadata\":{\"mcp_meta\":{\"isError\":false}}}"));
  }

  @Test
  void callTool_sendsStructuredContentAndItsText() {
    standIn.registerTool(
        "weather",
        ToolHandler.builder()
            .name("temp")
            .handler(a -> ToolResult.structured(Map.of("celsius", 21))));

    JsonNode r = http.post("/v1/connectors/weather/tools/temp/call", "{}").json();

    assertThat(r.get("metadata").get("mcp_meta").get("structuredContent"))
        .isEqualTo(Http.json("{\"celsius\":21}"));
    assertThat(r.get("content").get(0).get("text").asText()).isEqualTo("{\"celsius\":21}");
  }

  @Test
  void callTool_passesAnEmptyObjectWhenNoArgumentsAreSent() {
    AtomicReference<JsonNode> seen = new AtomicReference<>();
    standIn.registerTool("weather", ToolHandler.builder().name("ping").handler(a -> {
      seen.set(a);
      return ToolResult.text("pong");
    }));

    assertThat(http.post("/v1/connectors/weather/tools/ping/call", "{}").status())
        .isEqualTo(200);
    assertThat(seen.get()).isEqualTo(Http.json("{}"));
  }

  @Test
  void callTool_reportsAToolLevelErrorAs200WithIsError() {
    standIn.registerTool(
        "weather",
        ToolHandler.builder().name("broken").handler(a -> ToolResult.error("City unknown")));

    JsonNode r = http.post("/v1/connectors/weather/tools/broken/call", "{\"arguments\":{}}")
        .json();

    assertThat(r.get("metadata").get("mcp_meta").get("isError").asBoolean()).isTrue();
    assertThat(r.get("content").get(0).get("text").asText()).isEqualTo("City unknown");
  }

  @Test
  void callTool_reportsMissingRequiredArgumentsAsAToolError() {
    standIn.registerTool("weather", forecast());

    JsonNode r = http.post("/v1/connectors/weather/tools/forecast/call", "{\"arguments\":{}}")
        .json();

    assertThat(r.get("metadata").get("mcp_meta").get("isError").asBoolean()).isTrue();
    assertThat(r.get("content").get(0).get("text").asText()).contains("city");
  }

  @Test
  void callTool_mapsAToolExceptionToItsStatus() {
    standIn.registerTool("weather", ToolHandler.builder().name("auth").handler(a -> {
      throw new ToolException(403, "MCP server refused the token");
    }));

    Http.Reply r = http.post("/v1/connectors/weather/tools/auth/call", "{}");

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asText()).isEqualTo("MCP server refused the token");
  }

  @Test
  void callTool_mapsAnyOtherExceptionTo500NamingTheTool() {
    standIn.registerTool("weather", ToolHandler.builder().name("boom").handler(a -> {
      throw new IllegalStateException("disk full");
    }));

    Http.Reply r = http.post("/v1/connectors/weather/tools/boom/call", "{}");

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("detail").asText())
        .contains("boom", "IllegalStateException", "disk full");
  }

  @Test
  void callTool_ofAnUnknownToolOrConnectorIs404() {
    standIn.registerTool("weather", forecast());

    assertThat(http.post("/v1/connectors/weather/tools/nope/call", "{}").status())
        .isEqualTo(404);
    assertThat(http.post("/v1/connectors/other/tools/forecast/call", "{}").status())
        .isEqualTo(404);
  }

  @Test
  void callTool_decodesAnEncodedToolNameAsOneSegment() {
    standIn.registerTool(
        "weather", ToolHandler.builder().name("a/b ?").handler(a -> ToolResult.text("odd")));

    Http.Reply encoded = http.post("/v1/connectors/weather/tools/a%2Fb%20%3F/call", "{}");
    Http.Reply raw = http.post("/v1/connectors/weather/tools/a/b/call", "{}");

    assertThat(encoded.status()).isEqualTo(200);
    assertThat(encoded.json().get("content").get(0).get("text").asText()).isEqualTo("odd");
    assertThat(raw.status()).isEqualTo(404);
    assertThat(standIn.requests().get(standIn.requests().size() - 2).path())
        .isEqualTo("/v1/connectors/weather/tools/a%2Fb%20%3F/call");
  }

  @Test
  void callTool_withUnknownCredentialsIs404AndWithKnownOnesRuns() {
    standIn.registerTool("weather", forecast());
    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"mine\"}");

    assertThat(http.post(
                "/v1/connectors/weather/tools/forecast/call?credentials_name=other",
                "{\"arguments\":{\"city\":\"x\"}}")
            .status())
        .isEqualTo(404);
    assertThat(http.post(
                "/v1/connectors/weather/tools/forecast/call?credentials_name=mine",
                "{\"arguments\":{\"city\":\"x\"}}")
            .status())
        .isEqualTo(200);
  }

  @Test
  void callTool_withArgumentsThatAreNotAnObjectIs422() {
    standIn.registerTool("weather", forecast());

    Http.Reply r = http.post("/v1/connectors/weather/tools/forecast/call", "{\"arguments\":[1]}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").get(0).get("type").asText()).isEqualTo("dict_type");
  }

  @Test
  void tools_followTheConnectorName() {
    standIn.registerTool("weather", forecast());
    String id = http.get("/v1/connectors/weather").json().get("id").asText();

    http.patch("/v1/connectors/" + id, "{\"name\":\"meteo\"}");
    assertThat(http.get("/v1/connectors/meteo/tools").json()).isEmpty();

    standIn.registerTool("meteo", forecast());
    assertThat(http.get("/v1/connectors/meteo/tools").json()).hasSize(1);
    assertThat(standIn.unregisterTool("meteo", "forecast")).isTrue();
    assertThat(http.get("/v1/connectors/meteo/tools").json()).isEmpty();
  }

  @Test
  void callTool_returnsImageAndRawContentBlocks() {
    standIn.registerTool(
        "weather",
        ToolHandler.builder()
            .name("map")
            .handler(a -> ToolResult.builder()
                .addImage("aGk=", "image/png")
                .addContent(Http.json(
                    "{\"type\":\"resource_link\",\"name\":\"r\",\"uri\":\"https://x/r\"}"))
                .meta(Http.json("{\"trace\":\"t1\"}"))
                .build()));

    JsonNode r = http.post("/v1/connectors/weather/tools/map/call", "{}").json();

    assertThat(r.get("content"))
        .extracting(c -> c.get("type").asText())
        .containsExactly("image", "resource_link");
    assertThat(r.get("content").get(0).get("mimeType").asText()).isEqualTo("image/png");
    assertThat(r.get("metadata").get("mcp_meta").get("_meta").get("trace").asText())
        .isEqualTo("t1");
    assertThat(List.of(r.get("metadata").get("mcp_meta").get("isError").asBoolean()))
        .containsExactly(false);
  }
}
