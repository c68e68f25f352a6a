package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class AgentsTest {
  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    http = Http.to(standIn);
  }

  private String create(String name) {
    return http.post("/v1/agents", agent(name)).json().get("id").asText();
  }

  @Test
  void create_returnsVersionZeroWithEveryAgentField() {
    Http.Reply r = http.post(
        "/v1/agents",
        "{\"model\":\"mistral-medium-latest\",\"name\":\"helper\",\"instructions\":\"Be kind\","
            + "\"tools\":[{\"type\":\"connector\",\"connector_id\":\"weather\"},"
            + "{\"type\":\"function\",\"function\":{\"name\":\"add\",\"parameters\":{\"type\":\"object\"}}}],"
            + "\"completion_args\":{\"temperature\":0.3},\"metadata\":{\"team\":\"a\"},\"version_message\":\"first\"}");

    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.get("id").asText()).matches("ag_[0-9a-f]{32}");
    assertThat(a.get("object").asText()).isEqualTo("agent");
    assertThat(a.get("version").asInt()).isZero();
    assertThat(a.get("versions").toString()).isEqualTo("[0]");
    assertThat(a.get("model").asText()).isEqualTo("mistral-medium-latest");
    assertThat(a.get("instructions").asText()).isEqualTo("Be kind");
    assertThat(a.get("deployment_chat").asBoolean()).isFalse();
    assertThat(a.get("source").asText()).isEqualTo("api");
    assertThat(a.get("version_message").asText()).isEqualTo("first");
    assertThat(a.get("description").isNull()).isTrue();
    assertThat(a.get("handoffs").isNull()).isTrue();
    assertThat(a.get("metadata").get("team").asText()).isEqualTo("a");
    assertThat(a.get("created_at").asText()).isEqualTo(a.get("updated_at").asText());
    assertThat(a.get("completion_args").get("temperature").asDouble()).isEqualTo(0.3);
    assertThat(a.get("completion_args").get("tool_choice").asText()).isEqualTo("auto");
    JsonNode connectorTool = a.get("tools").get(0);
    assertThat(connectorTool.get("type").asText()).isEqualTo("connector");
    assertThat(connectorTool.get("authorization").isNull()).isTrue();
    JsonNode function = a.get("tools").get(1).get("function");
    assertThat(function.get("description").asText()).isEmpty();
    assertThat(function.get("strict").asBoolean()).isFalse();
  }

  @Test
  void create_fillsDefaultsWhenOnlyModelAndNameAreSent() {
    JsonNode a = http.post("/v1/agents", agent("bare")).json();

    assertThat(a.get("tools")).isEmpty();
    assertThat(a.get("guardrails").isNull()).isTrue();
    assertThat(a.get("completion_args").get("tool_choice").asText()).isEqualTo("auto");
    assertThat(a.get("completion_args").get("stop").isNull()).isTrue();
  }

  @Test
  void get_returnsTheActiveVersionOrAnotherByNumberOrAlias() {
    String id = create("helper");
    http.patch("/v1/agents/" + id, "{\"instructions\":\"v1\"}");
    http.put("/v1/agents/" + id + "/aliases?alias=stable&version=0");

    assertThat(http.get("/v1/agents/" + id).json().get("version").asInt()).isEqualTo(1);
    assertThat(http.get("/v1/agents/" + id + "?agent_version=0")
            .json()
            .get("version")
            .asInt())
        .isZero();
    assertThat(http.get("/v1/agents/" + id + "?agent_version=stable")
            .json()
            .get("instructions")
            .isNull())
        .isTrue();
    assertThat(http.get("/v1/agents/" + id + "?agent_version=7").status()).isEqualTo(404);
    assertThat(http.get("/v1/agents/" + id + "?agent_version=nope").status()).isEqualTo(404);
  }

  @Test
  void get_ofAnUnknownAgentIs404() {
    Http.Reply r = http.get("/v1/agents/ag_missing");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("detail").asText()).contains("ag_missing");
  }

  @Test
  void update_createsANewVersionKeepingAbsentFields() {
    String id = http.post(
            "/v1/agents",
            "{\"model\":\"m\",\"name\":\"helper\",\"instructions\":\"Be"
                + " kind\",\"description\":\"d\"}")
        .json()
        .get("id")
        .asText();

    JsonNode v1 = http.patch(
            "/v1/agents/" + id,
            "{\"description\":null,\"model\":\"m2\",\"version_message\":\"switch\"}")
        .json();
    JsonNode v2 = http.patch("/v1/agents/" + id, "{\"name\":null}").json();

    assertThat(v1.get("version").asInt()).isEqualTo(1);
    assertThat(v1.get("versions").toString()).isEqualTo("[0,1]");
    assertThat(v1.get("model").asText()).isEqualTo("m2");
    assertThat(v1.get("instructions").asText()).isEqualTo("Be kind");
    assertThat(v1.get("description").isNull()).isTrue();
    assertThat(v1.get("version_message").asText()).isEqualTo("switch");
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("name").asText()).isEqualTo("helper");
    assertThat(v2.get("version_message").isNull()).isTrue();
    assertThat(http.get("/v1/agents/" + id + "?agent_version=0")
            .json()
            .get("model")
            .asText())
        .isEqualTo("m");
  }

  @Test
  void update_replacesToolsAndSetsDeploymentChat() {
    String id = http.post(
            "/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"tools\":[{\"type\":\"web_search\"}]}")
        .json()
        .get("id")
        .asText();

    JsonNode a = http.patch(
            "/v1/agents/" + id,
            "{\"tools\":[{\"type\":\"code_interpreter\"}],\"deployment_chat\":true}")
        .json();

    assertThat(a.get("tools")).hasSize(1);
    assertThat(a.get("tools").get(0).get("type").asText()).isEqualTo("code_interpreter");
    assertThat(a.get("deployment_chat").asBoolean()).isTrue();
  }

  @Test
  void update_ofAnUnknownAgentIs404() {
    assertThat(http.patch("/v1/agents/ag_missing", "{}").status()).isEqualTo(404);
  }

  @Test
  void delete_answers204AndForgetsTheAgent() {
    String id = create("helper");

    Http.Reply r = http.delete("/v1/agents/" + id);

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.raw()).isEmpty();
    assertThat(http.get("/v1/agents/" + id).status()).isEqualTo(404);
    assertThat(http.delete("/v1/agents/" + id).status()).isEqualTo(404);
  }

  @Test
  void list_pagesFromZeroNewestFirst() {
    for (int i = 0; i < 5; i++) {
      create("a" + i);
    }

    JsonNode first = http.get("/v1/agents?page=0&page_size=2").json();
    JsonNode last = http.get("/v1/agents?page=2&page_size=2").json();
    JsonNode all = http.get("/v1/agents").json();

    assertThat(first).extracting(a -> a.get("name").asText()).containsExactly("a4", "a3");
    assertThat(last).extracting(a -> a.get("name").asText()).containsExactly("a0");
    assertThat(all).hasSize(5);
  }

  @Test
  void list_filtersByNameSearchIdSourcesDeploymentChatAndMetadata() {
    String a = http.post(
            "/v1/agents",
            "{\"model\":\"m\",\"name\":\"Support"
                + " bot\",\"metadata\":{\"team\":\"care\",\"tier\":1}}")
        .json()
        .get("id")
        .asText();
    String b = http.post(
            "/v1/agents",
            "{\"model\":\"m\",\"name\":\"Sales bot\",\"metadata\":{\"team\":\"sales\"}}")
        .json()
        .get("id")
        .asText();
    http.patch("/v1/agents/" + b, "{\"deployment_chat\":true}");
    String metadata = URLEncoder.encode("{\"team\":\"care\"}", StandardCharsets.UTF_8);

    assertThat(names("/v1/agents?name=Support%20bot")).containsExactly("Support bot");
    assertThat(names("/v1/agents?search=BOT")).containsExactly("Sales bot", "Support bot");
    assertThat(names("/v1/agents?search=" + b.substring(3, 12))).containsExactly("Sales bot");
    assertThat(names("/v1/agents?id=" + a)).containsExactly("Support bot");
    assertThat(names("/v1/agents?sources=api&sources=playground")).hasSize(2);
    assertThat(names("/v1/agents?sources=playground")).isEmpty();
    assertThat(names("/v1/agents?deployment_chat=true")).containsExactly("Sales bot");
    assertThat(names("/v1/agents?metadata=" + metadata)).containsExactly("Support bot");
  }

  @Test
  void list_rejectsBadFiltersWith422() {
    Http.Reply source = http.get("/v1/agents?sources=api&sources=email");
    Http.Reply metadata = http.get("/v1/agents/pages?metadata=notjson");
    Http.Reply size = http.get("/v1/agents?page_size=1001");

    assertThat(source.status()).isEqualTo(422);
    assertThat(source.json().get("detail").get(0).get("loc").toString())
        .isEqualTo("[\"query\",\"sources\",1]");
    assertThat(metadata.status()).isEqualTo(422);
    assertThat(metadata.json().get("detail").get(0).get("type").asText()).isEqualTo("json_invalid");
    assertThat(size.json().get("detail").get(0).get("type").asText()).isEqualTo("less_than_equal");
  }

  @Test
  void listPages_writesObjectDataAndTokenInTheContractOrder() {
    assertThat(http.get("/v1/agents/pages").raw())
        .isEqualTo("{\"object\":\"list\",\"data\":[],\"next_page_token\":null}");
    create("a");
    create("b");

    assertThat(http.get("/v1/agents/pages?page_size=1").raw())
        .matches("\\{\"object\":\"list\",\"data\":\\[\\{.*}],\"next_page_token\":\"[A-Za-z0-9_-]+\"}");
  }

  @Test
  void listPages_followsNextPageTokenUntilNull() {
    for (int i = 0; i < 5; i++) {
      create("a" + i);
    }

    List<String> names = new ArrayList<>();
    String token = null;
    do {
      JsonNode page = http.get(
              "/v1/agents/pages?page_size=2" + (token == null ? "" : "&page_token=" + token))
          .json();
      assertThat(page.get("object").asText()).isEqualTo("list");
      page.get("data").forEach(a -> names.add(a.get("name").asText()));
      token = page.get("next_page_token").isNull()
          ? null
          : page.get("next_page_token").asText();
    } while (token != null);

    assertThat(names).containsExactly("a4", "a3", "a2", "a1", "a0");
  }

  @Test
  void listPages_appliesFiltersAndRejectsForeignTokens() {
    create("alpha");
    create("beta");

    JsonNode page = http.get("/v1/agents/pages?search=alp").json();

    assertThat(page.get("data")).extracting(a -> a.get("name").asText()).containsExactly("alpha");
    assertThat(page.get("next_page_token").isNull()).isTrue();
    assertThat(http.get("/v1/agents/pages?page_token=xyz").status()).isEqualTo(400);
  }

  private List<String> names(String path) {
    Http.Reply r = http.get(path);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().forEach(a -> out.add(a.get("name").asText()));
    return out;
  }
}
