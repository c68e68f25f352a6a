package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import io.github.mistral4j.core.LogLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpLoggerTest {
  private static final String API_KEY = "sk-logger-key-SECRET-1";
  private static final String QUOTED_SECRET = "cs-\"quoted\\secret\"-SECRET-2";
  private static final String TENANT = "tenant-header-SECRET-3";

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

  private static Request request() throws Exception {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of("Bearer " + API_KEY));
    headers.put("X-Tenant", List.of(TENANT));
    headers.put("Content-Type", List.of("application/json"));
    byte[] body = Json.mapper().writeValueAsBytes(Map.of("auth_data", Map.of("client_secret", QUOTED_SECRET)));
    return Request.create(Request.HttpMethod.POST, "https://api.example.com/v1/connectors", headers, body, StandardCharsets.UTF_8, null);
  }

  private static Response response(Request request, Map<String, Collection<String>> headers, String body) {
    return Response.builder()
        .status(422)
        .request(request)
        .headers(headers)
        .body(body, StandardCharsets.UTF_8)
        .build();
  }

  private String log() {
    return String.join("\n", logs);
  }

  @Test
  void headersOutsideTheAllowList_areLoggedMasked_evenUnderHarmlessNames() throws Exception {
    Request request = request();
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/json"));
    headers.put("x-request-id", List.of("req-42"));
    headers.put("x-debug-echo", List.of(TENANT)); // a server echoing a request header under a harmless name
    headers.put("x-upstream", List.of("some upstream value"));
    headers.put("location", List.of("https://api.example.com/v1/next?code=abc"));
    HttpLogger logger = new HttpLogger(LogLevel.BODY, Json.mapper());

    logger.request(request, 0);
    logger.response(response(request, headers, "{}"), Duration.ofMillis(5));

    assertThat(log())
        .contains("X-Tenant: ****", "x-debug-echo: ****", "x-upstream: ****", "Authorization: ****")
        .contains("x-request-id: req-42", "content-type: application/json", "location: https://api.example.com/v1/next")
        .doesNotContain(TENANT, API_KEY, "code=abc", "some upstream value");
  }

  @Test
  void secretEchoedInsideAJsonString_isScrubbedInItsEscapedForm() throws Exception {
    Request request = request();
    // the server quotes the request body inside its message: the secret is escaped twice there
    String requestJson = new String(request.body(), StandardCharsets.UTF_8);
    String body = Json.mapper().writeValueAsString(Map.of(
        "message", "could not store " + requestJson,
        "detail", List.of(Map.of("msg", "bad", "input", QUOTED_SECRET)),
        "key", "Bearer " + API_KEY));
    HttpLogger logger = new HttpLogger(LogLevel.BODY, Json.mapper());

    logger.response(response(request, Map.of(), body), Duration.ofMillis(5));

    String escaped = Json.mapper().writeValueAsString(QUOTED_SECRET);
    String core = escaped.substring(1, escaped.length() - 1);
    assertThat(log()).contains("****").doesNotContain("quoted").doesNotContain(core).doesNotContain(API_KEY);
  }
}
