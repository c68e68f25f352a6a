package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider's listing, caching, filtering, naming and calling, over WireMock. */
class ConnectorToolProviderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ToolProviderRequest REQUEST = new ToolProviderRequest("memory", UserMessage.from("hi"));

  private ConnectorsClient client;
  private final TestClock clock = new TestClock();

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).sleeper(d -> {}).build());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static void stubTools(String connector, String json) {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/" + connector + "/tools")).willReturn(okJson(json)));
  }

  private static String tool(String name) {
    return "{\"name\": \"" + name + "\", \"description\": \"" + name + " tool\", \"inputSchema\": {\"type\": \"object\"}}";
  }

  private ConnectorToolProvider.Builder provider(String... connectors) {
    return ConnectorToolProvider.builder().client(client).connectors(connectors).clock(clock);
  }

  private static List<String> names(ToolProviderResult result) {
    return result.aiServiceTools().stream().map(AiServiceTool::name).toList();
  }

  private static AiServiceTool tool(ToolProviderResult result, String name) {
    return result.aiServiceTools().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + name + " in " + names(result)));
  }

  private static ToolSpecification spec(ToolProviderResult result, String name) {
    return tool(result, name).toolSpecification();
  }

  private static ToolExecutor executor(ToolProviderResult result, String name) {
    return tool(result, name).toolExecutor();
  }

  private static int listRequests(String connector) {
    return wm.findAll(getRequestedFor(urlPathEqualTo("/v1/connectors/" + connector + "/tools"))).size();
  }

  private static ToolExecutionRequest call(String name, String arguments) {
    return ToolExecutionRequest.builder().id("1").name(name).arguments(arguments).build();
  }

  @Test
  void provideTools_listsEveryPageWithTheSourcesCredentials() {
    StringBuilder page1 = new StringBuilder("[");
    for (int i = 0; i < 100; i++) {
      page1.append(i == 0 ? "" : ",").append(tool("t" + i));
    }
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/big/tools")).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(page1.append("]").toString())));
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/big/tools")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson("[" + tool("t100") + "]")));
    ConnectorToolProvider provider = ConnectorToolProvider.builder().client(client)
        .connector(ConnectorSource.builder("big").credentialsName("ops").build()).build();

    ToolProviderResult result = provider.provideTools(REQUEST);

    assertThat(names(result)).hasSize(101).startsWith("t0").endsWith("t100");
    List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo("/v1/connectors/big/tools")));
    assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
        "/v1/connectors/big/tools?page=1&page_size=100&credentials_name=ops",
        "/v1/connectors/big/tools?page=2&page_size=100&credentials_name=ops");
  }

  @Test
  void provideTools_sees150ToolsOverTwoPages_withoutLosingAny() {
    for (int page = 1; page <= 2; page++) {
      StringBuilder body = new StringBuilder("[");
      for (int i = (page - 1) * 100; i < Math.min(150, page * 100); i++) {
        body.append(body.length() > 1 ? "," : "").append(tool("t" + i));
      }
      wm.stubFor(get(urlEqualTo("/v1/connectors/many/tools?page=" + page + "&page_size=100"))
          .willReturn(okJson(body.append("]").toString())));
    }

    ToolProviderResult result = provider("many").build().provideTools(REQUEST);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      expected.add("t" + i);
    }
    assertThat(names(result)).hasSize(150).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(listRequests("many")).isEqualTo(2);
  }

  @Test
  void provideTools_usesTheCachedListsUntilTheTtlHasPassed() {
    stubTools("weather", "[" + tool("forecast") + "]");
    ConnectorToolProvider provider = provider("weather").cacheTtl(Duration.ofMinutes(10)).build();

    provider.provideTools(REQUEST);
    clock.advance(Duration.ofMinutes(9));
    provider.provideTools(REQUEST);
    assertThat(listRequests("weather")).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    assertThat(names(provider.provideTools(REQUEST))).containsExactly("forecast");
    assertThat(listRequests("weather")).isEqualTo(2);
  }

  @Test
  void provideTools_withZeroTtlListsOnEveryRequest() {
    stubTools("weather", "[" + tool("forecast") + "]");
    ConnectorToolProvider provider = provider("weather").cacheTtl(Duration.ZERO).build();

    provider.provideTools(REQUEST);
    provider.provideTools(REQUEST);

    assertThat(listRequests("weather")).isEqualTo(2);
  }

  @Test
  void refresh_listsAgainAndAsksTheServerToRefresh() {
    stubTools("weather", "[" + tool("forecast") + "]");
    ConnectorToolProvider provider = provider("weather").build();
    provider.provideTools(REQUEST);

    stubTools("weather", "[" + tool("forecast") + "," + tool("alerts") + "]");
    provider.refresh();
    ToolProviderResult result = provider.provideTools(REQUEST);
    provider.provideTools(REQUEST);

    assertThat(names(result)).containsExactly("forecast", "alerts");
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools"))))
        .extracting(LoggedRequest::getUrl)
        .containsExactly("/v1/connectors/weather/tools?page=1&page_size=100", "/v1/connectors/weather/tools?page=1&page_size=100&refresh=true");
  }

  @Test
  void execute_onUnknownToolDropsTheCachedListOfItsConnector() {
    stubTools("weather", "[" + tool("forecast") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Tool not found\"}")));
    ConnectorToolProvider provider = provider("weather").build();
    ToolExecutor executor = executor(provider.provideTools(REQUEST), "forecast");

    assertThatThrownBy(() -> executor.execute(call("forecast", "{}"), null))
        .isInstanceOf(ConnectorToolException.class)
        .hasMessage("Tool 'forecast' of connector 'weather' was not found (HTTP 404): Tool not found. "
            + "The tool or the connector may have been removed or renamed; the tool list will be fetched again.");
    provider.provideTools(REQUEST);

    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools"))))
        .extracting(LoggedRequest::getUrl)
        .containsExactly("/v1/connectors/weather/tools?page=1&page_size=100", "/v1/connectors/weather/tools?page=1&page_size=100&refresh=true");
  }

  @Test
  void provideTools_skipsAndLogsAConnectorThatCannotBeListedByDefault() {
    stubTools("weather", "[" + tool("forecast") + "]");
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/broken/tools")).willReturn(aResponse().withStatus(503)));
    ConnectorToolProvider provider = provider("broken", "weather").build();
    List<LogRecord> logged = new ArrayList<>();
    Logger jul = Logger.getLogger(ConnectorToolProvider.class.getName());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    jul.addHandler(handler);
    try {
      assertThat(names(provider.provideTools(REQUEST))).containsExactly("forecast");
      provider.provideTools(REQUEST);
    } finally {
      jul.removeHandler(handler);
    }

    assertThat(listRequests("weather")).isEqualTo(1);
    assertThat(listRequests("broken")).as("a failure is not cached; default retries included").isEqualTo(6);
    List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
    assertThat(warnings).hasSize(2);
    assertThat(new SimpleFormatter().formatMessage(warnings.get(0)))
        .startsWith("Skipping connector 'broken': its tools could not be listed: ")
        .contains("HTTP 503")
        .doesNotContain("test-key");
  }

  @Test
  void provideTools_failsWhenOneConnectorFailsIfAskedTo() {
    stubTools("weather", "[" + tool("forecast") + "]");
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/broken/tools"))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("{\"detail\": \"not activated\"}")));
    ConnectorToolProvider provider = provider("weather", "broken").failIfOneConnectorFails(true).build();

    assertThatThrownBy(() -> provider.provideTools(REQUEST))
        .isInstanceOf(MistralException.class)
        .hasMessageStartingWith("Could not list the tools of connector 'broken': ")
        .hasCauseInstanceOf(io.github.mistral4j.core.PermissionDeniedException.class);
  }

  @Test
  void provideTools_keepsTheOtherToolsWhenOneSchemaIsOdd() {
    stubTools("odd", "[" + tool("first") + ","
        + "{\"name\": \"weird\", \"inputSchema\": {\"type\": \"string\"}},"
        + "{\"name\": \"tuple\", \"inputSchema\": {\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"array\", \"items\": [{\"type\": \"number\"}]}}}},"
        + tool("last") + "]");

    ToolProviderResult result = provider("odd").build().provideTools(REQUEST);

    assertThat(names(result)).containsExactly("first", "weird", "tuple", "last");
    ToolSpecification weird = spec(result, "weird");
    assertThat(weird.parameters().properties()).isEmpty();
    assertThat(weird.metadata().get(ConnectorToolMetadata.SCHEMA_FALLBACKS))
        .isEqualTo(List.of("/: the root type is \"string\", not object; the tool gets no parameters"));
    assertThat(spec(result, "tuple").parameters().properties().get("p"))
        .isEqualTo(dev.langchain4j.model.chat.request.json.JsonRawSchema.from("{\"type\":\"array\",\"items\":[{\"type\":\"number\"}]}"));
    assertThat(spec(result, "first").metadata()).doesNotContainKey(ConnectorToolMetadata.SCHEMA_FALLBACKS);
  }

  @Test
  void provideTools_offersAToolWithoutInputSchema_withoutParameters_andSkipsOnlyANamelessOne() {
    stubTools("gappy", "[" + tool("first") + ","
        + "{\"name\": \"bare\"},"
        + "{\"name\": \"nulled\", \"inputSchema\": null},"
        + "{\"description\": \"no name\", \"inputSchema\": {\"type\": \"object\"}},"
        + tool("last") + "]");

    ToolProviderResult result = provider("gappy").build().provideTools(REQUEST);

    assertThat(names(result)).containsExactly("first", "bare", "nulled", "last");
    for (String odd : List.of("bare", "nulled")) {
      ToolSpecification spec = spec(result, odd);
      assertThat(spec.parameters().properties()).isEmpty();
      assertThat(spec.description()).endsWith("Its arguments are not published: call it without arguments.");
      assertThat(spec.metadata()).containsEntry(ConnectorToolMetadata.INPUT_SCHEMA_MISSING, true);
      assertThat(spec.metadata().get(ConnectorToolMetadata.SCHEMA_FALLBACKS))
          .isEqualTo(List.of("/: the server sent no inputSchema; offered without parameters"));
    }
    assertThat(spec(result, "first").metadata()).doesNotContainKey(ConnectorToolMetadata.INPUT_SCHEMA_MISSING);
  }

  @Test
  void execute_callsTheOriginalToolNameWhateverTheSanitisedOne() {
    stubTools("drive", "[" + tool("files.search/v2") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/drive/tools/files.search%2Fv2/call")).willReturn(okJson("{\"content\": [{\"type\": \"text\", \"text\": \"ok\"}]}")));
    ToolProviderResult result = provider("drive").build().provideTools(REQUEST);

    assertThat(names(result)).containsExactly("files_search_v2");
    String text = executor(result, "files_search_v2").execute(call("files_search_v2", "{\"q\": \"x\"}"), null);

    assertThat(text).isEqualTo("ok");
    List<LoggedRequest> calls = wm.findAll(postRequestedFor(urlPathEqualTo("/v1/connectors/drive/tools/files.search%2Fv2/call")));
    assertThat(calls).extracting(LoggedRequest::getUrl).containsExactly("/v1/connectors/drive/tools/files.search%2Fv2/call");
    assertThat(spec(result, "files_search_v2").metadata()).containsEntry(ConnectorToolMetadata.TOOL_NAME, "files.search/v2");
  }

  @Test
  void filters_keepOnlyTheChosenToolsBeforeRenaming() {
    stubTools("github", "[" + tool("search") + "," + tool("delete_repo") + ","
        + "{\"name\": \"get_issue\", \"inputSchema\": {}, \"annotations\": {\"readOnlyHint\": true}}]");

    ToolProviderResult byName = ConnectorToolProvider.builder().client(client)
        .connector(ConnectorSource.builder("github").prefix("gh_").build())
        .filterToolNames("search", "get_issue").build().provideTools(REQUEST);
    ToolProviderResult readOnly = provider("github")
        .filter((source, tool) -> Boolean.TRUE.equals(tool.metadata().get(ConnectorToolMetadata.READ_ONLY_HINT)))
        .build().provideTools(REQUEST);

    assertThat(names(byName)).containsExactly("gh_search", "gh_get_issue");
    assertThat(names(readOnly)).containsExactly("get_issue");
  }

  @Test
  void toolNameMapper_namesToolsAndStillCallsTheOriginal() {
    stubTools("github", "[" + tool("search") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/github/tools/search/call")).willReturn(okJson("{\"content\": []}")));
    ToolProviderResult result = provider("github")
        .toolNameMapper((source, tool) -> source.idOrName() + "." + tool.name())
        .build().provideTools(REQUEST);

    assertThat(names(result)).containsExactly("github_search");
    assertThat(executor(result, "github_search").execute(call("github_search", "{}"), null))
        .isEqualTo("The tool returned no content.");
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/github/tools/search/call")).withRequestBody(equalToJson("{\"arguments\": {}}")));
  }

  @Test
  void toolWrapper_wrapsEveryExecutor() {
    stubTools("weather", "[" + tool("forecast") + "]");
    AtomicInteger wrapped = new AtomicInteger();

    ToolProviderResult result = provider("weather")
        .toolWrapper(executor -> (request, memoryId) -> "wrapped " + wrapped.incrementAndGet())
        .build().provideTools(REQUEST);

    assertThat(executor(result, "forecast").execute(call("forecast", "{}"), null)).isEqualTo("wrapped 1");
  }

  @Test
  void execute_givesUpAfterTheCallTimeoutWithoutRetrying() {
    stubTools("slow", "[" + tool("crawl") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/slow/tools/crawl/call")).willReturn(okJson("{\"content\": []}").withFixedDelay(3_000)));
    ToolExecutor executor = executor(provider("slow").callTimeout(Duration.ofMillis(200)).build().provideTools(REQUEST), "crawl");

    assertThatThrownBy(() -> executor.execute(call("crawl", "{}"), null))
        .isInstanceOfSatisfying(ConnectorToolException.class, e -> assertThat(e.reason()).isEqualTo(ConnectorToolException.Reason.TIMEOUT))
        .hasMessage("Tool 'crawl' of connector 'slow' did not answer within 200 ms. It may still have run: check its effect before calling it again.");
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/slow/tools/crawl/call")));
  }

  @Test
  void execute_retriesRateLimitsButNotServerErrorsByDefault() {
    stubTools("weather", "[" + tool("forecast") + "," + tool("alerts") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/alerts/call")).willReturn(aResponse().withStatus(503)));
    ToolProviderResult result = provider("weather").build().provideTools(REQUEST);

    assertThatThrownBy(() -> executor(result, "forecast").execute(call("forecast", "{}"), null))
        .hasMessage("Tool 'forecast' of connector 'weather' is rate limited (HTTP 429); retry after 1 second.");
    assertThatThrownBy(() -> executor(result, "alerts").execute(call("alerts", "{}"), null))
        .hasMessageEndingWith("(HTTP 503). It was not retried because a tool may have side effects; try again later if that is safe.");
    wm.verify(3, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/alerts/call")));
  }

  @Test
  void execute_retriesNothingWithZeroRetries() {
    stubTools("weather", "[" + tool("forecast") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(aResponse().withStatus(429)));
    ToolExecutor executor = executor(provider("weather").callMaxRetries(0).build().provideTools(REQUEST), "forecast");

    assertThatThrownBy(() -> executor.execute(call("forecast", "{}"), null)).hasMessageContaining("rate limited");
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
  }

  @Test
  void execute_retriesServerErrorsOnlyWhenConfigured() {
    stubTools("weather", "[" + tool("forecast") + "]");
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(aResponse().withStatus(502)));
    ToolExecutor executor = executor(provider("weather").callMaxRetries(2).build().provideTools(REQUEST), "forecast");

    assertThatThrownBy(() -> executor.execute(call("forecast", "{}"), null))
        .hasMessageEndingWith("(HTTP 502). It still failed after 2 retries.");
    wm.verify(3, postRequestedFor(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call")));
  }

  @Test
  void builder_rejectsMissingPartsAndBadValuesBeforeAnyRequest() {
    assertThatThrownBy(() -> ConnectorToolProvider.builder().connector("weather").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client is required");
    assertThatThrownBy(() -> ConnectorToolProvider.builder().client(client).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one connector");
    assertThatThrownBy(() -> ConnectorToolProvider.builder().connectors("weather", "weather"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("added twice");
    assertThatThrownBy(() -> ConnectorToolProvider.builder().connector("../admin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector");
    assertThatThrownBy(() -> ConnectorSource.builder("weather").credentialsName("bad name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentialsName");
    assertThatThrownBy(() -> ConnectorSource.builder("weather").prefix("gh."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
    assertThatThrownBy(() -> ConnectorToolProvider.builder().callTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectorToolProvider.builder().cacheTtl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectorToolProvider.builder().callMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  /** A clock the tests move by hand. */
  static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
