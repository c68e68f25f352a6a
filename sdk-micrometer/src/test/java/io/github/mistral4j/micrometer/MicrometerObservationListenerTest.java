package io.github.mistral4j.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MicrometerObservationListenerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API_KEY = "sk-micrometer-test-0123456789";
  private static final Set<String> LOW_CARDINALITY = Set.of("mistral.operation", "method", "uri", "status", "outcome", "exception");

  private static ConnectorsClient client(ObservationRegistry registry) {
    return ConnectorsClient.create(ClientOptions.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).sleeper(d -> {})
        .addListener(MicrometerObservationListener.create(registry)).build());
  }

  @Test
  void operation_isOneObservation_withLowCardinalityTagsOnly_andIdsAsHighCardinality() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("mistral-correlation-id", "corr-42").withBody("[]")));
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (ConnectorsClient client = client(registry)) {
      assertThat(client.getAuthenticationMethods("weather")).isEmpty();
    }
    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsEqualTo(1)
        .hasSingleObservationThat()
        .hasNameEqualTo("mistral.client.requests")
        .hasContextualNameEqualTo("connector_get_authentication_methods_v1")
        .hasBeenStarted()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("mistral.operation", "connector_get_authentication_methods_v1")
        .hasLowCardinalityKeyValue("method", "GET")
        .hasLowCardinalityKeyValue("uri", "/v1/connectors/{connector_id_or_name}/authentication_methods")
        .hasLowCardinalityKeyValue("status", "200")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasLowCardinalityKeyValue("exception", "none")
        .hasHighCardinalityKeyValue("mistral.request_id", "corr-42")
        .hasHighCardinalityKeyValue("mistral.attempts", "1")
        .hasHighCardinalityKeyValue("http.url", wm.baseUrl() + "/v1/connectors/weather/authentication_methods")
        .satisfies(context -> {
          assertThat(context).isInstanceOf(MistralRequestContext.class);
          assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getKey).collect(Collectors.toSet()))
              .isEqualTo(LOW_CARDINALITY);
          assertThat(context.getAllKeyValues().stream().map(KeyValue::getValue)).noneMatch(v -> v.contains(API_KEY));
        });
  }

  @Test
  void timer_countsByOperationStatusAndOutcome_andRetriesAreEventsOfOneObservation() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("down"));
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).inScenario("s").whenScenarioStateIs("down")
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"detail\":\"gone\"}")));
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    try (ConnectorsClient client = client(registry)) {
      assertThatThrownBy(() -> client.get("weather")).isInstanceOf(NotFoundException.class);
    }
    Timer timer = meters.get("mistral.client.requests")
        .tags("mistral.operation", "connector_get_v1", "method", "GET", "status", "404", "outcome", "HTTP_ERROR",
            "exception", "NotFoundException", "error", "OperationFailedException", "uri", "/v1/connectors/{connector_id_or_name}")
        .timer();
    assertThat(timer.count()).isEqualTo(1);
    for (Meter meter : meters.getMeters()) {
      List<String> keys = meter.getId().getTags().stream().map(Tag::getKey).toList();
      assertThat(keys).as(meter.getId().getName()).doesNotContain("http.url", "mistral.request_id", "mistral.attempts");
    }
    assertThat(meters.find("mistral.client.requests.mistral.retry").counter()).isNotNull();
  }

  @Test
  void toolCall_isAnObservation_withTheToolAsTag_andTheConnectorAsHighCardinality() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    MicrometerObservationListener listener = MicrometerObservationListener.create(registry);
    listener.toolCallStarted(new ToolCallStarted(7, "weather", "forecast"));
    listener.toolCallCompleted(new ToolCallCompleted(7, "weather", "forecast", Duration.ofMillis(3), true, "TOOL_ERROR"));
    TestObservationRegistryAssert.assertThat(registry)
        .hasSingleObservationThat()
        .hasNameEqualTo("mistral.tool.calls")
        .hasContextualNameEqualTo("execute_tool forecast")
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("mistral.tool", "forecast")
        .hasLowCardinalityKeyValue("outcome", "ERROR")
        .hasLowCardinalityKeyValue("reason", "TOOL_ERROR")
        .hasHighCardinalityKeyValue("mistral.connector", "weather")
        .assertThatError().isInstanceOf(OperationFailedException.class).hasMessage("tool forecast failed: TOOL_ERROR");
  }
}
