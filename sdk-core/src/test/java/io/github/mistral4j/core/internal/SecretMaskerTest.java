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
}
