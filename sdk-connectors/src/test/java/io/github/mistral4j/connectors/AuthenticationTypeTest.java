package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.core.internal.Json;
import org.junit.jupiter.api.Test;

/** {@link AuthenticationType}: the contract's outbound and inbound authentication types in one open enum. */
class AuthenticationTypeTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void authenticationType_hasTheOutboundTypesThenWebhook_andKeepsUnknownValues() throws Exception {
    assertThat(AuthenticationType.knownValues()).extracting(AuthenticationType::value)
        .containsExactly("oauth2", "bearer", "none", "github_app", "slack_app", "webhook");
    assertThat(MAPPER.readValue("\"webhook\"", AuthenticationType.class)).isSameAs(AuthenticationType.WEBHOOK);
    AuthenticationType future = MAPPER.readValue("\"mtls\"", AuthenticationType.class);
    assertThat(future.isKnown()).isFalse();
    assertThat(MAPPER.writeValueAsString(future)).isEqualTo("\"mtls\"");
  }
}
