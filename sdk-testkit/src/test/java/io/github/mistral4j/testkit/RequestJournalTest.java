package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class RequestJournalTest {

  @Test
  void recordsEachRequestAsSentWithTheKeyMasked(MistralStandIn standIn) {
    Http http = Http.to(standIn);

    http.send(
        "POST",
        "/v1/connectors",
        Fixtures.connector("weather"),
        Map.of("X-Api-Key", "other-secret"));
    http.get("/v1/connectors?page_size=5&cursor=&active=true");

    List<RecordedRequest> requests = standIn.requests();
    assertThat(requests).hasSize(2);
    RecordedRequest create = requests.get(0);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo("/v1/connectors");
    assertThat(create.query()).isNull();
    assertThat(create.operationId()).isEqualTo("connector_create_v1");
    assertThat(create.status()).isEqualTo(201);
    assertThat(create.header("authorization")).isEqualTo("Bearer ****");
    assertThat(create.header("X-API-KEY")).isEqualTo("****");
    assertThat(create.header("content-type")).isEqualTo("application/json");
    assertThat(create.bodyJson().get("name").asText()).isEqualTo("weather");
    assertThat(create.toString()).contains("POST /v1/connectors", "201").doesNotContain("test-key");
    assertThat(create.headers().toString()).doesNotContain("test-key", "other-secret");

    RecordedRequest list = requests.get(1);
    assertThat(list.query()).isEqualTo("page_size=5&cursor=&active=true");
    assertThat(list.queryParam("page_size")).isEqualTo("5");
    assertThat(list.queryParams().get("cursor")).containsExactly("");
    assertThat(list.body()).isEmpty();
    assertThat(list.bodyJson().isMissingNode()).isTrue();
  }

  @Test
  void snapshotsAreValues_immutable_andPrintWithoutHeadersOrBody(MistralStandIn standIn) {
    Http http = Http.to(standIn);
    http.send("POST", "/v1/connectors", Fixtures.connector("weather"), Map.of());
    http.get("/v1/connectors?page_size=5&page_size=6");
    http.get("/v1/nowhere");

    List<RecordedRequest> first = standIn.requests();
    List<RecordedRequest> second = standIn.requests();

    assertThat(second).isEqualTo(first);
    assertThat(second.get(1).hashCode()).isEqualTo(first.get(1).hashCode());
    assertThat(first.get(0)).isNotEqualTo(first.get(1));
    assertThat(first).extracting(RecordedRequest::toString)
        .containsExactly(
            "POST /v1/connectors -> 201 (connector_create_v1)",
            "GET /v1/connectors?page_size=5&page_size=6 -> 200 (connector_list_v1)",
            "GET /v1/nowhere -> 404");
    assertThat(first.get(1).queryParams().get("page_size")).containsExactly("5", "6");
    assertThat(first.get(1).queryParam("page_size")).isEqualTo("6");
    assertThat(first.get(1).header("Authorization")).isEqualTo("Bearer ****");
    assertThatThrownBy(() -> first.get(1).queryParams().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.get(1).headers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordsRejectedAndUnroutedRequestsToo(MistralStandIn standIn) {
    Http http = Http.to(standIn);

    http.withKey(null).get("/v1/agents");
    http.get("/v1/nowhere");

    List<RecordedRequest> requests = standIn.requests();
    assertThat(requests).extracting(RecordedRequest::status).containsExactly(401, 404);
    assertThat(requests.get(0).operationId()).isEqualTo("agents_api_v1_agents_list");
    assertThat(requests.get(1).operationId()).isNull();
  }

  @Test
  void filtersByOperationAndCanBeCleared(MistralStandIn standIn) {
    Http http = Http.to(standIn);
    http.get("/v1/agents");
    http.get("/v1/agents/pages");
    http.get("/v1/agents");

    assertThat(standIn.requests("agents_api_v1_agents_list")).hasSize(2);

    standIn.clearRequests();
    assertThat(standIn.requests()).isEmpty();
  }

  @Test
  void seedsAreNotRecorded(MistralStandIn standIn) {
    standIn.seedAgent(Fixtures.agent("a"));

    assertThat(standIn.requests()).isEmpty();
  }
}
