package io.github.mistral4j.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.ClientOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The framework-neutral listing, naming and calling, over WireMock. */
class ConnectorToolsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).sleeper(d -> {}).build());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static void stubTools(String connector, String... names) {
    StringBuilder json = new StringBuilder("[");
    for (String name : names) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"name\": \"").append(name).append("\", \"description\": \"").append(name)
          .append(" tool\", \"inputSchema\": {\"type\": \"object\"}}");
    }
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/" + connector + "/tools")).willReturn(okJson(json.append(']').toString())));
  }

  @Test
  void tools_namesPrefixedSanitisedToolsAndKeepsTheReverseMap() {
    stubTools("weather", "forecast", "air.quality");
    stubTools("github", "search");
    ConnectorTools<McpTool> tools = ConnectorTools.create(client, ToolSettings.<McpTool>builder()
        .connector(ConnectorSource.of("weather"))
        .connector(ConnectorSource.builder("github").prefix("gh_").credentialsName("work").build())
        .build());

    List<ConnectorTool<McpTool>> listed = tools.tools();

    assertThat(listed).extracting(ConnectorTool::name).containsExactly("forecast", "air_quality", "gh_search");
    assertThat(listed.get(1).toolName()).isEqualTo("air.quality");
    assertThat(listed.get(2).source().credentialsName()).isEqualTo("work");
    assertThat(listed.get(2).definition().description()).isEqualTo("search tool");
    tools.tools();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools")));
  }

  @Test
  void call_sendsTheArgumentsToTheOriginalToolAndReturnsItsText() {
    stubTools("weather", "air.quality");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/air.quality/call"))
        .willReturn(okJson("{\"content\": [{\"type\": \"text\", \"text\": \"Good\"}, {\"type\": \"text\", \"text\": \"AQI 21\"}]}")));
    ConnectorTools<McpTool> tools = ConnectorTools.create(client, ToolSettings.<McpTool>builder().connectors("weather").build());

    ConnectorToolResult result = tools.tools().get(0).call("{\"city\": \"Paris\"}");

    assertThat(result.text()).isEqualTo("Good\nAQI 21");
    wm.verify(postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/air.quality/call"))
        .withRequestBody(equalToJson("{\"arguments\": {\"city\": \"Paris\"}}", true, true)));
  }

  @Test
  void call_turnsToolErrorsAndServerErrorsIntoCleanText() {
    stubTools("weather", "forecast");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Atlantis"))
        .willReturn(okJson("{\"content\": [{\"type\": \"text\", \"text\": \"Unknown city\"}], \"metadata\": {\"mcp_meta\": {\"isError\": true}}}")));
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Lyon"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("{\"detail\": \"at https://internal\"}")));
    ConnectorTool<McpTool> forecast =
        ConnectorTools.create(client, ToolSettings.<McpTool>builder().connectors("weather").build()).tools().get(0);

    assertThatThrownBy(() -> forecast.call("{\"city\": \"Atlantis\"}"))
        .isInstanceOfSatisfying(ConnectorToolCallException.class, e -> assertThat(e.reason()).isEqualTo(ConnectorToolCallException.Reason.TOOL_ERROR))
        .hasMessage("Unknown city");
    assertThatThrownBy(() -> forecast.call("{\"city\": \"Lyon\"}"))
        .isInstanceOf(ConnectorToolCallException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageNotContaining("http");
    assertThatThrownBy(() -> forecast.call("[1]"))
        .isInstanceOfSatisfying(ConnectorToolCallException.class, e -> assertThat(e.reason()).isEqualTo(ConnectorToolCallException.Reason.INVALID_ARGUMENTS));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Lyon")));
  }

  @Test
  void tools_failsOnACollisionWithAHintAndHonoursFilterAndMapper() {
    stubTools("weather", "search", "forecast");
    stubTools("github", "search");
    ToolSettings.Builder<McpTool> settings = ToolSettings.<McpTool>builder().connectors("weather", "github");

    assertThatThrownBy(() -> ConnectorTools.create(client, settings.build()).tools())
        .isInstanceOf(ToolNameCollisionException.class)
        .hasMessageContaining("Two connectors expose a tool named 'search'")
        .hasMessageContaining("prefix(\"github_\")");

    ConnectorTools<McpTool> mapped = ConnectorTools.create(client, settings
        .filter((source, tool) -> !tool.name().equals("forecast"))
        .toolNameMapper((source, tool) -> source.idOrName() + "." + tool.name())
        .build());
    assertThat(mapped.tools()).extracting(ConnectorTool::name).containsExactly("weather_search", "github_search");
  }

  @Test
  void tools_filterToolNamesKeepsTheNamesOnTheConnectorBeforeTheOtherFilters() {
    stubTools("weather", "forecast", "alerts", "air.quality");
    stubTools("github", "search", "delete_repo");
    List<String> seenByFilter = new java.util.ArrayList<>();
    ConnectorTools<McpTool> tools = ConnectorTools.create(client, ToolSettings.<McpTool>builder()
        .connector(ConnectorSource.of("weather"))
        .connector(ConnectorSource.builder("github").prefix("gh_").build())
        .filterToolNames(List.of("forecast", "air.quality", "search", "delete_repo"))
        .filterToolNames(List.of("forecast", "air.quality", "search", "alerts"))
        .filter((source, tool) -> seenByFilter.add(tool.name()))
        .build());

    assertThat(tools.tools()).extracting(ConnectorTool::name).containsExactly("forecast", "air_quality", "gh_search");
    assertThat(seenByFilter).containsExactly("forecast", "air.quality", "search");
  }

  @Test
  void settings_filterToolNamesCopiesTheNamesAndRejectsNulls() {
    List<String> names = new java.util.ArrayList<>(List.of("forecast"));
    ToolSettings<McpTool> settings = ToolSettings.<McpTool>builder().connectors("weather").filterToolNames(names).build();
    names.add("alerts");

    assertThat(settings.toolNameFilter().test("forecast")).isTrue();
    assertThat(settings.toolNameFilter().test("alerts")).isFalse();
    assertThat(ToolSettings.builder().connectors("weather").build().toolNameFilter().test("anything")).isTrue();
    assertThatThrownBy(() -> ToolSettings.builder().filterToolNames(null))
        .isInstanceOf(NullPointerException.class).hasMessage("toolNames");
    assertThatThrownBy(() -> ToolSettings.builder().filterToolNames(java.util.Arrays.asList("forecast", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void settings_failEarlyNamingTheParameter() {
    assertThatThrownBy(() -> ToolSettings.builder().build()).hasMessageContaining("at least one connector");
    assertThatThrownBy(() -> ToolSettings.builder().callTimeout(java.time.Duration.ZERO)).hasMessageContaining("callTimeout");
    assertThatThrownBy(() -> ToolSettings.builder().connectors("a/b")).hasMessageContaining("connector");
    assertThatThrownBy(() -> ToolSettings.builder().connectors("weather", "weather")).hasMessageContaining("added twice");
  }
}
