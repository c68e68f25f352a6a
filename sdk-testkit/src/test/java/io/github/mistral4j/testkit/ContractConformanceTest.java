package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testsupport.OpenApiDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation of the contract through the stand-in and checks each answer against the contract:
 * the operation exists with that method and path, the status is one the contract declares, and the body has
 * the declared schema's shape (required members, no forbidden ones, types, enums, formats).
 */
@MistralStandInTest
class ContractConformanceTest {
  private static OpenApiDocument doc;
  private static ContractShapes shapes;

  private MistralStandIn standIn;
  private Http http;
  private final List<Http.Reply> replies = new ArrayList<>();

  @BeforeAll
  static void loadContract() {
    doc = OpenApiDocument.load();
    shapes = new ContractShapes(doc);
  }

  @BeforeEach
  void client(MistralStandIn standIn) {
    this.standIn = standIn;
    this.http = Http.to(standIn);
  }

  private static List<OpenApiDocument.Operation> contractOperations() {
    List<OpenApiDocument.Operation> ops = new ArrayList<>(doc.operations("beta.connectors"));
    ops.addAll(doc.operations("beta.agents"));
    return ops;
  }

  private JsonNode call(String method, String path, @Nullable String body) {
    Http.Reply r = http.send(method, path, body);
    assertThat(r.status()).as(method + " " + path + " -> " + r).isBetween(200, 299);
    replies.add(r);
    return r.json();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void everyOperationAnswersWithTheContractsShape() {
    runConnectorsScenario();
    runAgentsScenario();

    List<RecordedRequest> requests = standIn.requests();
    assertThat(requests).hasSameSizeAs(replies);
    Map<String, OpenApiDocument.Operation> byId = new LinkedHashMap<>();
    contractOperations().forEach(op -> byId.put(op.operationId(), op));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      RecordedRequest req = requests.get(i);
      OpenApiDocument.Operation op = byId.get(req.operationId());
      assertThat(op).as("operation of " + req).isNotNull();
      assertThat(req.method()).isEqualTo(op.method());
      assertThat(req.path()).matches(op.cleanPath().replaceAll("\\{[^}]+}", "[^/]+"));
      JsonNode response = op.node().path("responses").path(String.valueOf(req.status()));
      assertThat(response.isMissingNode())
          .as("status " + req.status() + " declared for " + op.operationId())
          .isFalse();
      JsonNode schema = response.path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) {
        assertThat(replies.get(i).raw()).as("body of " + req).isEmpty();
      } else {
        problems.addAll(shapes.check(schema, replies.get(i).json(), op.operationId() + " $"));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(new TreeSet<>(requests.stream().map(RecordedRequest::operationId).toList()))
        .as("every contract operation exercised")
        .containsExactlyElementsOf(new TreeSet<>(byId.keySet()));
    assertThat(byId).hasSize(35);
  }

  @Test
  void validationErrorsHaveTheContractsShape() {
    List<Http.Reply> errors = List.of(
        http.post("/v1/connectors", "{\"name\":3}"),
        http.post(
            "/v1/agents",
            "{\"model\":\"m\",\"name\":\"a\",\"tools\":[{\"type\":\"x\"}],\"extra\":1}"),
        http.get("/v1/agents?page=-1&sources=nope&metadata=%7B"),
        http.put("/v1/agents/a/aliases?alias=BAD"),
        http.post("/v1/connectors/c/tools/t/call", "{oops"));
    JsonNode schema = doc.schema("HTTPValidationError");

    for (Http.Reply r : errors) {
      assertThat(r.status()).isEqualTo(422);
      assertThat(shapes.check(schema, r.json(), "$")).isEmpty();
      assertThat(r.json().get("detail")).isNotEmpty();
    }
  }

  @Test
  void theShapeCheckerCatchesWhatItShould() {
    JsonNode agent = doc.schema("Agent");
    JsonNode withExtra = Http.json(
        "{\"model\":\"m\",\"name\":\"n\",\"id\":\"a\",\"version\":0,\"versions\":[0],"
            + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"x\",\"deployment_chat\":false,\"source\":\"api\",\"extra\":1}");

    assertThat(shapes.check(agent, withExtra, "$"))
        .containsExactlyInAnyOrder(
            "$.updated_at: not a date-time: x",
            "$.extra: not allowed (additionalProperties: false)");
    assertThat(shapes.check(doc.schema("MessageResponse"), Http.json("{}"), "$"))
        .containsExactly("$: missing required message");
  }

  private void runConnectorsScenario() {
    standIn.registerTool(
        "github",
        ToolHandler.builder()
            .name("search")
            .title("Search")
            .description("Search issues")
            .inputSchema(
                "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"q\"]}")
            .outputSchema("{\"type\":\"object\",\"properties\":{\"count\":{\"type\":\"integer\"}}}")
            .annotations("{\"readOnlyHint\":true}")
            .handler(args -> ToolResult.builder()
                .structuredContent("{\"count\":2}")
                .addText("2 issues")
                .addImage("aGk=", "image/png")
                .meta(Http.json("{\"trace\":\"t\"}"))
                .build()));
    String id = call(
            "POST",
            "/v1/connectors",
            "{\"name\":\"github\",\"title\":\"GitHub\",\"description\":\"Issues\",\"server\":\"https://mcp.example.com/sse\","
                + "\"visibility\":\"private\",\"headers\":{\"X-Org\":\"o\"},\"global_headers\":{\"X-Env\":{\"value\":\"prod\",\"is_secret\":false}},"
                + "\"auth_data\":{\"client_id\":\"cid\",\"client_secret\":\"cs\"},"
                + "\"oauth2_server_metadata\":{\"issuer\":\"https://auth.example.com\",\"authorization_endpoint\":\"https://auth.example.com/a\","
                + "\"token_endpoint\":\"https://auth.example.com/t\",\"scopes_supported\":[\"repo\"],\"x_source\":\"provided\"},\"system_prompt\":\"Be"
                + " precise\"}")
        .get("id")
        .asText();
    call("POST", "/v1/connectors", Fixtures.connector("second"));
    call(
        "GET",
        "/v1/connectors?page_size=1&active=false&fetch_user_data=true&fetch_customer_data=true&check_credentials_status=true",
        null);
    call(
        "PATCH",
        "/v1/connectors/" + id,
        "{\"title\":null,\"icon_url\":\"https://x/i.png\",\"protocol\":\"mcp\",\"auth_methods\":[{\"method_type\":\"bearer\","
            + "\"headers\":[{\"name\":\"X-Key\",\"is_required\":false}],\"global_headers\":{\"X-S\":{\"value\":\"v\"}}},"
            + "{\"method_type\":\"webhook\",\"auth_direction\":\"inbound\"}]}");
    call("PUT", "/v1/connectors/" + id + "/share", null);
    call("DELETE", "/v1/connectors/" + id + "/share", null);
    call("POST", "/v1/connectors/" + id + "/workspace/activate", null);
    call("POST", "/v1/connectors/" + id + "/organization/deactivate", null);
    for (String scope : new String[] {"organization", "workspace", "user"}) {
      call(
          "POST",
          "/v1/connectors/github/" + scope + "/credentials",
          "{\"name\":\"main\",\"title\":\"Main\",\"is_default\":true,\"credentials\":{\"oauth\":{\"access_token\":\"a\",\"token_type\":\"Bearer\","
              + "\"expires_in\":3600,\"expires_at\":\"2027-01-01T00:00:00Z\"},\"headers\":{\"X\":\"y\"}}}");
      call(
          "POST",
          "/v1/connectors/" + id + "/" + scope + "/credentials",
          "{\"name\":\"spare\",\"credentials\":{\"bearer_token\":\"b\"}}");
      call(
          "GET",
          "/v1/connectors/github/" + scope + "/credentials?auth_type=oauth2&fetch_default=false",
          null);
    }
    call("GET", "/v1/connectors/github?fetch_user_data=true&fetch_customer_data=true", null);
    call(
        "GET",
        "/v1/connectors/github/tools?page=1&page_size=10&refresh=true&pretty=false&credentials_name=main",
        null);
    call("GET", "/v1/connectors/" + id + "/tools?pretty=true", null);
    call(
        "POST",
        "/v1/connectors/github/tools/search/call?credentials_name=main",
        "{\"arguments\":{\"q\":\"bug\"}}");
    call("GET", "/v1/connectors/github/authentication_methods", null);
    call(
        "GET",
        "/v1/connectors/github/auth_url?app_return_url=" + q("https://app.example.com/back")
            + "&method_type=oauth2&credentials_name=main&credentials_title=Main&github_installation_link=false",
        null);
    call("DELETE", "/v1/connectors/github/organization/credentials/spare", null);
    call("DELETE", "/v1/connectors/github/workspace/credentials/spare", null);
    call("DELETE", "/v1/connectors/github/user/credentials/spare", null);
    call("DELETE", "/v1/connectors/github/user/credentials", null);
    call("DELETE", "/v1/connectors/" + id, null);
  }

  private void runAgentsScenario() {
    String id = call(
            "POST",
            "/v1/agents",
            "{\"model\":\"mistral-medium-latest\",\"name\":\"helper\",\"description\":\"Helps\",\"instructions\":\"Be"
                + " kind\","
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"add\",\"description\":\"Adds\",\"strict\":true,\"parameters\":{\"type\":\"object\"}}},"
                + "{\"type\":\"web_search\"},{\"type\":\"web_search_premium\",\"tool_configuration\":{\"include\":[\"a\"]}},"
                + "{\"type\":\"code_interpreter\"},{\"type\":\"image_generation\"},{\"type\":\"document_library\",\"library_ids\":[\"lib\"]},"
                + "{\"type\":\"connector\",\"connector_id\":\"github\",\"authorization\":{\"type\":\"api-key\",\"value\":\"k\"}}],"
                + "\"completion_args\":{\"stop\":[\"END\"],\"temperature\":0.2,\"max_tokens\":100,\"prediction\":{\"content\":\"x\"},"
                + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"s\",\"schema\":{\"type\":\"object\"}}},"
                + "\"tool_choice\":\"any\",\"reasoning_effort\":\"low\"},"
                + "\"guardrails\":[{\"block_on_error\":true,\"moderation_llm_v2\":{\"custom_category_thresholds\":{\"pii\":0.5}}}],"
                + "\"handoffs\":[\"ag_other\"],\"metadata\":{\"team\":\"care\"},\"version_message\":\"first\"}")
        .get("id")
        .asText();
    call("POST", "/v1/agents", Fixtures.agent("second"));
    call(
        "GET",
        "/v1/agents?page=0&page_size=5&deployment_chat=false&sources=api&sources=playground&name=helper&search=help&id="
            + id + "&metadata=" + q("{\"team\":\"care\"}"),
        null);
    String token =
        call("GET", "/v1/agents/pages?page_size=1", null).get("next_page_token").asText();
    call("GET", "/v1/agents/pages?page_size=1&page_token=" + token + "&search=e&sources=api", null);
    call(
        "PATCH",
        "/v1/agents/" + id,
        "{\"instructions\":null,\"tools\":[],\"completion_args\":{},\"guardrails\":null,\"model\":\"m2\",\"name\":\"helper2\","
            + "\"description\":null,\"handoffs\":null,\"deployment_chat\":true,\"metadata\":null,\"version_message\":\"second\"}");
    call("GET", "/v1/agents/" + id + "?agent_version=0", null);
    call("PATCH", "/v1/agents/" + id + "/version?version=0", null);
    call("GET", "/v1/agents/" + id + "/versions?page=0&page_size=10", null);
    call("GET", "/v1/agents/" + id + "/versions/1", null);
    call("PUT", "/v1/agents/" + id + "/aliases?alias=prod&version=1", null);
    call("GET", "/v1/agents/" + id + "/aliases", null);
    call("DELETE", "/v1/agents/" + id + "/aliases?alias=prod", null);
    call("DELETE", "/v1/agents/" + id, null);
  }
}
