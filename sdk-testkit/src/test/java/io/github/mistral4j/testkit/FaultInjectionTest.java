package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class FaultInjectionTest {
  private MistralStandIn standIn;
  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    this.standIn = standIn;
    this.http = Http.to(standIn);
  }

  @Test
  void newFaults_matchWhatTheyWereMadeFor_andAnswerNormallyOnceByDefault() {
    Fault byOperation = Fault.onOperation("connector_list_v1");
    Fault byRequest = Fault.onRequest("get", "/v1/connectors/*/tools");
    Fault any = Fault.onAnyRequest();

    assertThat(byOperation.operationId()).isEqualTo("connector_list_v1");
    assertThat(byOperation.method()).isNull();
    assertThat(byOperation.pathPattern()).isNull();
    assertThat(byRequest.method()).isEqualTo("GET");
    assertThat(byRequest.pathPattern()).isEqualTo("/v1/connectors/*/tools");
    assertThat(byRequest.operationId()).isNull();
    assertThat(Fault.onRequest("*", "/x").method()).isNull();
    for (Fault f : List.of(byOperation, byRequest, any)) {
      assertThat(f.status()).isNull();
      assertThat(f.headers()).isEmpty();
      assertThat(f.body()).isNull();
      assertThat(f.delay()).isZero();
      assertThat(f.dropsConnection()).isFalse();
      assertThat(f.times()).isEqualTo(1);
      assertThat(f.hasEffect()).isFalse();
    }
  }

  @Test
  void aRateLimitWithRetryAfterIsAnsweredOnceThenTheRealAnswer() {
    standIn.failNext(
        Fault.onOperation("connector_list_v1").respond(429).header("Retry-After", "2"));

    Http.Reply first = http.get("/v1/connectors");
    Http.Reply second = http.get("/v1/connectors");

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("2");
    assertThat(first.json().get("detail").asText()).isEqualTo("Too Many Requests");
    assertThat(second.status()).isEqualTo(200);
  }

  @Test
  void aFaultCanApplySeveralTimesWithItsOwnBody() {
    standIn.failNext(Fault.onRequest("POST", "/v1/agents")
        .respond(503)
        .body("{\"message\":\"overloaded\"}")
        .times(2));

    assertThat(
            http.post("/v1/agents", Fixtures.agent("a")).json().get("message").asText())
        .isEqualTo("overloaded");
    assertThat(http.post("/v1/agents", Fixtures.agent("a")).status()).isEqualTo(503);
    assertThat(http.post("/v1/agents", Fixtures.agent("a")).status()).isEqualTo(200);
  }

  @Test
  void aFaultedCreateDoesNotCreate() {
    standIn.failNext(Fault.onOperation("connector_create_v1").respond(500));

    assertThat(http.post("/v1/connectors", connector("weather")).status()).isEqualTo(500);
    assertThat(http.get("/v1/connectors").json().get("items")).isEmpty();
  }

  @Test
  void pathPatternsMatchOneSegmentPerStar() {
    http.post("/v1/connectors", connector("weather"));
    standIn.failNext(Fault.onRequest("*", "/v1/connectors/*/tools").respond(502));

    assertThat(http.get("/v1/connectors/weather").status()).isEqualTo(200);
    assertThat(http.get("/v1/connectors/weather/tools").status()).isEqualTo(502);
    assertThat(http.get("/v1/connectors/weather/tools").status()).isEqualTo(200);
  }

  @Test
  void faultsComeBeforeAuthentication() {
    standIn.failNext(Fault.onAnyRequest().respond(500));

    assertThat(http.withKey(null).get("/v1/connectors").status()).isEqualTo(500);
    assertThat(http.withKey(null).get("/v1/connectors").status()).isEqualTo(401);
  }

  @Test
  void faultsAreUsedInTheOrderQueued() {
    standIn
        .failNext(Fault.onAnyRequest().respond(500))
        .failNext(Fault.onAnyRequest().respond(429));

    assertThat(http.get("/v1/agents").status()).isEqualTo(500);
    assertThat(http.get("/v1/agents").status()).isEqualTo(429);
    assertThat(http.get("/v1/agents").status()).isEqualTo(200);
  }

  @Test
  void aDelayMakesAClientTimeOutAndTheRequestIsStillHandledAfterwards() {
    standIn.failNext(Fault.onOperation("agents_api_v1_agents_list").delay(Duration.ofSeconds(30)));

    assertThatThrownBy(
            () -> http.sendOrThrow("GET", "/v1/agents", null, Map.of(), Duration.ofMillis(200)))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(http.get("/v1/agents").status()).isEqualTo(200);
  }

  @Test
  void aShortDelayThenTheNormalAnswer() {
    standIn.failNext(Fault.onAnyRequest().delay(Duration.ofMillis(10)));

    assertThat(http.get("/v1/agents").status()).isEqualTo(200);
  }

  @Test
  void aDroppedConnectionIsAnIoErrorForTheClient() {
    // a POST: the JDK client silently replays an idempotent GET once when a reused connection
    // closes
    standIn.failNext(Fault.onAnyRequest().dropConnection());

    assertThatThrownBy(
            () -> http.sendOrThrow("POST", "/v1/agents", Fixtures.agent("a"), Map.of(), null))
        .isInstanceOf(IOException.class);
    assertThat(http.get("/v1/agents").json()).isEmpty();
    assertThat(standIn.requests().get(0).status()).isNull();
  }

  @Test
  void clearFaultsForgetsWaitingFaults() {
    standIn.failNext(Fault.onAnyRequest().respond(500).times(5));

    standIn.clearFaults();

    assertThat(http.get("/v1/agents").status()).isEqualTo(200);
  }

  @Test
  void aFaultThatDoesNothingIsRefused() {
    assertThatThrownBy(() -> standIn.failNext(Fault.onAnyRequest()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faultInputsAreCheckedEarly() {
    assertThatThrownBy(() -> Fault.onAnyRequest().respond(99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.onAnyRequest().times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.onAnyRequest().delay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.onRequest("GET", "v1/agents"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.onOperation(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.onOperation(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void faultsMatchOnOperationMethodAndPath() {
    Fault byOp = Fault.onOperation("connector_get_v1");
    Fault byPath = Fault.onRequest("get", "/v1/connectors/*");

    assertThat(byOp.matches("GET", "/v1/connectors/x", "connector_get_v1")).isTrue();
    assertThat(byOp.matches("GET", "/v1/connectors/x", "connector_list_v1")).isFalse();
    assertThat(byPath.matches("GET", "/v1/connectors/x", null)).isTrue();
    assertThat(byPath.matches("POST", "/v1/connectors/x", null)).isFalse();
    assertThat(byPath.matches("GET", "/v1/connectors/x/tools", null)).isFalse();
    assertThat(byPath.matches("GET", "/v1/connectors/", null)).isFalse();
    assertThat(Fault.onAnyRequest().respond(500)).isEqualTo(Fault.onAnyRequest().respond(500));
    assertThat(Fault.onAnyRequest().respond(500).toString()).contains("any request", "500");
  }
}
