package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invalid requests are answered 422 with FastAPI's {@code detail[]} entries, as the real API does. */
@MistralStandInTest
class ValidationTest {
  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    http = Http.to(standIn);
  }

  private JsonNode detail(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    return r.json().get("detail");
  }

  @Test
  void missingRequiredFields_areEachReportedWithTheWholeObjectAsInput() {
    JsonNode d = detail(http.post("/v1/connectors", "{\"name\":\"weather\"}"));

    assertThat(d).hasSize(2);
    assertThat(d.get(0))
        .isEqualTo(
            Http.json("{\"type\":\"missing\",\"loc\":[\"body\",\"description\"],\"msg\":\"Field"
                + " required\",\"input\":{\"name\":\"weather\"}}"));
    assertThat(d.get(1).get("loc").toString()).isEqualTo("[\"body\",\"server\"]");
  }

  @Test
  void wrongTypes_areReportedPerField() {
    JsonNode d = detail(
        http.post(
            "/v1/agents",
            "{\"model\":1,\"name\":\"a\",\"tools\":{},\"completion_args\":{\"max_tokens\":1.5,\"temperature\":\"hot\"},\"handoffs\":true}"));

    assertThat(d)
        .extracting(x -> x.get("loc").toString() + " " + x.get("type").asText())
        .containsExactly(
            "[\"body\",\"tools\"] list_type",
            "[\"body\",\"completion_args\",\"temperature\"] float_type",
            "[\"body\",\"completion_args\",\"max_tokens\"] int_from_float",
            "[\"body\",\"model\"] string_type",
            "[\"body\",\"handoffs\"] list_type");
    assertThat(d.get(3).get("msg").asText()).isEqualTo("Input should be a valid string");
    assertThat(d.get(3).get("input").asInt()).isEqualTo(1);
  }

  @Test
  void badNamesAndEnums_reportThePatternAndTheExpectedValues() {
    JsonNode d = detail(
        http.post(
            "/v1/connectors",
            "{\"name\":\"no"
                + " spaces!\",\"description\":\"d\",\"server\":\"https://x.example.com\",\"visibility\":\"public\"}"));

    assertThat(d.get(0).get("type").asText()).isEqualTo("string_pattern_mismatch");
    assertThat(d.get(0).get("msg").asText())
        .isEqualTo("String should match pattern '^[a-zA-Z0-9_-]{1,64}$'");
    assertThat(d.get(1).get("type").asText()).isEqualTo("enum");
    assertThat(d.get(1).get("msg").asText())
        .isEqualTo("Input should be 'shared_org', 'shared_workspace' or 'private'");
    assertThat(d.get(1).get("ctx").get("expected").asText())
        .isEqualTo("'shared_org', 'shared_workspace' or 'private'");
  }

  @Test
  void urlsAndConstantsAreChecked() {
    JsonNode d = detail(
        http.post(
            "/v1/connectors",
            "{\"name\":\"a\",\"description\":\"d\",\"server\":\"ftp://x.example.com\",\"protocol\":\"http\"}"));

    assertThat(d)
        .extracting(x -> x.get("type").asText())
        .containsExactly("literal_error", "url_scheme");
    assertThat(d.get(0).get("msg").asText()).isEqualTo("Input should be 'mcp'");
    assertThat(detail(http.post(
                "/v1/connectors", "{\"name\":\"a\",\"description\":\"d\",\"server\":\"mcp\"}"))
            .get(0)
            .get("type")
            .asText())
        .isEqualTo("url_parsing");
  }

  @Test
  void lengthsAreChecked() {
    JsonNode d = detail(http.post(
        "/v1/agents",
        "{\"model\":\"m\",\"name\":\"a\",\"version_message\":\"" + "x".repeat(501)
            + "\",\"handoffs\":[]}"));

    assertThat(d)
        .extracting(x -> x.get("type").asText())
        .containsExactly("too_short", "string_too_long");
    assertThat(d.get(1).get("ctx").get("max_length").asInt()).isEqualTo(500);
  }

  @Test
  void integerQueryParametersOutOfBounds_reportTheTextAsSent() {
    Http.Reply low = http.get("/v1/agents?page_size=0");
    Http.Reply high = http.get("/v1/agents?page_size=%201001");

    assertThat(low.status()).isEqualTo(422);
    assertThat(low.raw())
        .isEqualTo("{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"query\",\"page_size\"],"
            + "\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}]}");
    assertThat(high.status()).isEqualTo(422);
    assertThat(high.raw())
        .isEqualTo("{\"detail\":[{\"type\":\"less_than_equal\",\"loc\":[\"query\",\"page_size\"],"
            + "\"msg\":\"Input should be less than or equal to 1000\",\"input\":\" 1001\","
            + "\"ctx\":{\"le\":1000}}]}");
    assertThat(http.get("/v1/agents?page_size=1000").status()).isEqualTo(200);
  }

  @Test
  void bodiesAndJsonQueryParametersOfTheWrongKind_areReportedAsFastApiDoes() {
    Http.Reply none = http.send("POST", "/v1/agents", null);
    Http.Reply text = http.send(
        "POST", "/v1/agents", "{\"model\":\"m\"}", Map.of("Content-Type", "text/plain"));
    Http.Reply array = http.get("/v1/agents/pages?metadata=%5B1%5D");

    assertThat(none.raw())
        .isEqualTo("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\","
            + "\"input\":null}]}");
    assertThat(text.raw())
        .isEqualTo("{\"detail\":[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],\"msg\":\"Input"
            + " should be a valid dictionary or object to extract fields from\",\"input\":\"{\\\"model\\\":"
            + "\\\"m\\\"}\"}]}");
    assertThat(array.raw())
        .isEqualTo("{\"detail\":[{\"type\":\"dict_type\",\"loc\":[\"query\",\"metadata\"],\"msg\":\"Input"
            + " should be a valid dictionary\",\"input\":[1]}]}");
  }

  @Test
  void unknownMembersAreRejectedWhereTheContractForbidsThem() {
    JsonNode d =
        detail(http.post("/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"colour\":\"blue\"}"));

    assertThat(d.get(0))
        .isEqualTo(
            Http.json("{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"colour\"],\"msg\":\"Extra"
                + " inputs are not permitted\",\"input\":\"blue\"}"));
  }

  @Test
  void unknownMembersAreIgnoredWhereTheContractAllowsThem() {
    Http.Reply r = http.post(
        "/v1/connectors",
        "{\"name\":\"a\",\"description\":\"d\",\"server\":\"https://x.example.com\",\"colour\":\"blue\"}");

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().has("colour")).isFalse();
  }

  @Test
  void toolUnionsNeedAKnownTypeAndReportErrorsUnderTheTag() {
    JsonNode noTag = detail(
        http.post("/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"tools\":[{\"function\":{}}]}"));
    JsonNode badTag = detail(http.post(
        "/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"tools\":[{\"type\":\"shell\"}]}"));
    JsonNode inner = detail(
        http.post(
            "/v1/agents",
            "{\"model\":\"m\",\"name\":\"a\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}]}"));

    assertThat(noTag.get(0).get("type").asText()).isEqualTo("union_tag_not_found");
    assertThat(noTag.get(0).get("loc").toString()).isEqualTo("[\"body\",\"tools\",0]");
    assertThat(badTag.get(0).get("type").asText()).isEqualTo("union_tag_invalid");
    assertThat(badTag.get(0).get("ctx").get("tag").asText()).isEqualTo("shell");
    assertThat(inner.get(0).get("loc").toString())
        .isEqualTo("[\"body\",\"tools\",0,\"function\",\"function\",\"parameters\"]");
    assertThat(inner.get(0).get("type").asText()).isEqualTo("missing");
  }

  @Test
  void plainUnionsReportEveryBranch() {
    JsonNode d = detail(http.post(
        "/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"completion_args\":{\"stop\":5}}"));

    assertThat(d)
        .extracting(x -> x.get("loc").toString())
        .containsExactly(
            "[\"body\",\"completion_args\",\"stop\",\"str\"]",
            "[\"body\",\"completion_args\",\"stop\",\"list[str]\"]");
  }

  @Test
  void nestedModelsOfTheWrongTypeNameTheModel() {
    JsonNode d =
        detail(http.post("/v1/agents", "{\"model\":\"m\",\"name\":\"a\",\"completion_args\":[]}"));

    assertThat(d.get(0).get("type").asText()).isEqualTo("model_type");
    assertThat(d.get(0).get("msg").asText())
        .isEqualTo("Input should be a valid dictionary or instance of CompletionArgs");
  }

  @Test
  void malformedJsonIs422JsonInvalidWithTheOffset() {
    JsonNode d = detail(http.post("/v1/agents", "{\"model\": }"));

    assertThat(d.get(0).get("type").asText()).isEqualTo("json_invalid");
    assertThat(d.get(0).get("msg").asText()).isEqualTo("JSON decode error");
    assertThat(d.get(0).get("loc").get(0).asText()).isEqualTo("body");
    assertThat(d.get(0).get("loc").get(1).isInt()).isTrue();
  }

  @Test
  void aMissingBodyIsReportedAsMissing() {
    JsonNode d = detail(http.post("/v1/agents"));

    assertThat(d.get(0))
        .isEqualTo(Http.json(
            "{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}"));
  }

  @Test
  void aBodyThatIsNotAnObjectOrNotJsonTypedIsRejected() {
    JsonNode array = detail(http.post("/v1/agents", "[]"));
    JsonNode text = detail(http.send(
        "POST",
        "/v1/agents",
        "{\"model\":\"m\",\"name\":\"a\"}",
        Map.of("Content-Type", "text/plain")));

    assertThat(array.get(0).get("type").asText()).isEqualTo("model_attributes_type");
    assertThat(text.get(0).get("type").asText()).isEqualTo("model_attributes_type");
  }

  @Test
  void queryAndPathProblemsAreReportedTogetherWithBodyProblems() {
    JsonNode d = detail(http.post(
        "/v1/connectors/weather/tools/t/call?credentials_name=a%20b", "{\"arguments\":3}"));

    assertThat(d).extracting(x -> x.get("loc").get(0).asText()).containsExactly("query", "body");
  }

  @Test
  void queryIntegersAndBooleansAreParsed() {
    JsonNode ints = detail(http.get("/v1/agents?page=first"));
    JsonNode bools = detail(http.get("/v1/connectors?fetch_user_data=maybe"));

    assertThat(ints.get(0).get("type").asText()).isEqualTo("int_parsing");
    assertThat(ints.get(0).get("input").asText()).isEqualTo("first");
    assertThat(bools.get(0).get("type").asText()).isEqualTo("bool_parsing");
    assertThat(http.get("/v1/connectors?fetch_user_data=1&active=no").status()).isEqualTo(200);
  }

  @Test
  void validationComesBeforeLookingTheResourceUp() {
    JsonNode d = detail(http.patch("/v1/agents/ag_missing", "{\"tools\":null}"));

    assertThat(d.get(0).get("type").asText()).isEqualTo("list_type");
  }

  @Test
  void rulesTheServerHasBeyondTheContract_holdInEveryBodyTheyApplyTo() {
    String id = http.post(
            "/v1/connectors", "{\"name\":\"weather\",\"description\":\"d\",\"server\":\"https://x.example.com\"}")
        .json().get("id").asText();

    JsonNode name = detail(http.patch("/v1/connectors/" + id, "{\"name\":\"no spaces\"}")).get(0);
    assertThat(name.get("type").asText()).isEqualTo("string_pattern_mismatch");
    assertThat(name.get("loc").toString()).isEqualTo("[\"body\",\"name\"]");

    JsonNode rule = detail(http.post("/v1/connectors/" + id + "/user/activate",
        "{\"requires_confirmation\":{\"type\":\"xor\",\"expressions\":[]}}"));
    JsonNode operator = null;
    for (JsonNode d : rule) {
      if (d.get("loc").toString().equals("[\"body\",\"requires_confirmation\",\"LogicalExpression\",\"type\"]")) {
        operator = d;
      }
    }
    assertThat(operator).as(rule.toString()).isNotNull();
    assertThat(operator.get("type").asText()).isEqualTo("enum");
    assertThat(operator.get("msg").asText()).isEqualTo("Input should be 'and' or 'or'");
  }
}
