package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {
  private static String mask(String json) {
    return SecretMasker.maskJsonBody(Json.mapper(), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void secretMembers_areMaskedAtAnyDepth_butFlagsAndNullsStay() {
    assertThat(mask("{\"a\":{\"client_secret\":\"s\",\"client_id\":\"id\",\"has_token\":true},\"list\":[{\"access_token\":\"t\",\"refresh_token\":null}]}"))
        .isEqualTo("{\"a\":{\"client_secret\":\"****\",\"client_id\":\"id\",\"has_token\":true},\"list\":[{\"access_token\":\"****\",\"refresh_token\":null}]}");
  }

  @Test
  void authorizationObjects_keepOnlyTheirType() {
    assertThat(mask("{\"tools\":[{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"api-key\",\"value\":\"sk-1\"}}]}"))
        .isEqualTo("{\"tools\":[{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"api-key\",\"value\":\"****\"}}]}");
    assertThat(mask("{\"authorization\":\"Bearer x\"}")).isEqualTo("{\"authorization\":\"****\"}");
  }

  @Test
  void headerMaps_haveEveryValueMasked() {
    assertThat(mask("{\"headers\":{\"X-Key\":\"v\"},\"global_headers\":[{\"name\":\"n\",\"value\":\"v\"}]}"))
        .isEqualTo("{\"headers\":{\"X-Key\":\"****\"},\"global_headers\":[{\"name\":\"****\",\"value\":\"****\"}]}");
  }

  @Test
  void nonJsonBodies_areNotShown() {
    assertThat(mask("token=abc")).isEqualTo("<9 bytes, not JSON: not shown>");
    assertThat(mask("")).isEmpty();
  }

  @Test
  void maskReturnsACopy() throws Exception {
    JsonNode original = Json.mapper().readTree("{\"bearer_token\":\"b\"}");
    assertThat(SecretMasker.mask(original).path("bearer_token").asText()).isEqualTo("****");
    assertThat(original.path("bearer_token").asText()).isEqualTo("b");
  }

  @Test
  void secretHeaders_areRecognised() {
    assertThat(SecretMasker.headerValue("Authorization", "Bearer k")).isEqualTo("****");
    assertThat(SecretMasker.headerValue("X-Api-Key", "k")).isEqualTo("****");
    assertThat(SecretMasker.headerValue("x-upstream-token", "k")).isEqualTo("****");
    assertThat(SecretMasker.headerValue("Content-Type", "application/json")).isEqualTo("application/json");
  }

  @Test
  void headerValues_areShownOnlyForAllowListedHeaders() {
    // a harmless-looking name may carry a secret: only the allow-list is shown
    assertThat(SecretMasker.headerValue("X-Debug-Echo", "sk-echoed-key")).isEqualTo("****");
    assertThat(SecretMasker.headerValue("X-Tenant", "tenant-secret")).isEqualTo("****");
    assertThat(SecretMasker.headerValue("Content-Type", "application/json")).isEqualTo("application/json");
    assertThat(SecretMasker.headerValue("x-request-id", "r-1")).isEqualTo("r-1");
    assertThat(SecretMasker.headerValue("Mistral-Correlation-Id", "c-1")).isEqualTo("c-1");
    assertThat(SecretMasker.headerValue("Retry-After", "2")).isEqualTo("2");
    assertThat(SecretMasker.headerValue("x-ratelimit-remaining-tokens-minute", "99")).isEqualTo("99");
    assertThat(SecretMasker.headerValue("Location", "https://user:pw@auth.example.com/cb?code=c0de#frag"))
        .isEqualTo("https://auth.example.com/cb");
  }

  @Test
  void secretsOf_includesLongValuesOfHeadersThatAreNotLogged() {
    feign.Request request = feign.Request.create(feign.Request.HttpMethod.GET, "https://h/v1/x",
        java.util.Map.of("X-Tenant", java.util.List.of("tenant-secret-77"), "X-Flag", java.util.List.of("on"),
            "Accept", java.util.List.of("application/json")),
        null, StandardCharsets.UTF_8, null);
    assertThat(SecretMasker.secretsOf(request, Json.mapper())).containsExactly("tenant-secret-77");
  }

  @Test
  void scrub_findsJsonEscapedForms() throws Exception {
    String secret = "ab\"cd\\ef/gh-SECRET";
    String echoed = Json.mapper().writeValueAsString(java.util.Map.of("input", secret)); // ab\"cd\\ef/gh
    String quotedTwice = Json.mapper().writeValueAsString(java.util.Map.of("message", echoed));
    String slashEscaped = echoed.replace("/", "\\/");
    for (String text : new String[] {echoed, quotedTwice, slashEscaped}) {
      assertThat(SecretMasker.scrub(text, java.util.List.of(secret))).as(text).doesNotContain("cd").contains("****");
    }
  }

  @Test
  void scrub_findsUnicodeEscapes_inEitherCase() {
    String secret = "p\u00e4ss\u0001w\u00f6rd-SECRET";
    String jackson = "{\"input\":\"p\u00e4ss\\u0001w\u00f6rd-SECRET\"}"; // Jackson: control chars escaped, non-ASCII not
    String python = "{\"input\":\"p\\u00e4ss\\u0001w\\u00f6rd-SECRET\"}"; // ensure_ascii, lower-case hex
    String upper = "{\"input\":\"p\\u00E4ss\\u0001w\\u00F6rd-SECRET\"}";
    for (String text : new String[] {jackson, python, upper}) {
      assertThat(SecretMasker.scrub(text, java.util.List.of(secret))).as(text).isEqualTo("{\"input\":\"****\"}");
    }
  }

  @Test
  void scrub_findsPercentEncodedForms_inEitherCase() {
    String secret = "a b/c+d~\u00e9-SECRET";
    String query = PathParams.encodeQueryValue(secret); // a%20b%2Fc%2Bd~%C3%A9-SECRET
    String lower = query.replace("%2F", "%2f").replace("%2B", "%2b").replace("%C3%A9", "%c3%a9");
    String form = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8); // a+b%2Fc%2Bd%7E%C3%A9-SECRET
    String plus = query.replace("%20", "+");
    for (String encoded : new String[] {query, lower, form, plus, form.toLowerCase(java.util.Locale.ROOT).replace("-secret", "-SECRET").replace("a+b", "a+b")}) {
      assertThat(SecretMasker.scrub("url?x=" + encoded + "&y=1", java.util.List.of(secret))).as(encoded).isEqualTo("url?x=****&y=1");
    }
  }
}
