package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.mistral4j.core.LogLevel;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.Outcome;
import io.github.mistral4j.core.observability.RetryScheduled;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events, logs and raw views of async calls, as for blocking ones. */
class AsyncObservabilityTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String THING = "{\"id\":\"t1\",\"name\":\"one\"}";

  /** A client whose async method runs on the async path, as the API modules' ones do. */
  public static final class Things {
    private final TransportFixture f;

    Things(TransportFixture f) {
      this.f = f;
    }

    public CompletableFuture<TestApi.Thing> get(String id) {
      return f.transport.runAsync(() -> ApiCall.of(RequestOptions.none(), () -> f.api.get(id, null)));
    }
  }

  /** Its raw view. */
  public interface RawThings {
    CompletableFuture<RawResponse<TestApi.Thing>> get(String id);
  }

  @Test
  void retriedCall_reportsEveryAttemptAndTheRetry_onTheAsyncThreads() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(THING)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).listeners(List.of(listener)))) {
      f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join();
    }
    assertThat(listener.kinds()).containsExactly(
        "OperationStarted", "AttemptStarted", "AttemptCompleted", "RetryScheduled", "AttemptStarted", "AttemptCompleted",
        "OperationEnded");
    assertThat(listener.threads).allSatisfy(t -> assertThat(t).startsWith("mistral4j-async-"));
    assertThat(listener.first(RetryScheduled.class).reason()).isEqualTo("HTTP 503");
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(ended.attempts()).isEqualTo(2);
    assertThat(ended.operation().operationId()).isEqualTo("thing_get_v1");
  }

  @Test
  void failedCall_endsWithItsOutcome() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(404)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).listeners(List.of(listener)))) {
      assertThatThrownBy(() -> f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join())
          .hasCauseInstanceOf(NotFoundException.class);
    }
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.outcome()).isEqualTo(Outcome.HTTP_ERROR);
    assertThat(ended.statusCode()).isEqualTo(404);
  }

  @Test
  void logs_maskTheKey_asForBlockingCalls() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING)));
    List<String> logs = new ArrayList<>();
    Logger jul = Logger.getLogger(HttpLogger.LOGGER_NAME);
    Handler capture = new Handler() {
      @Override public void publish(LogRecord r) { logs.add(r.getMessage()); }
      @Override public void flush() {}
      @Override public void close() {}
    };
    jul.addHandler(capture);
    jul.setLevel(Level.ALL);
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).logLevel(LogLevel.HEADERS))) {
      f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join();
    } finally {
      jul.removeHandler(capture);
      jul.setLevel(null);
    }
    String all = String.join("\n", logs);
    assertThat(all).contains("--> GET", "<-- 200").doesNotContain(TransportFixture.API_KEY);
  }

  @Test
  void rawView_givesTheResponse_andStillFailsOnErrorStatuses() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING).withHeader("Mistral-Correlation-Id", "corr-9")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/gone")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlPathEqualTo("/v1/things/odd")).willReturn(okJson("[1,2]")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RawThings view = RawViews.of(RawThings.class, new Things(f));
      RawResponse<TestApi.Thing> raw = view.get("t1").join();
      assertThat(raw.statusCode()).isEqualTo(200);
      assertThat(raw.requestId()).isEqualTo("corr-9");
      assertThat(raw.parse().name()).isEqualTo("one");
      assertThat(RawCapture.current()).isNull();
      assertThatThrownBy(() -> view.get("gone").join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
      RawResponse<TestApi.Thing> odd = view.get("odd").join();
      assertThat(odd.bodyAsString()).isEqualTo("[1,2]");
      assertThatThrownBy(odd::parse).isInstanceOf(MistralInvalidDataException.class);
    }
  }
}
