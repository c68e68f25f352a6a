package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MistralStandInTest
class AgentVersionsTest {
  private Http http;
  private String id;

  @BeforeEach
  void agentWithThreeVersions(MistralStandIn standIn) {
    http = Http.to(standIn);
    id = http.post("/v1/agents", agent("helper")).json().get("id").asText();
    http.patch("/v1/agents/" + id, "{\"instructions\":\"one\"}");
    http.patch("/v1/agents/" + id, "{\"instructions\":\"two\"}");
  }

  @Test
  void updateVersion_switchesTheActiveVersion() {
    Http.Reply r = http.patch("/v1/agents/" + id + "/version?version=1");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("version").asInt()).isEqualTo(1);
    assertThat(r.json().get("versions").toString()).isEqualTo("[0,1,2]");
    JsonNode active = http.get("/v1/agents/" + id).json();
    assertThat(active.get("version").asInt()).isEqualTo(1);
    assertThat(active.get("instructions").asText()).isEqualTo("one");
  }

  @Test
  void updateVersion_thenUpdateBuildsOnTheActiveVersion() {
    http.patch("/v1/agents/" + id + "/version?version=0");

    JsonNode v3 = http.patch("/v1/agents/" + id, "{\"description\":\"d\"}").json();

    assertThat(v3.get("version").asInt()).isEqualTo(3);
    assertThat(v3.get("instructions").isNull()).isTrue();
  }

  @Test
  void updateVersion_needsAnExistingIntegerVersion() {
    Http.Reply missing = http.patch("/v1/agents/" + id + "/version");
    Http.Reply text = http.patch("/v1/agents/" + id + "/version?version=two");
    Http.Reply unknown = http.patch("/v1/agents/" + id + "/version?version=9");

    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("detail").get(0).get("type").asText()).isEqualTo("missing");
    assertThat(missing.json().get("detail").get(0).get("loc").toString())
        .isEqualTo("[\"query\",\"version\"]");
    assertThat(text.json().get("detail").get(0).get("type").asText()).isEqualTo("int_parsing");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void listVersions_pagesNewestFirst() {
    JsonNode all = http.get("/v1/agents/" + id + "/versions").json();
    JsonNode second =
        http.get("/v1/agents/" + id + "/versions?page=1&page_size=2").json();

    assertThat(all).extracting(v -> v.get("version").asInt()).containsExactly(2, 1, 0);
    assertThat(second).extracting(v -> v.get("version").asInt()).containsExactly(0);
    assertThat(http.get("/v1/agents/" + id + "/versions?page_size=101").status())
        .isEqualTo(422);
    assertThat(http.get("/v1/agents/ag_missing/versions").status()).isEqualTo(404);
  }

  @Test
  void getVersion_byNumberOrAlias() {
    http.put("/v1/agents/" + id + "/aliases?alias=prod&version=1");

    assertThat(http.get("/v1/agents/" + id + "/versions/2")
            .json()
            .get("instructions")
            .asText())
        .isEqualTo("two");
    assertThat(http.get("/v1/agents/" + id + "/versions/prod")
            .json()
            .get("version")
            .asInt())
        .isEqualTo(1);
    assertThat(http.get("/v1/agents/" + id + "/versions/5").status()).isEqualTo(404);
    assertThat(http.get("/v1/agents/" + id + "/versions/staging").status()).isEqualTo(404);
  }

  @Test
  void aliases_createListMoveAndDelete() {
    Http.Reply created = http.put("/v1/agents/" + id + "/aliases?alias=prod&version=1");
    http.put("/v1/agents/" + id + "/aliases?alias=canary&version=2");

    assertThat(created.status()).isEqualTo(200);
    JsonNode alias = created.json();
    assertThat(alias.get("alias").asText()).isEqualTo("prod");
    assertThat(alias.get("version").asInt()).isEqualTo(1);
    assertThat(alias.get("created_at").asText()).isNotEmpty();
    assertThat(alias.size()).isEqualTo(4);

    JsonNode moved =
        http.put("/v1/agents/" + id + "/aliases?alias=prod&version=2").json();
    assertThat(moved.get("version").asInt()).isEqualTo(2);
    assertThat(moved.get("created_at")).isEqualTo(alias.get("created_at"));

    JsonNode list = http.get("/v1/agents/" + id + "/aliases").json();
    assertThat(list)
        .extracting(a -> a.get("alias").asText() + "->" + a.get("version").asInt())
        .containsExactly("canary->2", "prod->2");

    Http.Reply deleted = http.delete("/v1/agents/" + id + "/aliases?alias=prod");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.raw()).isEmpty();
    assertThat(http.get("/v1/agents/" + id + "/aliases").json()).hasSize(1);
    assertThat(http.delete("/v1/agents/" + id + "/aliases?alias=prod").status()).isEqualTo(404);
  }

  @Test
  void aliases_pointOnlyAtExistingVersionsOfExistingAgents() {
    assertThat(http.put("/v1/agents/" + id + "/aliases?alias=prod&version=7").status())
        .isEqualTo(404);
    assertThat(http.put("/v1/agents/ag_missing/aliases?alias=prod&version=0").status())
        .isEqualTo(404);
    assertThat(http.get("/v1/agents/ag_missing/aliases").status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Prod", "1st", "prod-", "a%20b", "prod_"})
  void aliases_rejectNamesOutsideThePatternWith422(String alias) {
    Http.Reply r = http.put("/v1/agents/" + id + "/aliases?alias=" + alias + "&version=0");

    assertThat(r.status()).isEqualTo(422);
    JsonNode d = r.json().get("detail").get(0);
    assertThat(d.get("type").asText()).isEqualTo("string_pattern_mismatch");
    assertThat(d.get("loc").toString()).isEqualTo("[\"query\",\"alias\"]");
  }

  @Test
  void aliases_rejectATooLongNameAndMissingParameters() {
    Http.Reply tooLong =
        http.put("/v1/agents/" + id + "/aliases?alias=" + "a".repeat(65) + "&version=0");
    Http.Reply missing = http.put("/v1/agents/" + id + "/aliases");

    assertThat(tooLong.json().get("detail").get(0).get("type").asText())
        .isEqualTo("string_too_long");
    assertThat(missing.json().get("detail"))
        .extracting(d -> d.get("loc").get(1).asText())
        .containsExactly("alias", "version");
    assertThat(http.delete("/v1/agents/" + id + "/aliases").status()).isEqualTo(422);
  }

  @Test
  void deletingAnAgentDeletesItsVersionsAndAliases() {
    http.put("/v1/agents/" + id + "/aliases?alias=prod&version=1");

    http.delete("/v1/agents/" + id);

    assertThat(http.get("/v1/agents/" + id + "/versions/1").status()).isEqualTo(404);
    assertThat(http.get("/v1/agents/" + id + "/aliases").status()).isEqualTo(404);
  }
}
