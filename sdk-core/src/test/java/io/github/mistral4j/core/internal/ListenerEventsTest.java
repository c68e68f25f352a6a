package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptFailed;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationInfo;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.Outcome;
import io.github.mistral4j.core.observability.OutgoingHeaders;
import io.github.mistral4j.core.observability.RetryScheduled;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListenerEventsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String THING = "{\"id\":\"t1\",\"name\":\"one\"}";

  private static TransportFixture fixture(MistralListener... listeners) {
    return new TransportFixture(TransportFixture.options(wm.baseUrl()).listeners(List.of(listeners)));
  }

  @Test
  void success_emitsStartAttemptAnsweredEnd_withOperationIdTemplateAndRequestId() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(aResponse().withStatus(200).withHeader("Mistral-Correlation-Id", "corr-1").withBody(THING)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", 2));
    }
    assertThat(listener.kinds())
        .containsExactly("OperationStarted", "AttemptStarted", "AttemptCompleted", "OperationEnded");
    OperationInfo op = listener.first(OperationStarted.class).operation();
    assertThat(op.operationId()).isEqualTo("thing_get_v1");
    assertThat(op.method()).isEqualTo("GET");
    assertThat(op.urlTemplate()).isEqualTo("/v1/things/{id}");
    assertThat(op.url()).isEqualTo(wm.baseUrl() + "/v1/things/t1?page=2");
    AttemptCompleted answered = listener.first(AttemptCompleted.class);
    assertThat(answered.operation()).isSameAs(op);
    assertThat(answered.attempt()).isEqualTo(1);
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.responseBytes()).isEqualTo(THING.length());
    assertThat(answered.requestId()).isEqualTo("corr-1");
    assertThat(answered.duration().isNegative()).isFalse();
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(ended.succeeded()).isTrue();
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(ended.errorType()).isNull();
    assertThat(ended.attempts()).isEqualTo(1);
    assertThat(ended.requestId()).isEqualTo("corr-1");
  }

  @Test
  void retry_emitsRetryScheduledWithReasonDelayAndNextAttempt() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withBody(THING)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
    }
    assertThat(listener.kinds())
        .containsExactly(
            "OperationStarted", "AttemptStarted", "AttemptCompleted", "RetryScheduled",
            "AttemptStarted", "AttemptCompleted", "OperationEnded");
    RetryScheduled retry = listener.first(RetryScheduled.class);
    assertThat(retry.reason()).isEqualTo("HTTP 503");
    assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.nextAttempt()).isEqualTo(2);
    List<Integer> attempts = listener.events.stream()
        .filter(AttemptStarted.class::isInstance).map(e -> ((AttemptStarted) e).attempt()).toList();
    assertThat(attempts).containsExactly(1, 2);
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.attempts()).isEqualTo(2);
    assertThat(ended.outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @Test
  void errorStatus_endsWithHttpErrorAndTheExceptionType() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(aResponse().withStatus(404).withHeader("x-kong-request-id", "kong-9").withBody("{\"detail\":\"no\"}")));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).isEqualTo("kong-9"));
    }
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.outcome()).isEqualTo(Outcome.HTTP_ERROR);
    assertThat(ended.statusCode()).isEqualTo(404);
    assertThat(ended.errorType()).isEqualTo("NotFoundException");
    assertThat(ended.requestId()).isEqualTo("kong-9");
  }

  @Test
  void ioFailure_emitsAttemptFailedAndEndsWithIoError() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.builder().maxRetries(0).build(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralIoException.class);
    }
    assertThat(listener.kinds()).containsExactly("OperationStarted", "AttemptStarted", "AttemptFailed", "OperationEnded");
    AttemptFailed failed = listener.first(AttemptFailed.class);
    assertThat(failed.errorType()).isNotBlank();
    assertThat(failed.timeout()).isFalse();
    OperationEnded ended = listener.first(OperationEnded.class);
    assertThat(ended.outcome()).isEqualTo(Outcome.IO_ERROR);
    assertThat(ended.statusCode()).isNull();
    assertThat(ended.errorType()).isEqualTo("MistralIoException");
  }

  @Test
  void throwingListener_neverBreaksTheCall_andTheOthersStillHear() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(200).withBody(THING)));
    MistralListener throwing = new MistralListener() {
      @Override public void operationStarted(OperationStarted e) { throw new IllegalStateException("boom"); }
      @Override public void attemptStarted(AttemptStarted e, OutgoingHeaders h) { throw new AssertionError("boom"); }
      @Override public void attemptCompleted(AttemptCompleted e) { throw new RuntimeException("boom"); }
      @Override public void operationEnded(OperationEnded e) { throw new NoClassDefFoundError("boom"); }
    };
    RecordingListener after = new RecordingListener();
    try (TransportFixture f = fixture(throwing, after)) {
      TestApi.Thing thing = f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(thing.name()).isEqualTo("one");
      assertThat(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join().id()).isEqualTo("t1");
    }
    assertThat(after.kinds()).containsExactly(
        "OperationStarted", "AttemptStarted", "AttemptCompleted", "OperationEnded",
        "OperationStarted", "AttemptStarted", "AttemptCompleted", "OperationEnded");
  }

  @Test
  void async_emitsTheSameEvents_onTheExecutorThread() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(200).withBody(THING)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join();
    }
    assertThat(listener.kinds())
        .containsExactly("OperationStarted", "AttemptStarted", "AttemptCompleted", "OperationEnded");
    assertThat(listener.threads).allSatisfy(t -> assertThat(t).startsWith("mistral4j-async-"));
    assertThat(listener.first(OperationEnded.class).operation().operationId()).isEqualTo("thing_get_v1");
  }

  @Test
  void events_neverCarryTheApiKeyOrASecretOfTheRequest() {
    wm.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(200).withBody("[]")));
    String secretHeader = "hdr-secret-value-123456";
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = fixture(listener)) {
      RequestOptions options = RequestOptions.builder().putHeader("X-Upstream-Token", secretHeader).build();
      f.transport.call(options, () -> f.api.search(TransportFixture.API_KEY, secretHeader));
    }
    OperationInfo op = listener.first(OperationStarted.class).operation();
    assertThat(op.url()).contains("search=****").contains("cursor=****");
    assertThat(listener.events).allSatisfy(e -> assertThat(e.toString())
        .doesNotContain(TransportFixture.API_KEY).doesNotContain(secretHeader));
  }

  @Test
  void attemptStarted_addsHeadersToTheAttempt_butNeverReservedOnes() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(200).withBody(THING)));
    List<String> refused = new CopyOnWriteArrayList<>();
    AtomicReference<OutgoingHeaders> kept = new AtomicReference<>();
    RecordingListener listener = new RecordingListener((event, headers) -> {
      headers.set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
      for (String name : List.of("Authorization", "User-Agent", "Accept", "Host", "Content-Length", "Proxy-Authorization",
          "Cookie", "X-Api-Key", "X-Team", "bad name")) {
        try {
          headers.set(name, "x");
        } catch (IllegalArgumentException e) {
          refused.add(name);
          assertThat(e.getMessage()).doesNotContain("\"x\"");
        }
      }
      kept.set(headers);
    });
    try (TransportFixture f = new TransportFixture(
        TransportFixture.options(wm.baseUrl()).putDefaultHeader("X-Team", "search").addListener(listener))) {
      f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null));
    }
    assertThat(refused).containsExactly("Authorization", "User-Agent", "Accept", "Host", "Content-Length",
        "Proxy-Authorization", "Cookie", "X-Api-Key", "X-Team", "bad name");
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/things/t1"))
        .withHeader("traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
        .withHeader("Authorization", equalTo("Bearer " + TransportFixture.API_KEY))
        .withHeader("X-Team", equalTo("search")));
    assertThatThrownBy(() -> kept.get().set("x-late", "v")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noListener_noEventMachinery() {
    assertThat(ObservedCall.open(List.of(), Json.mapper())).isNull();
    assertThat(ObservedCall.current()).isNull();
  }

  @Test
  void listeners_areKeptByToBuilder_andNullsAreRefusedByName() {
    RecordingListener one = new RecordingListener();
    var options = TransportFixture.options(wm.baseUrl()).addListener(one).build();
    assertThat(options.toBuilder().build().listeners()).containsExactly(one);
    assertThat(options.toBuilder().listeners(List.of()).build().listeners()).isEmpty();
    assertThat(options.toString()).contains("listeners=1");
    assertThatThrownBy(() -> TransportFixture.options(wm.baseUrl()).addListener(null))
        .isInstanceOf(NullPointerException.class).hasMessage("listener");
    List<MistralListener> withNull = new java.util.ArrayList<>();
    withNull.add(one);
    withNull.add(null);
    assertThatThrownBy(() -> TransportFixture.options(wm.baseUrl()).listeners(withNull))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listeners[1]");
  }
}
