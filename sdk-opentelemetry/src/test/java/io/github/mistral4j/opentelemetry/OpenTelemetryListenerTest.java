package io.github.mistral4j.opentelemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenTelemetryListenerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API_KEY = "sk-otel-test-0123456789";
  private static final String PATH = "/v1/connectors/weather/authentication_methods";
  private static final String TEMPLATE = "/v1/connectors/{connector_id_or_name}/authentication_methods";

  private InMemorySpanExporter spans;
  private InMemoryMetricReader metrics;
  private OpenTelemetrySdk otel;
  private OpenTelemetryListener listener;

  @BeforeEach
  void setUp() {
    spans = InMemorySpanExporter.create();
    metrics = InMemoryMetricReader.create();
    otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    listener = OpenTelemetryListener.create(otel);
  }

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private ConnectorsClient client() {
    return ConnectorsClient.create(ClientOptions.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).sleeper(d -> {})
        .addListener(listener).build());
  }

  private static SpanData span(List<SpanData> all, SpanKind kind, int index) {
    List<SpanData> ofKind = all.stream().filter(s -> s.getKind() == kind)
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).toList();
    return ofKind.get(index);
  }

  @Test
  void operation_isAnInternalSpan_withOneClientSpanPerAttempt_andTraceparentOnTheRequest() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("mistral-correlation-id", "corr-5").withBody("[]")));
    try (ConnectorsClient client = client()) {
      client.getAuthenticationMethods("weather");
    }
    List<SpanData> all = spans.getFinishedSpanItems();
    assertThat(all).hasSize(2);
    SpanData operation = span(all, SpanKind.INTERNAL, 0);
    SpanData attempt = span(all, SpanKind.CLIENT, 0);
    assertThat(operation.getName()).isEqualTo("connector_get_authentication_methods_v1");
    assertThat(attempt.getName()).isEqualTo("GET " + TEMPLATE);
    assertThat(attempt.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(attempt.getTraceId()).isEqualTo(operation.getTraceId());
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("GET");
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("url.full"))).isEqualTo(wm.baseUrl() + PATH);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("url.template"))).isEqualTo(TEMPLATE);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("localhost");
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo((long) wm.getPort());
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.response.body.size"))).isEqualTo(2L);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("mistral.request_id"))).isEqualTo("corr-5");
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isNull();
    assertThat(operation.getAttributes().get(AttributeKey.longKey("mistral.attempts"))).isEqualTo(1L);
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

    LoggedRequest sent = wm.findAll(getRequestedFor(urlPathEqualTo(PATH))).get(0);
    assertThat(sent.getHeader("traceparent")).startsWith("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    for (SpanData s : all) {
      assertThat(s.getAttributes().asMap().values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(API_KEY));
    }
  }

  @Test
  void retries_areResentAttemptSpans_andTheDurationHistogramHasOnlyLowCardinalityAttributes() {
    wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
    try (ConnectorsClient client = client()) {
      client.getAuthenticationMethods("weather");
    }
    List<SpanData> all = spans.getFinishedSpanItems();
    assertThat(all).hasSize(3);
    SpanData first = span(all, SpanKind.CLIENT, 0);
    SpanData second = span(all, SpanKind.CLIENT, 1);
    SpanData operation = span(all, SpanKind.INTERNAL, 0);
    assertThat(first.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(second.getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1L);
    assertThat(operation.getEvents()).extracting(e -> e.getName()).containsExactly("mistral.retry");
    assertThat(operation.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("mistral.retry.reason"))).isEqualTo("HTTP 503");
    assertThat(List.of(first, second)).allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(operation.getSpanId()));

    MetricData histogram = metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().equals("http.client.request.duration")).findFirst().orElseThrow();
    assertThat(histogram.getUnit()).isEqualTo("s");
    List<HistogramPointData> points = List.copyOf(histogram.getHistogramData().getPoints());
    assertThat(points).hasSize(2);
    assertThat(points.stream().map(p -> p.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(200L, 503L);
    Set<String> allowed = Set.of("http.request.method", "http.response.status_code", "server.address", "server.port",
        "error.type", "url.template", "mistral.operation.id");
    assertThat(points).allSatisfy(p -> {
      assertThat(p.getCount()).isEqualTo(1);
      assertThat(p.getAttributes().asMap().keySet()).extracting(AttributeKey::getKey).isSubsetOf(allowed);
    });
  }

  @Test
  void ioFailure_endsTheAttemptSpanWithItsErrorType() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (ConnectorsClient client = client()) {
      assertThatThrownBy(() -> client.getAuthenticationMethods("weather", RequestOptions.builder().maxRetries(0).build()))
          .isInstanceOf(MistralIoException.class);
    }
    SpanData attempt = span(spans.getFinishedSpanItems(), SpanKind.CLIENT, 0);
    SpanData operation = span(spans.getFinishedSpanItems(), SpanKind.INTERNAL, 0);
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("error.type"))).isNotBlank();
    assertThat(operation.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("MistralIoException");
  }

  @Test
  void toolCall_isASpan_underWhichItsOperationsNest() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("[]")));
    try (ConnectorsClient client = client()) {
      listener.toolCallStarted(new ToolCallStarted(11, "weather", "forecast"));
      client.getAuthenticationMethods("weather");
      listener.toolCallCompleted(new ToolCallCompleted(11, "weather", "forecast", Duration.ofMillis(1), true, "TOOL_ERROR"));
    }
    List<SpanData> all = spans.getFinishedSpanItems();
    SpanData tool = all.stream().filter(s -> s.getName().equals("execute_tool forecast")).findFirst().orElseThrow();
    SpanData operation = all.stream().filter(s -> s.getName().equals("connector_get_authentication_methods_v1")).findFirst().orElseThrow();
    assertThat(operation.getParentSpanId()).isEqualTo(tool.getSpanId());
    assertThat(tool.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name"))).isEqualTo("forecast");
    assertThat(tool.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("TOOL_ERROR");
    assertThat(tool.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }
}
