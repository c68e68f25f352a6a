package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.LogLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The README's recipe: with {@code org.slf4j:slf4j-jdk-platform-logging} on the classpath, the SDK's
 * {@code System.Logger} output reaches SLF4J (here Logback), the backend a LangChain4j application
 * already configures. Runs in its own Surefire execution (see the module's pom).
 */
class SdkLoggingThroughSlf4jTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void sdkLogs_reachLogback_throughSlf4j() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather/tools"))
        .willReturn(okJson("[{\"name\":\"forecast\",\"inputSchema\":{\"type\":\"object\"}}]")));
    Logger http = (Logger) LoggerFactory.getLogger("io.github.mistral4j.http");
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    http.addAppender(captured);
    http.setLevel(Level.INFO);
    try (ConnectorsClient client = ConnectorsClient.create(
        ClientOptions.builder().apiKey("sk-routing-test").baseUrl(wm.baseUrl()).logLevel(LogLevel.HEADERS).build())) {
      client.tools().listAll("weather").forEach(tool -> {});
    } finally {
      http.detachAppender(captured);
    }
    assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).startsWith("--> GET ").contains("/v1/connectors/weather/tools"))
        .anySatisfy(m -> assertThat(m).startsWith("<-- 200 GET /v1/connectors/weather/tools"))
        .allSatisfy(m -> assertThat(m).doesNotContain("sk-routing-test"));
  }
}
