package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MistralStandInTest
class CredentialsTest {
  private Http http;

  @BeforeEach
  void createConnector(MistralStandIn standIn) {
    http = Http.to(standIn);
    http.post("/v1/connectors", connector("weather"));
  }

  private JsonNode list(String scope) {
    return http.get("/v1/connectors/weather/" + scope + "/credentials").json().get("credentials");
  }

  @ParameterizedTest
  @ValueSource(strings = {"organization", "workspace", "user"})
  void createOrUpdate_storesCredentialsPerScopeWithoutSecrets(String scope) {
    Http.Reply r = http.post(
        "/v1/connectors/weather/" + scope + "/credentials",
        "{\"name\":\"main\",\"title\":\"Main key\",\"credentials\":{\"bearer_token\":\"s3cr3t\"}}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("message").asText()).contains("main");
    Http.Reply listed = http.get("/v1/connectors/weather/" + scope + "/credentials");
    JsonNode cred = listed.json().get("credentials").get(0);
    assertThat(cred.get("name").asText()).isEqualTo("main");
    assertThat(cred.get("title").asText()).isEqualTo("Main key");
    assertThat(cred.get("authentication_type").asText()).isEqualTo("bearer");
    assertThat(cred.get("scope").asText()).isEqualTo(scope.equals("organization") ? "org" : scope);
    assertThat(cred.get("is_default").asBoolean()).isTrue();
    assertThat(cred.get("status").get("status_type").asText()).isEqualTo("valid");
    assertThat(listed.json().get("connector_preset_credentials_for_auth")).isEmpty();
    assertThat(listed.raw()).doesNotContain("s3cr3t");
    for (String other : new String[] {"organization", "workspace", "user"}) {
      if (!other.equals(scope)) {
        assertThat(list(other)).isEmpty();
      }
    }
  }

  @Test
  void createOrUpdate_infersTheTypeFromTheCredentials() {
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"o\",\"credentials\":{\"oauth\":{\"access_token\":\"a\"}}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"g\",\"credentials\":{\"github_installation_id\":\"1\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"h\",\"credentials\":{\"headers\":{\"X\":\"y\"}}}");
    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"n\"}");

    assertThat(list("user"))
        .extracting(
            c -> c.get("name").asText() + "=" + c.get("authentication_type").asText())
        .containsExactly("o=oauth2", "g=github_app", "h=bearer", "n=none");
  }

  @Test
  void createOrUpdate_firstOfATypeIsDefaultAndLaterOnesAreNot() {
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"b\",\"credentials\":{\"bearer_token\":\"2\"}}");

    assertThat(list("user"))
        .extracting(c -> c.get("is_default").asBoolean())
        .containsExactly(true, false);
  }

  @Test
  void createOrUpdate_isDefaultTruePromotesAndDemotesThePreviousDefault() {
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"b\",\"is_default\":true,\"credentials\":{\"bearer_token\":\"2\"}}");

    assertThat(list("user"))
        .extracting(c -> c.get("is_default").asBoolean())
        .containsExactly(false, true);

    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"a\",\"is_default\":true}");
    assertThat(list("user"))
        .extracting(c -> c.get("is_default").asBoolean())
        .containsExactly(true, false);
  }

  @Test
  void createOrUpdate_refusesToCreateTheFirstCredentialsAsNonDefault() {
    Http.Reply r = http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"a\",\"is_default\":false,\"credentials\":{\"bearer_token\":\"1\"}}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(list("user")).isEmpty();
  }

  @Test
  void createOrUpdate_refusesToDemoteTheDefault() {
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");

    Http.Reply r = http.post(
        "/v1/connectors/weather/user/credentials", "{\"name\":\"a\",\"is_default\":false}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(list("user").get(0).get("is_default").asBoolean()).isTrue();
  }

  @Test
  void createOrUpdate_updatesTheTitleOnlyWhenSent() {
    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"a\",\"title\":\"First\"}");

    Http.Reply kept = http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"a\"}");
    assertThat(kept.json().get("message").asText()).contains("updated");
    assertThat(list("user").get(0).get("title").asText()).isEqualTo("First");

    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"a\",\"title\":null}");
    assertThat(list("user").get(0).get("title").isNull()).isTrue();
  }

  @Test
  void createOrUpdate_rejectsABadNameWith422() {
    Http.Reply r = http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"no spaces\"}");

    assertThat(r.status()).isEqualTo(422);
    JsonNode d = r.json().get("detail").get(0);
    assertThat(d.get("type").asText()).isEqualTo("string_pattern_mismatch");
    assertThat(d.get("loc").toString()).isEqualTo("[\"body\",\"name\"]");
    assertThat(d.get("ctx").get("pattern").asText()).isEqualTo("^[a-zA-Z0-9_-]{1,64}$");
  }

  @Test
  void list_filtersByTypeAndByDefault() {
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"b\",\"credentials\":{\"bearer_token\":\"2\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"o\",\"credentials\":{\"oauth\":{\"access_token\":\"x\"}}}");

    JsonNode bearer = http.get("/v1/connectors/weather/user/credentials?auth_type=bearer")
        .json()
        .get("credentials");
    JsonNode defaults = http.get("/v1/connectors/weather/user/credentials?fetch_default=true")
        .json()
        .get("credentials");
    Http.Reply bad = http.get("/v1/connectors/weather/user/credentials?auth_type=password");

    assertThat(bearer).extracting(c -> c.get("name").asText()).containsExactly("a", "b");
    assertThat(defaults).extracting(c -> c.get("name").asText()).containsExactly("a", "o");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("detail").get(0).get("loc").toString())
        .isEqualTo("[\"query\",\"auth_type\"]");
  }

  @Test
  void delete_removesOneAndPromotesAnotherDefault() {
    http.post(
        "/v1/connectors/weather/workspace/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");
    http.post(
        "/v1/connectors/weather/workspace/credentials",
        "{\"name\":\"b\",\"credentials\":{\"bearer_token\":\"2\"}}");

    Http.Reply r = http.delete("/v1/connectors/weather/workspace/credentials/a");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("message").asText()).contains("a");
    JsonNode left = list("workspace");
    assertThat(left).hasSize(1);
    assertThat(left.get(0).get("name").asText()).isEqualTo("b");
    assertThat(left.get(0).get("is_default").asBoolean()).isTrue();
  }

  @Test
  void delete_ofUnknownCredentialsIs404AndOfABadNameIs422() {
    assertThat(
            http.delete("/v1/connectors/weather/organization/credentials/nope").status())
        .isEqualTo(404);
    assertThat(
            http.delete("/v1/connectors/weather/organization/credentials/b%20d").status())
        .isEqualTo(422);
  }

  @Test
  void deleteAllUser_removesOnlyTheUsersCredentials() {
    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"a\"}");
    http.post("/v1/connectors/weather/user/credentials", "{\"name\":\"b\"}");
    http.post("/v1/connectors/weather/organization/credentials", "{\"name\":\"org\"}");

    Http.Reply r = http.delete("/v1/connectors/weather/user/credentials");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("message").asText()).isNotBlank();
    assertThat(list("user")).isEmpty();
    assertThat(list("organization")).hasSize(1);
  }

  @Test
  void everyCredentialsOperationOfAnUnknownConnectorIs404() {
    assertThat(http.get("/v1/connectors/nope/user/credentials").status()).isEqualTo(404);
    assertThat(http.post("/v1/connectors/nope/user/credentials", "{\"name\":\"a\"}")
            .status())
        .isEqualTo(404);
    assertThat(http.delete("/v1/connectors/nope/user/credentials/a").status()).isEqualTo(404);
    assertThat(http.delete("/v1/connectors/nope/user/credentials").status()).isEqualTo(404);
  }

  @Test
  void update_changesTheTitleOnlyWhenSent() {
    String path = "/v1/connectors/weather/user/credentials";
    http.post(path, "{\"name\":\"main\",\"title\":\"First\"}");

    http.post(path, "{\"name\":\"main\"}");
    String kept = list("user").get(0).get("title").asText();
    http.post(path, "{\"name\":\"main\",\"title\":\"Second\"}");
    String changed = list("user").get(0).get("title").asText();
    http.post(path, "{\"name\":\"main\",\"title\":null}");

    assertThat(kept).isEqualTo("First");
    assertThat(changed).isEqualTo("Second");
    assertThat(list("user").get(0).get("title").isNull()).isTrue();
  }

  @Test
  void hasDefaultCredentials_followsTheDefaultOfTheMethodType() {
    String id = http.get("/v1/connectors/weather").json().get("id").asText();
    http.patch("/v1/connectors/" + id, "{\"auth_methods\":[{\"method_type\":\"bearer\"}]}");
    JsonNode before = http.get("/v1/connectors/weather/authentication_methods").json();

    http.post(
        "/v1/connectors/weather/organization/credentials",
        "{\"name\":\"a\",\"credentials\":{\"bearer_token\":\"1\"}}");
    JsonNode after = http.get("/v1/connectors/weather/authentication_methods").json();

    assertThat(before.get(1).get("has_default_credentials").asBoolean()).isFalse();
    assertThat(after.get(1).get("has_default_credentials").asBoolean()).isTrue();
  }
}
