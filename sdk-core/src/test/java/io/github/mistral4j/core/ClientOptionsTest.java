package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  @Test
  void defaults_matchTheDocumentedValues() {
    ClientOptions o = ClientOptions.builder().apiKey("k").build();
    assertThat(o.baseUrl()).isEqualTo(URI.create("https://api.mistral.ai"));
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(300));
    assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(o.retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(o.logLevel()).isEqualTo(LogLevel.NONE);
    assertThat(o.userAgent()).startsWith("mistral4j/");
    assertThat(o.apiKey().get()).isEqualTo("k");
  }

  @Test
  void missingKey_failsAtBuildTime_namingTheVariable() {
    assertThatThrownBy(() -> ClientOptions.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MISTRAL_API_KEY");
    assertThatThrownBy(() -> ClientOptions.builder().applyEnv(Map.of()).build()).hasMessageContaining("MISTRAL_API_KEY");
    assertThatThrownBy(() -> ClientOptions.builder().apiKey(" ")).hasMessageContaining("MISTRAL_API_KEY");
  }

  @Test
  void environment_setsKeyBaseUrlAndLogLevel() {
    ClientOptions o = ClientOptions.builder()
        .applyEnv(Map.of("MISTRAL_API_KEY", "env-key", "MISTRAL_BASE_URL", "http://localhost:8080/", "MISTRAL_LOG", "Headers"))
        .build();
    assertThat(o.apiKey().get()).isEqualTo("env-key");
    assertThat(o.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(o.logLevel()).isEqualTo(LogLevel.HEADERS);
    assertThatThrownBy(() -> LogLevel.parse("verbose")).hasMessageContaining("MISTRAL_LOG must be one of none, basic, headers, body");
  }

  @Test
  void toBuilder_copiesEverything_andOptionsStayImmutable() {
    ClientOptions a = ClientOptions.builder().apiKey("k").baseUrl("http://h:1").putDefaultHeader("X-A", "1").maxRetries(5)
        .requestTimeout(Duration.ofSeconds(3)).logLevel(LogLevel.BASIC).build();
    ClientOptions b = a.toBuilder().putDefaultHeader("X-B", "2").build();
    assertThat(a.defaultHeaders()).containsOnlyKeys("X-A");
    assertThat(b.defaultHeaders()).containsOnlyKeys("X-A", "X-B");
    assertThat(b.retryPolicy().maxRetries()).isEqualTo(5);
    assertThat(b.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(b.baseUrl()).isEqualTo(a.baseUrl());
    assertThatThrownBy(() -> a.defaultHeaders().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badValues_failEarly_namingTheParameter() {
    ClientOptions.Builder b = ClientOptions.builder();
    assertThatThrownBy(() -> b.baseUrl("ftp://x")).hasMessageContaining("baseUrl must be an absolute http(s) URL");
    assertThatThrownBy(() -> b.baseUrl("https://x/v1?q=1")).hasMessageContaining("baseUrl must not carry a query");
    assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).hasMessageContaining("connectTimeout must be positive");
    assertThatThrownBy(() -> b.requestTimeout(Duration.ofSeconds(-1))).hasMessageContaining("requestTimeout must be positive");
    assertThatThrownBy(() -> b.maxRetries(-1)).hasMessageContaining("maxRetries must be >= 0");
    assertThatThrownBy(() -> b.putDefaultHeader("Bad Header", "v")).hasMessageContaining("header name must be an HTTP token");
    assertThatThrownBy(() -> b.putDefaultHeader("X-A", "v\r\nInjected: 1")).hasMessageContaining("a control character");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageContaining("timeout must be positive");
  }

  @Test
  void toString_masksTheKeyAndHeaderValues() {
    ClientOptions o = ClientOptions.builder().apiKey("sk-secret").putDefaultHeader("X-Api-Key", "hv-secret").build();
    assertThat(o.toString()).doesNotContain("sk-secret").doesNotContain("hv-secret").contains("apiKey=****");
    assertThat(RequestOptions.builder().putHeader("X-Token", "Bearer zz").build().toString()).doesNotContain("zz");
  }
}
