package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Options are checked when they are built: header values as HTTP allows them, headers the SDK or
 * the HTTP client own refused, base URLs without user info, clients that follow redirects refused;
 * and no message repeats a secret.
 */
class OptionsHardeningTest {
  private static final String SECRET = "sk-Sécret-Ā-42";

  @ParameterizedTest
  @ValueSource(strings = {"sk-abcĀdef", "sk-abcédef", "sk-abc def", "sk-abc\tdef", "sk-abc\u0000def", "sk-abc\u007fdef", "sk-😀"})
  void apiKeyOutsideVisibleAscii_isRefusedAtBuildTime_withoutEchoingIt(String key) {
    assertThatThrownBy(() -> ClientOptions.builder().apiKey(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key).doesNotContain("abc"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ā", "é", "\u0000", "\n", "\r", "\u007f", "\u2028"})
  void headerValueOutsideVisibleAsciiSpaceTab_isRefused_withoutEchoingIt(String bad) {
    String value = "secret-value-" + bad + "-tail";
    for (Consumer<String> setter : headerSetters("X-Custom")) {
      assertThatThrownBy(() -> setter.accept(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("header value of X-Custom must hold only visible ASCII characters, space and tab")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }
  }

  @Test
  void headerValuesWithSpaceAndTab_areAccepted() {
    for (Consumer<String> setter : headerSetters("X-Custom")) {
      assertThatCode(() -> setter.accept("a b\tc ~!")).doesNotThrowAnyException();
    }
    assertThatCode(() -> ClientOptions.builder().userAgent("my-app/1.0 (+https://example.com)")).doesNotThrowAnyException();
    assertThatThrownBy(() -> ClientOptions.builder().userAgent("app/Ā")).hasMessageContaining("header value of User-Agent");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Host", "content-length", "Transfer-Encoding", "CONNECTION", "Upgrade", "Expect", "TE", "Trailer", "Keep-Alive",
    "Proxy-Authorization", "Proxy-Connection", "proxy-anything"
  })
  void headersTheHttpClientOwns_areRefused(String name) {
    for (Consumer<String> setter : headerSetters(name)) {
      assertThatThrownBy(() -> setter.accept("chunked"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("header " + name + " is set by the HTTP client and cannot be set by the caller");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "authorization"})
  void authorization_isRefused_pointingToTheApiKeyOption(String name) {
    for (Consumer<String> setter : headerSetters(name)) {
      assertThatThrownBy(() -> setter.accept("Bearer " + SECRET))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("use ClientOptions.Builder.apiKey(...)")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://user:hunter2pass@api.example.com",
    "http://user:hunter2pass@api.example.com/v1",
    "https://:hunter2pass@api.example.com",
    "ftp://user:hunter2pass@api.example.com",
    "https://user:hunter2pass@bad_host.example",
    "https://user:hunter2pass@[::1",
    "https://user:hunter2 pass@host",
    "user:hunter2pass@host",
    "weird+scheme://user:hunter2pass@host",
    "https://user%3Ahunter2pass@host"
  })
  void baseUrlWithUserInfo_isRefusedEverywhere_withoutRepeatingIt(String url) {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl must not carry user info")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> RequestOptions.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> ClientOptions.builder().applyEnv(Map.of(ClientOptions.BASE_URL_ENV, url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MISTRAL_BASE_URL must not carry user info")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void baseUrlUriWithUserInfo_isRefused() {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl(URI.create("https://u:hunter2pass@h.example")))
        .hasMessageContaining("must not carry user info")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://exa mple.com/hunter2", "http://[bad/hunter2", "https://h.example/%zzhunter2", "javascript:hunter2"})
  void malformedBaseUrl_isRefused_withoutRepeatingIt(String url) {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void validBaseUrls_stillWork() {
    assertThat(ClientOptions.builder().baseUrl("https://api.example.com/").apiKey("k").build().baseUrl())
        .isEqualTo(URI.create("https://api.example.com"));
    assertThat(RequestOptions.builder().baseUrl("http://127.0.0.1:8080/proxy").build().baseUrl())
        .isEqualTo(URI.create("http://127.0.0.1:8080/proxy"));
  }

  @Test
  void anHttpClientThatFollowsRedirects_isRefused() {
    for (HttpClient.Redirect redirect : new HttpClient.Redirect[] {HttpClient.Redirect.ALWAYS, HttpClient.Redirect.NORMAL}) {
      HttpClient client = HttpClient.newBuilder().followRedirects(redirect).build();
      assertThatThrownBy(() -> ClientOptions.builder().httpClient(client))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("httpClient must not follow redirects")
          .hasMessageContaining("followRedirects(HttpClient.Redirect.NEVER)");
    }
    assertThatCode(() -> ClientOptions.builder().httpClient(HttpClient.newHttpClient())).doesNotThrowAnyException();
  }

  private static Iterable<Consumer<String>> headerSetters(String name) {
    return java.util.List.of(
        v -> ClientOptions.builder().putDefaultHeader(name, v),
        v -> RequestOptions.builder().putHeader(name, v));
  }
}
