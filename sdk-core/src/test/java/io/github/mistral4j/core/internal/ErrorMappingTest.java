package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.BadRequestException;
import io.github.mistral4j.core.ConflictException;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.PermissionDeniedException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.UnexpectedStatusException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(405, UnexpectedStatusException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(503, InternalServerException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void status_mapsToTypedException_withStatusBodyHeadersAndRequest(int status, Class<? extends MistralServiceException> type) {
    String body = "{\"message\":\"it failed\",\"request_id\":\"r-1\"}";
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "r-1").withBody(body)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", 2)))
          .isExactlyInstanceOf(type)
          .hasMessageContaining("HTTP " + status)
          .hasMessageContaining("GET /v1/things/t1")
          .hasMessageContaining("it failed")
          .satisfies(t -> {
            MistralServiceException e = (MistralServiceException) t;
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.body()).isEqualTo(body);
            assertThat(e.json()).isNotNull();
            assertThat(e.json().path("request_id").asText()).isEqualTo("r-1");
            assertThat(e.headers()).containsEntry("x-request-id", List.of("r-1"));
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.url()).isEqualTo(wm.baseUrl() + "/v1/things/t1");
          });
    }
  }

  @Test
  void unprocessableEntity_carriesTypedValidationErrors() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody("""
        {"detail":[{"loc":["body","name"],"msg":"Field required","type":"missing","input":{}},
                   {"loc":["body","tools",0,"type"],"msg":"Input should be 'function'","type":"literal_error"}]}""")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
            assertThat(e.validationErrors()).containsExactly(
                ValidationError.of(List.of("body", "name"), "Field required", "missing"),
                ValidationError.of(List.of("body", "tools", 0, "type"), "Input should be 'function'", "literal_error"));
            assertThat(e.validationErrors().get(1).path()).isEqualTo("body.tools.0.type");
            assertThat(e.getMessage()).contains("body.name: Field required").contains("body.tools.0.type");
          });
    }
  }

  @Test
  void rateLimit_carriesRetryAfter() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }
  }

  @Test
  void htmlErrorPage_isKeptRawButNotPutInTheMessage() {
    String html = "<html><body><h1>502 Bad Gateway</h1><p>upstream http://10.0.0.1:8080 failed</p></body></html>";
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.body()).isEqualTo(html);
            assertThat(e.json()).isNull();
            assertThat(e.getMessage()).contains("non-JSON body (text/html").doesNotContain("10.0.0.1");
          });
    }
  }

  @Test
  void nonJson200_isInvalidData() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("hello")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(MistralInvalidDataException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.getMessage()).contains("GET /v1/things/t1");
          });
    }
  }

  @Test
  void empty200_isInvalidData() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(200)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOf(MistralInvalidDataException.class)
          .hasMessageContaining("empty body");
    }
  }

  @Test
  void jsonOfTheWrongShape_isInvalidData() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("[1,2,3]")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOf(MistralInvalidDataException.class)
          .hasMessageContaining("Thing");
    }
  }

  @Test
  void truncatedJson_isInvalidData() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\",\"na")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> f.transport.call(NO_RETRY, () -> f.api.get("t1", null)))
          .isInstanceOf(MistralInvalidDataException.class);
    }
  }

  @Test
  void unknownFields_areIgnored_andNoContentDecodesToVoid() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\",\"name\":null,\"brand_new\":{\"x\":1}}")));
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(204)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThat(f.transport.call(NO_RETRY, () -> f.api.get("t1", null))).isEqualTo(new TestApi.Thing("t1", null));
      f.transport.call(NO_RETRY, () -> { f.api.delete("t1"); return null; });
      wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo("/v1/things/t1")));
    }
  }

  private static MistralServiceException mapped(int status, String body, List<String> secrets) throws Exception {
    ErrorMapper mapper = new ErrorMapper(Json.mapper(), java.time.Clock.systemUTC());
    MistralServiceException.ErrorResponse error = MistralServiceException.ErrorResponse.of(
        status, java.util.Map.of(), body, Json.mapper().readTree(body), "POST", "https://h/v1/connectors");
    return mapper.toException(error, "POST /v1/connectors", secrets);
  }

  @Test
  void secretCutByTheMessageLimit_isScrubbedBeforeTheCut() throws Exception {
    String secret = "sk-cut-in-the-middle-SECRET-77";
    // the secret starts 10 characters before the 300-character limit of the detail
    String text = "x".repeat(290) + secret + " and more";
    MistralServiceException e = mapped(500, Json.mapper().writeValueAsString(java.util.Map.of("message", text)), List.of(secret));

    assertThat(e.getMessage()).doesNotContain(secret.substring(0, 8)).contains("x****");
  }

  @Test
  void validationDetailsCutByTheLimit_leaveNoPartOfASecret() throws Exception {
    String secret = "sk-validation-SECRET-88";
    StringBuilder detail = new StringBuilder("{\"detail\":[");
    for (int i = 0; i < 5; i++) {
      detail.append(i == 0 ? "" : ",").append("{\"loc\":[\"body\",\"f").append(i).append("\"],\"msg\":\"")
          .append("y".repeat(i == 4 ? 20 : 50)).append(i == 4 ? " was " + secret : "").append("\",\"type\":\"t\"}");
    }
    MistralServiceException e = mapped(422, detail.append("]}").toString(), List.of(secret));

    assertThat(e.getMessage()).doesNotContain(secret.substring(0, 6));
  }

  @Test
  void secretQuotedInItsJsonEscapedForm_isScrubbed() throws Exception {
    String secret = "cs-\"with-quote\\and-backslash-SECRET";
    String quoted = Json.mapper().writeValueAsString(java.util.Map.of("client_secret", secret));
    MistralServiceException e = mapped(400, Json.mapper().writeValueAsString(java.util.Map.of("message", "rejected " + quoted)), List.of(secret));

    assertThat(e.getMessage()).contains("****").doesNotContain("with-quote");
  }
}
