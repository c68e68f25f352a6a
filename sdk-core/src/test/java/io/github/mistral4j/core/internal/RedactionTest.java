package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.LogLevel;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedactionTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String CLIENT_SECRET = "cs-very-secret-42";
  private static final String BEARER = "bt-bearer-token-77";
  private static final String HEADER_VALUE = "hv-header-secret-99";
  private static final String ACCESS_TOKEN = "at-oauth-token-13";

  private final List<String> logs = new ArrayList<>();
  private final Logger jul = Logger.getLogger(HttpLogger.LOGGER_NAME);
  private final Handler capture = new Handler() {
    @Override public void publish(LogRecord r) { logs.add(r.getMessage()); }
    @Override public void flush() {}
    @Override public void close() {}
  };

  @BeforeEach
  void captureLogs() {
    jul.addHandler(capture);
    jul.setLevel(Level.ALL);
  }

  @AfterEach
  void release() {
    jul.removeHandler(capture);
    jul.setLevel(null);
  }

  @ParameterizedTest
  @EnumSource(LogLevel.class)
  void secrets_neverReachLogsMessagesOrToString(LogLevel level) {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(okJson(
        "{\"id\":\"t1\",\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"" + ACCESS_TOKEN + "\"}")
        .withHeader("Set-Cookie", "session=" + ACCESS_TOKEN)));
    ClientOptions.Builder options = TransportFixture.options(wm.baseUrl()).logLevel(level).putDefaultHeader("X-Api-Key", HEADER_VALUE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "conn");
    body.put("auth_data", Map.of("client_id", "public-id", "client_secret", CLIENT_SECRET));
    body.put("credentials", Map.of("bearer_token", BEARER, "headers", Map.of("X-Upstream", HEADER_VALUE)));
    body.put("global_headers", List.of(Map.of("name", "X-Key", "value", HEADER_VALUE)));
    try (TransportFixture f = new TransportFixture(options)) {
      f.transport.call(RequestOptions.builder().putHeader("X-Credential", HEADER_VALUE).build(), () -> f.api.create(body));
      assertThat(f.transport.options().toString()).doesNotContain(TransportFixture.API_KEY);
    }
    if (level != LogLevel.NONE) {
      assertThat(logs).isNotEmpty();
      assertThat(String.join("\n", logs)).contains("POST").contains("/v1/things");
    }
    if (level == LogLevel.BODY) {
      assertThat(String.join("\n", logs)).contains("public-id").contains("****");
    }
    assertNoSecret(String.join("\n", logs));
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"HEADERS", "BODY"})
  void errorResponses_doNotLeakTheKeyIntoExceptionsOrLogs(LogLevel level) {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(401)
        .withBody("{\"detail\":\"bad key\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).logLevel(level))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.create(Map.of("bearer_token", BEARER))))
          .isInstanceOf(MistralException.class)
          .satisfies(e -> assertNoSecret(e.getMessage() + e));
    }
    assertNoSecret(String.join("\n", logs));
  }

  private static void assertNoSecret(String text) {
    assertThat(text)
        .doesNotContain(TransportFixture.API_KEY)
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(BEARER)
        .doesNotContain(HEADER_VALUE)
        .doesNotContain(ACCESS_TOKEN);
  }
}
