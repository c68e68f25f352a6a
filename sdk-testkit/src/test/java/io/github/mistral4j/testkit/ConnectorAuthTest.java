package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class ConnectorAuthTest {
  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    http = Http.to(standIn);
    http.post(
        "/v1/connectors",
        "{\"name\":\"gh\",\"description\":\"d\",\"server\":\"https://mcp.example.com/sse\",\"auth_data\":{\"client_id\":\"cid\",\"client_secret\":\"cs\"},"
            + "\"oauth2_server_metadata\":{\"issuer\":\"https://auth.example.com\",\"authorization_endpoint\":\"https://auth.example.com/authorize\","
            + "\"token_endpoint\":\"https://auth.example.com/token\"}}");
    http.post("/v1/connectors", connector("plain"));
  }

  @Test
  void authenticationMethods_listsPublicMethodsWithoutSecrets() {
    Http.Reply r = http.get("/v1/connectors/gh/authentication_methods");

    assertThat(r.status()).isEqualTo(200);
    JsonNode m = r.json().get(0);
    assertThat(m.get("method_type").asText()).isEqualTo("oauth2");
    assertThat(m.get("has_default_credentials").asBoolean()).isFalse();
    assertThat(m.get("global_headers").isObject()).isTrue();
    assertThat(r.raw()).doesNotContain("\"cs\"");
  }

  @Test
  void authUrl_pointsAtTheAuthorizationEndpointWithTheRequestedParameters() {
    Http.Reply r = http.get(
        "/v1/connectors/gh/auth_url?app_return_url=https%3A%2F%2Fapp.example.com%2Fdone&credentials_name=work");

    assertThat(r.status()).isEqualTo(200);
    URI url = URI.create(r.json().get("auth_url").asText());
    assertThat(url.getHost()).isEqualTo("auth.example.com");
    assertThat(url.getPath()).isEqualTo("/authorize");
    assertThat(url.getQuery())
        .contains(
            "response_type=code",
            "client_id=cid",
            "redirect_uri=https://app.example.com/done",
            "credentials_name=work");
    assertThat(r.json().get("ttl").asInt()).isPositive();
  }

  @Test
  void authUrl_canAskForAGithubInstallationLink() {
    JsonNode r =
        http.get("/v1/connectors/gh/auth_url?github_installation_link=true").json();

    assertThat(r.get("auth_url").asText())
        .startsWith("https://github.com/apps/gh/installations/new?");
  }

  @Test
  void authUrl_ofAConnectorWithoutThatMethodIs400() {
    assertThat(http.get("/v1/connectors/plain/auth_url").status()).isEqualTo(400);
    assertThat(http.get("/v1/connectors/gh/auth_url?method_type=bearer").status())
        .isEqualTo(400);
  }

  @Test
  void authUrl_validatesItsParameters() {
    Http.Reply r =
        http.get("/v1/connectors/gh/auth_url?method_type=password&credentials_name=a%20b");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail"))
        .extracting(d -> d.get("loc").get(1).asText())
        .containsExactly("method_type", "credentials_name");
  }

  @Test
  void authOperationsOfAnUnknownConnectorAre404() {
    assertThat(http.get("/v1/connectors/nope/auth_url").status()).isEqualTo(404);
    assertThat(http.get("/v1/connectors/nope/authentication_methods").status()).isEqualTo(404);
  }
}
