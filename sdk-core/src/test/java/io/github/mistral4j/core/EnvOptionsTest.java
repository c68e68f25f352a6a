package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvOptionsTest {
  @Test
  void absentOrBlankVariables_leaveTheValues() {
    OptionValues v = new OptionValues();
    v.apiKey("k");
    v.baseUrl("http://h:1");
    v.logLevel(LogLevel.BODY);
    EnvOptions.apply(Map.of(), v);
    EnvOptions.apply(Map.of("MISTRAL_API_KEY", " ", "MISTRAL_BASE_URL", "", "MISTRAL_LOG", "\t"), v);
    Map<String, String> nulls = new HashMap<>();
    nulls.put("MISTRAL_API_KEY", null);
    EnvOptions.apply(nulls, v);
    assertThat(v.apiKey.get()).isEqualTo("k");
    assertThat(v.baseUrl).isEqualTo(URI.create("http://h:1"));
    assertThat(v.logLevel).isEqualTo(LogLevel.BODY);
  }

  @Test
  void variables_areTrimmedAndParsed() {
    OptionValues v = new OptionValues();
    EnvOptions.apply(
        Map.of("MISTRAL_API_KEY", " sk-1 ", "MISTRAL_BASE_URL", " https://eu.example.com/ ", "MISTRAL_LOG", " body "), v);
    assertThat(v.apiKey.get()).isEqualTo("sk-1");
    assertThat(v.baseUrl).isEqualTo(URI.create("https://eu.example.com"));
    assertThat(v.logLevel).isEqualTo(LogLevel.BODY);
  }

  @Test
  void badVariables_failNamingTheVariableOrRule_withoutEchoingSecrets() {
    assertThatThrownBy(() -> EnvOptions.apply(Map.of("MISTRAL_API_KEY", "sk-sécret"), new OptionValues()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey must hold only visible ASCII characters")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("cret"));
    assertThatThrownBy(() -> EnvOptions.apply(Map.of("MISTRAL_BASE_URL", "https://u:pw123@h"), new OptionValues()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MISTRAL_BASE_URL must not carry user info (user:password@)");
    assertThatThrownBy(() -> EnvOptions.apply(Map.of("MISTRAL_LOG", "loud"), new OptionValues()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MISTRAL_LOG must be one of none, basic, headers, body");
  }

  @Test
  void theKeyIsReadBeforeTheBaseUrl() {
    OptionValues v = new OptionValues();
    assertThatThrownBy(() -> EnvOptions.apply(Map.of("MISTRAL_API_KEY", "sk-2", "MISTRAL_BASE_URL", "ftp://h"), v))
        .hasMessageContaining("MISTRAL_BASE_URL must be an absolute http(s) URL");
    assertThat(v.apiKey.get()).isEqualTo("sk-2");
    assertThat(v.baseUrl).isEqualTo(ClientOptions.DEFAULT_BASE_URL);
  }

  @Test
  void aNullEnvironment_isRefusedNamingTheParameter() {
    assertThatThrownBy(() -> ClientOptions.builder().applyEnv(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("env");
  }
}
