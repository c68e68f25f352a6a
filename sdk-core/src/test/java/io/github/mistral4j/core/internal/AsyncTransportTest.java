package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.RetryPolicy;
import io.github.mistral4j.core.UnprocessableEntityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async path behaves as the blocking one: retries, limits, deadlines, errors, closing. */
class AsyncTransportTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  // guards against a hang only; not a performance assertion
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final String THING = "{\"id\":\"t1\",\"name\":\"one\"}";

  private void failOnceThen(String path, ResponseDefinitionBuilder first) {
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(THING)));
  }

  private static Throwable failure(CompletableFuture<?> future) {
    Throwable[] seen = new Throwable[1];
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        future.join();
      } catch (CompletionException e) {
        seen[0] = e.getCause();
      }
    });
    assertThat(seen[0]).as("the future failed").isNotNull();
    return seen[0];
  }

  @Test
  void retryableStatus_isRetriedAfterTheSleepersWait() {
    failOnceThen("/v1/things/t1", aResponse().withStatus(503).withBody("{\"message\":\"busy\"}"));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      TestApi.Thing thing = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null)).join();
      assertThat(thing.name()).isEqualTo("one");
      wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).hasSize(1);
    }
  }

  @Test
  void ioFailure_isRetried_onTheSharedScheduler_withTheRealSleeper() {
    failOnceThen("/v1/things/t1", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    ClientOptions options = TransportFixture.options(wm.baseUrl())
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build())
        .build();
    try (MistralTransport transport = MistralTransport.create(options)) {
      TestApi api = transport.api(TestApi.class);
      assertThat(transport.callAsync(RequestOptions.none(), () -> api.get("t1", null)).join().id()).isEqualTo("t1");
      assertThat(AsyncInFlightTest.sdkThreadNames()).anyMatch(n -> n.startsWith("mistral4j-scheduler-"));
    }
  }

  @Test
  void nonIdempotentCall_isNotReplayedAfterA500_butIsAfterA429_orWhenOptedIn() {
    wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(500)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.create(Map.of("a", 1)))))
          .isInstanceOf(InternalServerException.class);
      wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/things")));

      RequestOptions optIn = RequestOptions.builder().retryNonIdempotent(true).maxRetries(1).build();
      assertThat(failure(f.transport.callAsync(optIn, () -> f.api.create(Map.of("a", 1)))))
          .isInstanceOf(InternalServerException.class);
      wm.verify(3, postRequestedFor(urlPathEqualTo("/v1/things")));

      wm.resetAll();
      wm.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.create(Map.of("a", 1)))))
          .isInstanceOf(RateLimitException.class);
      wm.verify(3, postRequestedFor(urlPathEqualTo("/v1/things")));
      assertThat(f.sleeps).endsWith(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void retryAfterBeyondTheCap_failsFast_withRetryAfter() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/t1")));
      assertThat(f.sleeps).isEmpty();
    }
  }

  @Test
  void slowResponse_hitsTheDeadline_asATimeout_andIsRetriedWhenIdempotent() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING).withFixedDelay(5_000)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(1).build();
      assertThat(failure(f.transport.callAsync(fast, () -> f.api.get("t1", null))))
          .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue())
          .hasMessageContaining("Timed out on GET /v1/things/t1");
      assertThat(f.sleeps).hasSize(1);
    }
  }

  @Test
  void bodyStallingMidway_isBoundedByTheDeadline() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
        .willReturn(okJson("{\"id\":\"t1\",\"name\":\"" + "x".repeat(2000) + "\"}").withChunkedDribbleDelay(20, 10_000)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();
      assertThat(failure(f.transport.callAsync(fast, () -> f.api.get("t1", null))))
          .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue());
    }
  }

  @Test
  void bodyOverTheLimit_isRefusedOnItsContentLength_withoutRetry() {
    String big = "{\"id\":\"t1\",\"name\":\"" + "x".repeat(2000) + "\"}";
    wm.stubFor(get(urlPathEqualTo("/v1/things/big")).willReturn(okJson(big)));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).maxResponseBytes(1000))) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("big", null))))
          .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isFalse())
          .hasMessageContaining("The response body of GET /v1/things/big exceeds the limit of 1000 bytes");
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/big")));
      RequestOptions roomy = RequestOptions.builder().maxResponseBytes(4096L).build();
      assertThat(f.transport.callAsync(roomy, () -> f.api.get("big", null)).join().id()).isEqualTo("t1");
    }
  }

  @Test
  void endlessChunkedBody_endsAtTheLimit_andTheConnectionIsClosed() throws Exception {
    byte[] chunk = new byte[16 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    chunk[0] = '[';
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.endless(head, chunk, true));
        TransportFixture f = new TransportFixture(TransportFixture.options(server.baseUrl()).maxResponseBytes(1 << 20))) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("exceeds the limit of 1048576 bytes (1 MiB)");
      assertThat(server.accepted).hasValue(1);
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        while (server.closedByClient.get() < 1) {
          Thread.sleep(10);
        }
      });
    }
  }

  @Test
  void errorStatuses_andBadBodies_failWithTheSdkExceptions() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/gone")).willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"no such thing\"}")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/bad")).willReturn(aResponse().withStatus(422)
        .withBody("{\"detail\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"required\",\"type\":\"missing\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/garbage")).willReturn(okJson("{\"id\":")));
    wm.stubFor(get(urlPathEqualTo("/v1/things/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("gone", null))))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("no such thing");
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("bad", null))))
          .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.validationErrors()).hasSize(1));
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("garbage", null))))
          .isInstanceOf(MistralInvalidDataException.class)
          .hasMessageContaining("Could not decode the response of GET /v1/things/garbage");
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("reset", null))))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("I/O error on GET /v1/things/reset")
          .hasMessageNotContaining(TransportFixture.API_KEY);
      assertThat(f.sleeps).hasSize(2); // the reset was retried twice
    }
  }

  @Test
  void connectionRefused_failsWithMistralIoException() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (TransportFixture f = new TransportFixture("http://127.0.0.1:" + port)) {
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("ConnectException");
    }
  }

  @Test
  void unencodableBody_failsTheFuture_withoutSending() {
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      Map<String, Object> body = Map.of("self", new Object() {
        @SuppressWarnings("unused")
        public Object getLoop() {
          throw new IllegalStateException("secret-value");
        }
      });
      assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.create(body))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Could not encode the request body")
          .hasMessageNotContaining("secret-value");
      assertThat(wm.getAllServeEvents()).isEmpty();
    }
  }

  @Test
  void noThreadLocalIsLeftOnTheCallersThread() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING)));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).listeners(java.util.List.of(new RecordingListener())))) {
      CompletableFuture<TestApi.Thing> call = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null));
      assertThat(CallContext.current()).isNull();
      assertThat(CallContext.lastSent()).isNull();
      assertThat(ObservedCall.current()).isNull();
      assertThat(RawCapture.current()).isNull();
      assertThat(call.join().id()).isEqualTo("t1");
    }
  }

  @Test
  void cancelling_stopsTheCall_andEndsTheOperation() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING).withFixedDelay(10_000)));
    RecordingListener listener = new RecordingListener();
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).listeners(java.util.List.of(listener)))) {
      CompletableFuture<TestApi.Thing> call = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null));
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        while (listener.kinds().size() < 2) {
          Thread.sleep(5); // until the attempt has left
        }
      });
      assertThat(call.cancel(true)).isTrue();
      assertThat(listener.kinds()).containsExactly("OperationStarted", "AttemptStarted", "OperationEnded");
      assertThat(listener.first(io.github.mistral4j.core.observability.OperationEnded.class).errorType())
          .isEqualTo("CancellationException");
    }
  }

  @Test
  void closing_failsCallsInFlight_andNewOnes_withTheClosedError() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING).withFixedDelay(10_000)));
    TransportFixture f = new TransportFixture(wm.baseUrl());
    CompletableFuture<TestApi.Thing> inFlight = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null));
    f.close();
    assertThat(failure(inFlight)).isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
    assertThat(failure(f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))))
        .isExactlyInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void closing_failsCallsWaitingToRetry() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(503)));
    ClientOptions options = TransportFixture.options(wm.baseUrl())
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofSeconds(30)).maxBackoff(Duration.ofSeconds(30)).build())
        .build();
    MistralTransport transport = MistralTransport.create(options);
    TestApi api = transport.api(TestApi.class);
    CompletableFuture<TestApi.Thing> waiting = transport.callAsync(RequestOptions.none(), () -> api.get("t1", null));
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      while (wm.getAllServeEvents().isEmpty()) {
        Thread.sleep(5);
      }
    });
    transport.close();
    assertThat(failure(waiting)).isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
  }

  @Test
  void givenExecutor_runsTheSteps() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING)));
    AtomicInteger ran = new AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "users-own"));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).asyncExecutor(r -> {
      ran.incrementAndGet();
      pool.execute(r);
    }))) {
      CompletableFuture<String> thread = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))
          .thenApply(t -> Thread.currentThread().getName());
      assertThat(thread.join()).isEqualTo("users-own");
      assertThat(ran.get()).isGreaterThanOrEqualTo(2); // the attempt, then the answer
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void customFeignClient_fallsBackToABlockingCallOnTheExecutor() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(THING)));
    AtomicInteger sent = new AtomicInteger();
    feign.Client jdk = new JdkHttpClientAdapter(java.net.http.HttpClient.newHttpClient());
    feign.Client counting = (request, options) -> {
      sent.incrementAndGet();
      return jdk.execute(request, options);
    };
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).feignClient(counting))) {
      CompletableFuture<String> thread = f.transport.callAsync(RequestOptions.none(), () -> f.api.get("t1", null))
          .thenApply(t -> Thread.currentThread().getName());
      assertThat(thread.join()).startsWith("mistral4j-async-");
      assertThat(sent).hasValue(1);
    }
  }
}
