package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretJsonTest {
  private static String masked(String json) throws Exception {
    return Json.mapper().writeValueAsString(SecretJson.mask(Json.mapper().readTree(json)));
  }

  @Test
  void secretMembers_areMatchedInAnyCase_andOnlyByWholeName() {
    assertThat(SecretJson.isSecretMember("Client_Secret")).isTrue();
    assertThat(SecretJson.isSecretMember("TOKEN")).isTrue();
    assertThat(SecretJson.isSecretMember("token_type")).isFalse();
    assertThat(SecretJson.isSecretMember("client_id")).isFalse();
  }

  @Test
  void secretMemberHoldingAnObject_isMaskedWhole() throws Exception {
    assertThat(masked("{\"connection_secrets\":{\"k\":\"v\",\"n\":[1,2]}}")).isEqualTo("{\"connection_secrets\":\"****\"}");
  }

  @Test
  void numbersAndArraysBelowAllSecretMembers_areMasked_butTypesAndNullsKept() throws Exception {
    assertThat(masked("{\"Headers\":{\"a\":[\"x\",7,null],\"type\":\"t\"},\"authorization\":{\"type\":\"oauth2\",\"n\":3}}"))
        .isEqualTo("{\"Headers\":{\"a\":[\"****\",\"****\",null],\"type\":\"t\"},\"authorization\":{\"type\":\"oauth2\",\"n\":\"****\"}}");
  }

  @Test
  void maskBody_ofAJsonScalar_isTheScalar() {
    assertThat(SecretJson.maskBody(Json.mapper(), "null".getBytes(StandardCharsets.UTF_8))).isEqualTo("null");
    assertThat(SecretJson.maskBody(Json.mapper(), "\"text\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("\"text\"");
  }

  @Test
  void maskLeavesTheOriginalUntouched() throws Exception {
    JsonNode original = Json.mapper().readTree("{\"headers\":{\"a\":\"b\"}}");
    SecretJson.mask(original);
    assertThat(original.path("headers").path("a").asText()).isEqualTo("b");
  }
}
