package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.json;
import static io.github.mistral4j.connectors.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.mistral4j.connectors.mcp.AudioContent;
import io.github.mistral4j.connectors.mcp.BlobResourceContents;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.EmbeddedResource;
import io.github.mistral4j.connectors.mcp.ImageContent;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.ResourceLink;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.connectors.mcp.TextResourceContents;
import io.github.mistral4j.connectors.mcp.ToolCallContent;
import io.github.mistral4j.connectors.mcp.TurbineToolType;
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToolsServiceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void list_sendsQueryParametersAndDecodesMcpTools() {
    wm.stubFor(get(urlPathMatching("/v1/connectors/weather/tools")).willReturn(okJson(read("mcp-tools.json"))));

    List<McpTool> tools =
        client
            .tools()
            .list(
                "weather",
                ListToolsParams.builder().page(2).pageSize(10).refresh(true).credentialsName("work").build())
            .items();

    wm.verify(
        getRequestedFor(urlEqualTo("/v1/connectors/weather/tools?page=2&page_size=10&refresh=true&credentials_name=work"))
            .withHeader("Authorization", equalTo("Bearer test-key"))
            .withHeader("Accept", equalTo("application/json")));
    assertThat(tools).hasSize(2);
    McpTool forecast = tools.get(0);
    assertThat(forecast.name()).isEqualTo("forecast");
    assertThat(forecast.title()).isEqualTo("Forecast");
    assertThat(forecast.description()).isEqualTo("Weather forecast for a city");
    assertThat(forecast.inputSchema()).isEqualTo(json(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"city\"]}"));
    assertThat(forecast.outputSchema()).isNotNull();
    assertThat(forecast.icons()).singleElement().satisfies(i -> {
      assertThat(i.src()).isEqualTo("https://example.com/sun.png");
      assertThat(i.sizes()).containsExactly("48x48");
    });
    assertThat(forecast.annotations().readOnlyHint()).isTrue();
    assertThat(forecast.annotations().destructiveHint()).isFalse();
    assertThat(forecast.meta().ui().visibility()).containsExactly("model", "app");
    assertThat(forecast.meta().turbine().toolType()).isEqualTo(TurbineToolType.RAG);
    assertThat(forecast.meta().turbine().timeout()).isEqualTo(12.5);
    assertThat(forecast.meta().turbine().locale().name()).containsEntry("fr", "Prévisions");
    assertThat(forecast.meta().additionalProperties()).containsKey("vendor/extra");
    assertThat(forecast.execution().taskSupport()).isEqualTo("optional");
    assertThat(forecast.additionalProperties()).containsEntry("x-new-field", json("\"kept\""));

    McpTool alerts = tools.get(1);
    assertThat(alerts.title()).isNull();
    assertThat(alerts.icons()).isEmpty();
    assertThat(alerts.annotations()).isNull();
  }

  @Test
  void list_withoutParameters_sendsTheFirstPageNumberAndTheDefaultPageSize() {
    wm.stubFor(get(urlPathMatching("/v1/connectors/.*/tools")).willReturn(okJson("[]")));

    Page<McpTool> page = client.tools().list(Fixtures.CONNECTOR_ID);
    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(client.tools().list("weather").items()).isEmpty();

    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/" + Fixtures.CONNECTOR_ID + "/tools?page=1&page_size=100")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=100")));
  }

  @Test
  void list_nextPage_asksForTheNextPageNumberWithTheSameParameters() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=2&refresh=true&credentials_name=work"))
        .willReturn(okJson("[" + tool("a") + "," + tool("b") + "]")));
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=2&page_size=2&refresh=true&credentials_name=work"))
        .willReturn(okJson("[" + tool("c") + "]")));
    ListToolsParams params = ListToolsParams.builder().pageSize(2).refresh(true).credentialsName("work").build();

    Page<McpTool> first = client.tools().list("weather", params);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPageToken()).contains("2");
    assertThat(wm.getAllServeEvents()).hasSize(1);

    Page<McpTool> second = first.nextPage();
    assertThat(second.items()).extracting(McpTool::name).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage)
        .isInstanceOf(java.util.NoSuchElementException.class)
        .hasMessageContaining("no next page");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void listAll_seesEveryOneOf150ToolsOverTwoPages() {
    stubTools(150);

    List<String> names = client.tools().listAll("weather").stream().map(McpTool::name).toList();
    Page<McpTool> first = client.tools().list("weather");

    assertThat(names).hasSize(150).doesNotHaveDuplicates().startsWith("t0").endsWith("t149");
    assertThat(first.items()).hasSize(100);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.autoPager()).hasSize(150);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=100")));
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors/weather/tools?page=2&page_size=100")));
  }

  @Test
  void asyncListAll_seesEveryOneOf150Tools_fetchingEachPageOnlyWhenReached() throws Exception {
    stubTools(150);
    var pager = client.async().tools().listAll("weather");
    assertThat(wm.getAllServeEvents()).isEmpty();

    List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    pager.forEachWhile(t -> seen.add(t.name()) && seen.size() < 100).get();
    assertThat(seen).hasSize(100);
    assertThat(wm.getAllServeEvents()).hasSize(1);

    assertThat(pager.toList().get()).hasSize(150);
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void mcpTool_serializesBackToTheJsonItWasReadFrom() throws Exception {
    JsonNode original = json(read("mcp-tools.json")).get(0);
    McpTool tool = Json.mapper().treeToValue(original, McpTool.class);

    assertThat(json(Json.mapper().writeValueAsString(tool))).isEqualTo(original);
    assertThat(tool.toBuilder().build()).isEqualTo(tool).hasSameHashCodeAs(tool);
  }

  @Test
  void mcpTool_isImmutable() throws Exception {
    McpTool tool = Json.mapper().treeToValue(json(read("mcp-tools.json")).get(0), McpTool.class);

    ((com.fasterxml.jackson.databind.node.ObjectNode) tool.inputSchema()).put("type", "changed");

    assertThat(tool.inputSchema().get("type").asText()).isEqualTo("object");
    assertThatThrownBy(() -> tool.icons().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void list_itemWithoutInputSchema_decodesWithTheOthers_andFailsWhenItsSchemaIsRead() {
    wm.stubFor(get(urlPathMatching("/v1/connectors/weather/tools"))
        .willReturn(okJson("[{\"name\":\"x\"},{\"name\":\"y\",\"inputSchema\":null},"
            + "{\"name\":\"z\",\"inputSchema\":{\"type\":\"object\"}}]")));

    List<McpTool> tools = client.tools().list("weather").items();

    assertThat(tools).extracting(McpTool::name).containsExactly("x", "y", "z");
    assertThat(tools.get(2).validate().inputSchema().get("type").asText()).isEqualTo("object");
    for (McpTool odd : tools.subList(0, 2)) {
      assertThatThrownBy(odd::inputSchema)
          .isInstanceOf(MistralInvalidDataException.class)
          .hasMessageContaining("McpTool.inputSchema is missing");
      assertThatThrownBy(odd::validate).isInstanceOf(MistralInvalidDataException.class);
    }
  }

  @Test
  void listPretty_sendsPrettyTrueAndKeepsFreeFormItems() {
    wm.stubFor(
        get(urlPathMatching("/v1/connectors/weather/tools"))
            .willReturn(okJson("[{\"name\":\"forecast\",\"inputSchema\":{\"city\":\"string\"}},{\"Ut0d\":false}]")));

    List<JsonNode> items = client.tools().listPretty("weather", ListToolsParams.builder().pageSize(5).build()).items();

    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=5&pretty=true")));
    assertThat(items).containsExactly(
        json("{\"name\":\"forecast\",\"inputSchema\":{\"city\":\"string\"}}"), json("{\"Ut0d\":false}"));
  }

  @Test
  void listAll_followsPagesLazilyUntilAShortPage() {
    stubToolsPage(1, "[" + tool("a") + "," + tool("b") + "]");
    stubToolsPage(2, "[" + tool("c") + "," + tool("d") + "]");
    stubToolsPage(3, "[" + tool("e") + "]");

    Iterable<McpTool> all = client.tools().listAll("weather", ListToolsParams.builder().pageSize(2).build());
    Iterator<McpTool> it = all.iterator();

    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(it.next().name()).isEqualTo("a");
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(client.tools().listAll("weather", ListToolsParams.builder().pageSize(2).build()).stream().map(McpTool::name))
        .containsExactly("a", "b", "c", "d", "e");
    wm.verify(4, getRequestedFor(urlPathMatching("/v1/connectors/weather/tools")));
  }

  @Test
  void listAll_stopsWhenTheServerIgnoresThePage() {
    wm.stubFor(
        get(urlPathMatching("/v1/connectors/weather/tools"))
            .willReturn(okJson("[" + tool("a") + "," + tool("b") + "]")));

    List<McpTool> all = client.tools().listAll("weather", ListToolsParams.builder().pageSize(2).build()).stream().toList();

    assertThat(all).extracting(McpTool::name).containsExactly("a", "b");
    wm.verify(2, getRequestedFor(urlPathMatching("/v1/connectors/weather/tools")));
  }

  @Test
  void listAll_startsAtTheGivenPageWithTheDefaultPageSize() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=3&page_size=100")).willReturn(okJson("[" + tool("z") + "]")));

    assertThat(client.tools().listAll("weather", ListToolsParams.builder().page(3).build()))
        .extracting(McpTool::name)
        .containsExactly("z");
  }

  @Test
  void call_postsArgumentsAndDecodesEveryContentType() {
    wm.stubFor(
        post(urlEqualTo("/v1/connectors/weather/tools/forecast/call"))
            .withRequestBody(equalToJson("{\"arguments\":{\"city\":\"Paris\",\"days\":3,\"units\":null}}", false, false))
            .willReturn(okJson(read("tool-call-response.json"))));
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("city", "Paris");
    arguments.put("days", 3);
    arguments.put("units", null);

    ConnectorToolCallResponse response = client.tools().call("weather", "forecast", arguments);

    wm.verify(
        postRequestedFor(urlEqualTo("/v1/connectors/weather/tools/forecast/call"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Authorization", equalTo("Bearer test-key")));
    List<ToolCallContent> content = response.content();
    assertThat(content).hasSize(8);
    assertThat(content.get(0)).isInstanceOfSatisfying(TextContent.class, t -> {
      assertThat(t.text()).isEqualTo("Sunny, 24 C");
      assertThat(t.annotations().audience()).containsExactly("user", "assistant");
      assertThat(t.annotations().priority()).isEqualTo(0.5);
    });
    assertThat(content.get(1)).isInstanceOfSatisfying(ImageContent.class, i -> {
      assertThat(i.data()).isEqualTo("iVBORw0KGgo=");
      assertThat(i.mimeType()).isEqualTo("image/png");
    });
    assertThat(content.get(2)).isInstanceOfSatisfying(AudioContent.class, a -> {
      assertThat(a.mimeType()).isEqualTo("audio/wav");
      assertThat(a.meta()).containsEntry("duration", json("2"));
    });
    assertThat(content.get(3)).isInstanceOfSatisfying(ResourceLink.class, l -> {
      assertThat(l.uri()).isEqualTo("https://example.com/report");
      assertThat(l.size()).isEqualTo(1024L);
    });
    assertThat(content.get(4)).isInstanceOfSatisfying(EmbeddedResource.class, r ->
        assertThat(r.resource()).isInstanceOfSatisfying(TextResourceContents.class, t -> {
          assertThat(t.text()).isEqualTo("Bring a hat");
          assertThat(t.mimeType()).isEqualTo("text/plain");
        }));
    assertThat(content.get(5)).isInstanceOfSatisfying(EmbeddedResource.class, r ->
        assertThat(r.resource()).isInstanceOfSatisfying(BlobResourceContents.class, b ->
            assertThat(b.blob()).isEqualTo("iVBORw0KGgo=")));
    assertThat(content.get(6)).isInstanceOfSatisfying(UnknownToolCallContent.class, u -> {
      assertThat(u.type()).isEqualTo("video");
      assertThat(u.json()).isEqualTo(json("{\"type\":\"video\",\"url\":\"https://example.com/v.mp4\"}"));
    });
    assertThat(content).extracting(ToolCallContent::type)
        .containsExactly("text", "image", "audio", "resource_link", "resource", "resource", "video", "text");
    assertThat(response.text()).isEqualTo("Sunny, 24 C\nWindy later");
    assertThat(response.isError()).isTrue();
    assertThat(response.structuredContent()).isEqualTo(json("{\"summary\":\"sunny\",\"temperature\":24}"));
    assertThat(response.metadata().mcpMeta().meta()).containsEntry("trace", json("\"abc\""));
    assertThat(response.metadata().additionalProperties()).containsKey("tool_call_result");
    assertThat(response.additionalProperties()).containsEntry("server_added", json("1"));
  }

  @Test
  void callResponse_roundTripsUnchanged() throws Exception {
    JsonNode original = json(read("tool-call-response.json"));

    ConnectorToolCallResponse response = Json.mapper().treeToValue(original, ConnectorToolCallResponse.class);

    assertThat(json(Json.mapper().writeValueAsString(response))).isEqualTo(original);
  }

  @Test
  void callResponse_withoutMetadata_isNotAnError() {
    wm.stubFor(post(urlPathMatching("/v1/connectors/weather/tools/forecast/call")).willReturn(okJson("{\"content\":[]}")));

    ConnectorToolCallResponse response = client.tools().call("weather", "forecast", Map.of());

    assertThat(response.isError()).isFalse();
    assertThat(response.text()).isEmpty();
    assertThat(response.structuredContent()).isNull();
    wm.verify(postRequestedFor(urlEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withRequestBody(equalToJson("{\"arguments\":{}}", false, false)));
  }

  @Test
  void call_withCredentialsName_sendsItAsQuery() {
    wm.stubFor(post(urlPathMatching("/v1/connectors/.*/tools/forecast/call")).willReturn(okJson("{\"content\":[]}")));

    client.tools().call(Fixtures.CONNECTOR_ID, "forecast", Map.of("city", "Paris"), "team-creds");

    wm.verify(postRequestedFor(urlEqualTo("/v1/connectors/" + Fixtures.CONNECTOR_ID + "/tools/forecast/call?credentials_name=team-creds")));
  }

  @Test
  void call_isNotRetriedAfterAServerError() {
    wm.stubFor(post(urlPathMatching("/v1/connectors/weather/tools/forecast/call")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client.tools().call("weather", "forecast", Map.of()))
        .isInstanceOf(InternalServerException.class);
    wm.verify(1, postRequestedFor(urlPathMatching("/v1/connectors/weather/tools/forecast/call")));
  }

  @Test
  void list_isRetriedAfterAServerError() {
    wm.stubFor(get(urlPathMatching("/v1/connectors/weather/tools")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.tools().list("weather", ListToolsParams.none(), RequestOptions.builder().maxRetries(1).build()))
        .isInstanceOf(io.github.mistral4j.core.MistralServiceException.class);
    wm.verify(2, getRequestedFor(urlPathMatching("/v1/connectors/weather/tools")));
  }

  @ParameterizedTest
  @CsvSource({
    "'../../v1/agents', '..%2F..%2Fv1%2Fagents'",
    "'a/b', 'a%2Fb'",
    "'%2F', '%252F'",
    "'x?y#z', 'x%3Fy%23z'",
    "'get weather', 'get%20weather'",
    "'météo', 'm%C3%A9t%C3%A9o'",
    "'..x', '..x'"
  })
  void call_percentEncodesHostileToolNames(String toolName, String encoded) {
    wm.stubFor(post(urlPathMatching("/v1/connectors/weather/tools/.*")).willReturn(okJson("{\"content\":[]}")));

    client.tools().call("weather", toolName, Map.of());

    List<ServeEvent> events = wm.getAllServeEvents();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getRequest().getUrl()).isEqualTo("/v1/connectors/weather/tools/" + encoded + "/call");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", ""})
  void call_rejectsDotSegmentsAndEmptyToolNamesBeforeAnyRequest(String toolName) {
    assertThatThrownBy(() -> client.tools().call("weather", toolName, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tool_name");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "../agents", "with space", "name?x", "%2F"})
  void hostileConnectorNames_areRejectedBeforeAnyRequest(String idOrName) {
    assertThatThrownBy(() -> client.tools().list(idOrName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connector_id_or_name");
    assertThatThrownBy(() -> client.tools().call(idOrName, "forecast", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connector_id_or_name");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void invalidCredentialsName_isRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.tools().call("weather", "forecast", Map.of(), "bad name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials_name");
    assertThatThrownBy(() -> ListToolsParams.builder().credentialsName("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials_name");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void call_rejectsArgumentsThatAreNotJson() {
    assertThatThrownBy(() -> client.tools().call("weather", "forecast", Map.of("stream", new Object() {
      @SuppressWarnings("unused")
      public Object getSelf() {
        return this;
      }
    })))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arguments");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void async_listAndCallRunTheSyncOperations() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=3")).willReturn(okJson(read("mcp-tools.json"))));
    wm.stubFor(
        post(urlEqualTo("/v1/connectors/weather/tools/forecast/call?credentials_name=team"))
            .withRequestBody(equalToJson("{\"arguments\":{\"city\":\"Paris\"}}"))
            .willReturn(okJson(read("tool-call-response.json"))));
    ConnectorsAsyncClient async = client.async();

    AsyncPage<McpTool> page = async.tools().list("weather", ListToolsParams.builder().pageSize(3).build()).get();
    List<McpTool> tools = page.items();
    ConnectorToolCallResponse response = async.tools().call("weather", "forecast", Map.of("city", "Paris"), "team").get();
    List<McpTool> all = async.tools().listAll("weather", ListToolsParams.builder().pageSize(3).build(), RequestOptions.none()).toList().get();
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=1&page_size=100&pretty=true")).willReturn(okJson("[{\"name\":\"forecast\"}]")));
    List<JsonNode> pretty = async.tools().listPretty("weather").get().items();
    assertThat(page.hasNextPage()).isFalse();

    assertThat(tools).extracting(McpTool::name).containsExactly("forecast", "alerts");
    assertThat(all).isEqualTo(tools);
    assertThat(pretty).containsExactly(json("{\"name\":\"forecast\"}"));
    assertThat(response.text()).isEqualTo("Sunny, 24 C\nWindy later");
  }

  @Test
  void async_invalidArgumentsFailTheFuture() {
    var future = client.async().tools().call("a/b", "forecast", Map.of());

    assertThatThrownBy(future::get)
        .isInstanceOf(ExecutionException.class)
        .satisfies(e -> assertThat(MistralTransport.unwrap(e.getCause())).isInstanceOf(IllegalArgumentException.class));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static void stubToolsPage(int page, String body) {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=" + page + "&page_size=2")).willReturn(okJson(body)));
  }

  private static void stubTools(int count) {
    for (int page = 1; (page - 1) * 100 <= count; page++) {
      StringBuilder body = new StringBuilder("[");
      for (int i = (page - 1) * 100; i < Math.min(count, page * 100); i++) {
        body.append(body.length() > 1 ? "," : "").append(tool("t" + i));
      }
      wm.stubFor(get(urlEqualTo("/v1/connectors/weather/tools?page=" + page + "&page_size=100"))
          .willReturn(okJson(body.append("]").toString())));
    }
  }

  private static String tool(String name) {
    return "{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}";
  }
}
