package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestSecretsTest {
  private static Request post(Map<String, Collection<String>> headers, String body) {
    return Request.create(Request.HttpMethod.POST, "https://h/v1/x", headers,
        body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
  }

  @Test
  void authorizationHeader_yieldsTheWholeValueAndTheKeyAlone() {
    Request request = post(Map.<String, Collection<String>>of("Authorization", List.of("Bearer sk-live-123")), "");
    assertThat(RequestSecrets.of(request, Json.mapper())).containsExactly("Bearer sk-live-123", "sk-live-123");
  }

  @Test
  void bodySecrets_areCollected_longestFirst_withoutShortValuesOrTheMask() {
    Request request = post(Map.of(),
        "{\"client_secret\":\"cs-abcdef\",\"token\":\"abc\",\"password\":\"****\",\"headers\":{\"X-K\":\"hv-1234\"},\"name\":\"public\"}");
    assertThat(RequestSecrets.of(request, Json.mapper())).containsExactly("cs-abcdef", "hv-1234");
  }

  @Test
  void wholeMaskedObjects_yieldEveryLeaf() {
    Request request = post(Map.of(), "{\"connection_secrets\":{\"a\":\"leaf-one\",\"b\":[\"leaf-two\",12345,null]}}");
    assertThat(RequestSecrets.of(request, Json.mapper())).containsExactlyInAnyOrder("leaf-one", "leaf-two", "12345");
  }

  @Test
  void nonJsonBody_addsNothing() {
    Request request = post(Map.<String, Collection<String>>of("X-Flag", List.of("on")), "client_secret=abcdefgh");
    assertThat(RequestSecrets.of(request, Json.mapper())).isEmpty();
  }

  @Test
  void collectMasked_ignoresMembersTheMaskedCopyLacks() throws Exception {
    JsonNode original = Json.mapper().readTree("{\"a\":{\"token\":\"t-1\"},\"b\":[{\"secret\":\"s-1\"}]}");
    JsonNode masked = Json.mapper().readTree("{\"b\":[{\"secret\":\"****\"}]}");
    Set<String> out = new HashSet<>();
    RequestSecrets.collectMasked(original, masked, out);
    assertThat(out).containsExactly("s-1");
  }
}
