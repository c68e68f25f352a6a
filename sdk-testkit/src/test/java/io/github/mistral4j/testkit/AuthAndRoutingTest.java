package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthAndRoutingTest {

  @Test
  void requestsWithoutABearerKeyAre401() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      Http http = Http.to(standIn);

      Http.Reply none = http.withKey(null).get("/v1/connectors");
      Http.Reply blank = http.withKey(null)
          .send("GET", "/v1/connectors", null, Map.of("Authorization", "Bearer "));
      Http.Reply basic = http.withKey(null)
          .send("GET", "/v1/connectors", null, Map.of("Authorization", "Basic dTpw"));
      Http.Reply apiKeyHeader =
          http.withKey(null).send("GET", "/v1/connectors", null, Map.of("x-api-key", "k"));

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.json().get("detail").asText()).isEqualTo("Unauthorized");
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(blank.status()).isEqualTo(401);
      assertThat(basic.status()).isEqualTo(401);
      assertThat(apiKeyHeader.status()).isEqualTo(401);
    }
  }

  @Test
  void anyNonBlankKeyIsAcceptedByDefault() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      assertThat(standIn.apiKey()).isEqualTo("test-key");
      assertThat(Http.to(standIn).withKey("anything").get("/v1/connectors").status())
          .isEqualTo(200);
      assertThat(Http.to(standIn)
              .withKey(null)
              .send("GET", "/v1/connectors", null, Map.of("Authorization", "bearer x"))
              .status())
          .isEqualTo(200);
    }
  }

  @Test
  void aConfiguredKeyIsTheOnlyOneAccepted() {
    try (MistralStandIn standIn = MistralStandIn.builder().apiKey("s3cret").start()) {
      assertThat(standIn.apiKey()).isEqualTo("s3cret");
      assertThat(Http.to(standIn).get("/v1/agents").status()).isEqualTo(200);
      assertThat(Http.to(standIn).withKey("test-key").get("/v1/agents").status())
          .isEqualTo(401);
    }
  }

  @Test
  void authIsCheckedBeforeRouting() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      assertThat(Http.to(standIn).withKey(null).get("/v1/nowhere").status()).isEqualTo(401);
    }
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      Http http = Http.to(standIn);

      Http.Reply unknown = http.get("/v1/nowhere");
      Http.Reply trailing = http.get("/v1/connectors/");
      Http.Reply wrongMethod = http.send("PUT", "/v1/agents", "{}");

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().get("detail").asText()).isEqualTo("Not Found");
      assertThat(trailing.status()).isEqualTo(404);
      assertThat(wrongMethod.status()).isEqualTo(405);
      assertThat(wrongMethod.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
    }
  }

  @Test
  void theMostLiteralRouteWins() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      Http.Reply pages = Http.to(standIn).get("/v1/agents/pages");

      assertThat(pages.status()).isEqualTo(200);
      assertThat(pages.json().get("object").asText()).isEqualTo("list");
    }
  }

  @Test
  void dotSegmentsAreNotNormalisedAway() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      Http http = Http.to(standIn);
      http.post("/v1/connectors", Fixtures.connector("weather"));

      Http.Reply r = http.get("/v1/connectors/weather/tools/%2E%2E/call");

      assertThat(r.status()).isEqualTo(405);
      assertThat(standIn.requests().get(1).path())
          .isEqualTo("/v1/connectors/weather/tools/%2E%2E/call");
    }
  }
}
