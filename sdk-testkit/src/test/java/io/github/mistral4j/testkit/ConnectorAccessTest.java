package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class ConnectorAccessTest {
  private Http http;
  private String id;

  @BeforeEach
  void createConnector(MistralStandIn standIn) {
    http = Http.to(standIn);
    id = http.post("/v1/connectors", connector("weather")).json().get("id").asText();
  }

  @Test
  void share_makesAPrivateConnectorAWorkspaceOne() {
    Http.Reply r = http.put("/v1/connectors/" + id + "/share");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("message").asText()).isNotBlank();
    JsonNode c = http.get("/v1/connectors/" + id).json();
    assertThat(c.get("visibility").asText()).isEqualTo("shared_workspace");
    assertThat(c.get("owner_type").asText()).isEqualTo("workspace");
  }

  @Test
  void share_ofAConnectorAlreadySharedIs400() {
    http.put("/v1/connectors/" + id + "/share");

    assertThat(http.put("/v1/connectors/" + id + "/share").status()).isEqualTo(400);
  }

  @Test
  void unshare_makesItPrivateAndDropsWorkspaceCredentials() {
    http.put("/v1/connectors/" + id + "/share");
    http.post(
        "/v1/connectors/weather/workspace/credentials",
        "{\"name\":\"team\",\"credentials\":{\"bearer_token\":\"t\"}}");
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"mine\",\"credentials\":{\"bearer_token\":\"t\"}}");

    Http.Reply r = http.delete("/v1/connectors/" + id + "/share");

    assertThat(r.status()).isEqualTo(200);
    assertThat(http.get("/v1/connectors/" + id).json().get("visibility").asText())
        .isEqualTo("private");
    assertThat(http.get("/v1/connectors/weather/workspace/credentials").json().get("credentials"))
        .isEmpty();
    assertThat(http.get("/v1/connectors/weather/user/credentials").json().get("credentials"))
        .hasSize(1);
  }

  @Test
  void unshare_ofAPrivateConnectorIs400() {
    assertThat(http.delete("/v1/connectors/" + id + "/share").status()).isEqualTo(400);
  }

  @Test
  void shareAndUnshare_needAConnectorIdNotAName() {
    Http.Reply r = http.put("/v1/connectors/weather/share");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").get(0).get("type").asText()).isEqualTo("uuid_parsing");
    assertThat(http.put("/v1/connectors/" + UUID.randomUUID() + "/share").status())
        .isEqualTo(404);
  }

  @Test
  void activateAndDeactivate_workPerScopeAndDriveActive() {
    for (String scope : new String[] {"organization", "workspace", "user"}) {
      Http.Reply on = http.post("/v1/connectors/" + id + "/" + scope + "/activate");
      assertThat(on.status()).isEqualTo(200);
      assertThat(on.json().get("message").asText()).contains(scope);
    }
    assertThat(http.get("/v1/connectors/" + id).json().get("active").asBoolean())
        .isTrue();

    http.post("/v1/connectors/" + id + "/organization/deactivate");
    http.post("/v1/connectors/" + id + "/workspace/deactivate");
    assertThat(http.get("/v1/connectors/" + id).json().get("active").asBoolean())
        .isTrue();

    Http.Reply off = http.post("/v1/connectors/" + id + "/user/deactivate");
    assertThat(off.status()).isEqualTo(200);
    assertThat(http.get("/v1/connectors/" + id).json().get("active").asBoolean())
        .isFalse();
  }

  @Test
  void activateWithAToolConfiguration_storesIt_normalised_andShowsItPerScope() {
    String body =
        "{\"requires_confirmation\":{\"type\":\"or\",\"expressions\":[[\"send\"],{\"read_only\":false}]},"
            + "\"skip_confirmation\":null,\"include\":[]}";
    assertThat(http.post("/v1/connectors/" + id + "/user/activate", body).status()).isEqualTo(200);
    http.post("/v1/connectors/" + id + "/organization/activate", "{\"exclude\":[\"wipe\"]}");
    http.post("/v1/connectors/" + id + "/workspace/activate");

    JsonNode prefs = http.get("/v1/connectors/" + id).json().get("connection_preferences");
    assertThat(prefs).hasSize(2);
    assertThat(prefs.get(0).get("consumer_type").asText()).isEqualTo("org");
    assertThat(prefs.get(0).get("tool_configuration"))
        .isEqualTo(Http.json("{\"requires_confirmation\":null,\"skip_confirmation\":null,\"include\":null,"
            + "\"exclude\":[\"wipe\"]}"));
    assertThat(prefs.get(1).get("consumer_type").asText()).isEqualTo("user");
    assertThat(prefs.get(1).get("name").asText()).isEqualTo("default");
    assertThat(prefs.get(1).get("is_default").asBoolean()).isTrue();
    assertThat(prefs.get(1).get("tool_configuration"))
        .isEqualTo(Http.json("{\"requires_confirmation\":{\"type\":\"or\",\"expressions\":[[\"send\"],"
            + "{\"read_only\":false}]},\"skip_confirmation\":null,\"include\":[],\"exclude\":null}"));
  }

  @Test
  void reactivatingWithoutABody_orDeactivating_dropsTheScopesConfiguration() {
    http.post("/v1/connectors/" + id + "/user/activate", "{\"include\":[\"a\"]}");
    http.post("/v1/connectors/" + id + "/workspace/activate", "{\"include\":[\"b\"]}");
    http.post("/v1/connectors/" + id + "/user/activate");
    assertThat(http.get("/v1/connectors/" + id).json().get("connection_preferences")).hasSize(1);

    http.post("/v1/connectors/" + id + "/workspace/deactivate");
    assertThat(http.get("/v1/connectors/" + id).json().get("connection_preferences").isNull()).isTrue();
    assertThat(http.get("/v1/connectors/" + id).json().get("active").asBoolean()).isTrue();
  }

  @Test
  void aToolConfigurationOfTheWrongShape_is422_atItsLocation_andChangesNothing() {
    Http.Reply r =
        http.post("/v1/connectors/" + id + "/user/activate",
            "{\"requires_confirmation\":{\"type\":\"xor\",\"expressions\":[]},\"include\":\"a\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").findValuesAsText("type")).contains("list_type");
    assertThat(r.json().get("detail").toString()).contains("requires_confirmation").contains("include");
    assertThat(http.get("/v1/connectors/" + id).json().get("active").asBoolean()).isFalse();
    assertThat(http.get("/v1/connectors/" + id).json().get("connection_preferences").isNull()).isTrue();
  }

  @Test
  void connectorIdsAreAcceptedInAnyCaseAndWithoutHyphens() {
    assertThat(
            http.post("/v1/connectors/" + id.toUpperCase() + "/user/activate").status())
        .isEqualTo(200);
    assertThat(http.post("/v1/connectors/" + id.replace("-", "") + "/user/deactivate")
            .status())
        .isEqualTo(200);
  }

  @Test
  void activate_isIdempotent() {
    http.post("/v1/connectors/" + id + "/user/activate");

    assertThat(http.post("/v1/connectors/" + id + "/user/activate").status()).isEqualTo(200);
    assertThat(http.post("/v1/connectors/" + id + "/user/deactivate").status()).isEqualTo(200);
    assertThat(http.post("/v1/connectors/" + id + "/user/deactivate").status()).isEqualTo(200);
  }

  @Test
  void activate_withAnUnknownScopeIs422ListingTheScopes() {
    Http.Reply r = http.post("/v1/connectors/" + id + "/team/activate");

    assertThat(r.status()).isEqualTo(422);
    JsonNode d = r.json().get("detail").get(0);
    assertThat(d.get("type").asText()).isEqualTo("enum");
    assertThat(d.get("loc").toString()).isEqualTo("[\"path\",\"consumer_scope\"]");
    assertThat(d.get("msg").asText())
        .isEqualTo("Input should be 'user', 'workspace' or 'organization'");
    assertThat(d.get("input").asText()).isEqualTo("team");
  }

  @Test
  void activate_ofAnUnknownConnectorIs404() {
    assertThat(
            http.post("/v1/connectors/" + UUID.randomUUID() + "/user/activate").status())
        .isEqualTo(404);
  }
}
