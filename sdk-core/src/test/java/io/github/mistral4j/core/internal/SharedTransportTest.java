package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ownership of the shared HTTP resources between a root transport and the ones derived from it. */
class SharedTransportTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stub() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson("{\"id\":\"t1\"}")));
  }

  private static ClientOptions options() {
    return TransportFixture.options(wm.baseUrl()).build();
  }

  private static String getT1(MistralTransport t) {
    TestApi api = t.api(TestApi.class);
    return t.call(RequestOptions.none(), () -> api.get("t1", null)).id();
  }

  @Test
  void derived_sharesTheRootsHttpAndOwnsNothing() {
    try (MistralTransport root = MistralTransport.create(options())) {
      MistralTransport derived = root.derive(root.options().toBuilder().putDefaultHeader("X-Derived", "1").build());

      assertThat(root.ownsHttp()).isTrue();
      assertThat(derived.http()).isSameAs(root.http());
      assertThat(derived.ownsHttp()).isFalse();
      assertThat(getT1(derived)).isEqualTo("t1");
      wm.verify(getRequestedFor(urlPathEqualTo("/v1/things/t1")).withHeader("X-Derived", WireMock.equalTo("1")));
      MistralTransport grandChild = derived.derive(derived.options());
      assertThat(grandChild.http()).isSameAs(root.http());

      derived.close();

      assertThat(root.http().isClosed()).isFalse();
      assertThat(getT1(root)).isEqualTo("t1");
      assertThat(getT1(grandChild)).isEqualTo("t1");
      assertThatThrownBy(() -> getT1(derived)).isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
    }
  }

  @Test
  void closingTheRoot_closesTheSharedHttp_andDerivedCallsFailWithMistralException() throws Exception {
    MistralTransport root = MistralTransport.create(options());
    MistralTransport derived = root.derive(root.options());
    assertThat(getT1(derived)).isEqualTo("t1");
    int seen = wm.getAllServeEvents().size();

    root.close();

    assertThat(root.http().isClosed()).isTrue();
    assertThatThrownBy(() -> getT1(derived)).isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
    CompletableFuture<String> async = derived.supplyAsync(() -> getT1(derived));
    assertThatThrownBy(() -> async.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isExactlyInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> root.derive(root.options())).isExactlyInstanceOf(MistralException.class);
    assertThat(wm.getAllServeEvents()).as("requests after close").hasSize(seen);
  }

  @Test
  void changedConnectTimeout_needsItsOwnJdkClient_whichTheDerivedTransportOwns() {
    try (MistralTransport root = MistralTransport.create(options())) {
      MistralTransport derived = root.derive(root.options().toBuilder().connectTimeout(Duration.ofSeconds(3)).build());

      assertThat(derived.http()).isNotSameAs(root.http());
      assertThat(derived.ownsHttp()).isTrue();
      assertThat(derived.http().connectTimeout()).contains(Duration.ofSeconds(3));
      assertThat(getT1(derived)).isEqualTo("t1");

      derived.close();

      assertThat(derived.http().isClosed()).isTrue();
      assertThat(root.http().isClosed()).isFalse();
      assertThat(getT1(root)).isEqualTo("t1");
    }
  }

  @Test
  void givenClientOrExecutor_inDerivedOptions_isUsedAndTheSharedResourcesStayShared() {
    HttpClient own = HttpClient.newBuilder().build();
    List<Runnable> ran = new ArrayList<>();
    Executor direct = r -> {
      ran.add(r);
      r.run();
    };
    try (MistralTransport root = MistralTransport.create(options())) {
      MistralTransport derived =
          root.derive(root.options().toBuilder().httpClient(own).connectTimeout(Duration.ofSeconds(3)).asyncExecutor(direct).build());

      assertThat(derived.http()).isSameAs(root.http());
      assertThat(derived.supplyAsync(() -> getT1(derived)).join()).isEqualTo("t1");
      assertThat(ran).hasSize(1);
    }
  }

  @Test
  void sharedHttp_isNeverClosedByItsTransports_andRefusesAConflictingConnectTimeout() {
    try (MistralHttp http = MistralHttp.create(options())) {
      MistralTransport a = MistralTransport.create(options(), http);
      MistralTransport b = MistralTransport.create(options(), http);
      assertThat(getT1(a)).isEqualTo("t1");
      a.close();
      assertThat(http.isClosed()).isFalse();
      assertThat(getT1(b)).isEqualTo("t1");

      ClientOptions slower = TransportFixture.options(wm.baseUrl()).connectTimeout(Duration.ofSeconds(1)).build();
      assertThatThrownBy(() -> MistralTransport.create(slower, http))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("connectTimeout");

      http.close();
      assertThatThrownBy(() -> getT1(b)).isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
      assertThatThrownBy(() -> MistralTransport.create(options(), http)).isInstanceOf(MistralException.class);
    }
  }

  @Test
  void defaultConnectTimeout_matchesTheOptionsDefault() {
    try (MistralHttp http = MistralHttp.create()) {
      assertThat(http.connectTimeout()).contains(options().connectTimeout());
    }
  }

  @Test
  void feignClientOptions_neverBuildAJdkClient() {
    feign.Client none = (request, o) -> {
      throw new AssertionError("not called");
    };
    ClientOptions withFeign = TransportFixture.options(wm.baseUrl()).feignClient(none).build();
    Set<String> before = threadNames();
    try (MistralTransport t = MistralTransport.create(withFeign)) {
      assertThat(t.http()).isNotNull();
      assertThat(threadNames()).as("threads started").isSubsetOf(before);
    }
  }

  @Test
  void asyncExecutor_isBoundedAndNamed_andQueuesBeyondItsBound() throws Exception {
    try (MistralHttp http = MistralHttp.create()) {
      int bound = MistralHttp.DEFAULT_ASYNC_THREADS;
      CountDownLatch release = new CountDownLatch(1);
      Set<String> names = ConcurrentHashMap.newKeySet();
      CountDownLatch started = new CountDownLatch(bound);
      List<CompletableFuture<Void>> futures = new ArrayList<>();
      for (int i = 0; i < bound + 10; i++) {
        futures.add(CompletableFuture.runAsync(() -> {
          names.add(Thread.currentThread().getName());
          assertThat(Thread.currentThread().isDaemon()).isTrue();
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, http.asyncExecutor()));
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);
      assertThat(names).hasSize(bound).allMatch(n -> n.startsWith("mistral4j-async-"));
      assertThat(futures).filteredOn(CompletableFuture::isDone).isEmpty();

      release.countDown();
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertThat(names).hasSize(bound);
    }
  }

  @Test
  void asyncExecutor_startsAThreadOnlyWhenNoneIsIdle() throws InterruptedException {
    try (MistralHttp http = MistralHttp.create()) {
      Set<String> names = ConcurrentHashMap.newKeySet();
      for (int i = 0; i < 50; i++) {
        CompletableFuture.runAsync(() -> names.add(Thread.currentThread().getName()), http.asyncExecutor()).join();
        Thread.sleep(5); // the thread goes back to wait for work just after completing the future
      }
      assertThat(names).as("threads for 50 tasks one after the other").hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void closing_completesQueuedAsyncCallsWithMistralException_andRefusesNewOnes() throws Exception {
    MistralTransport root = MistralTransport.create(options());
    CountDownLatch release = new CountDownLatch(1);
    List<CompletableFuture<String>> busy = new ArrayList<>();
    for (int i = 0; i < MistralHttp.DEFAULT_ASYNC_THREADS; i++) {
      busy.add(root.supplyAsync(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return "done";
      }));
    }
    CompletableFuture<String> queued = root.supplyAsync(() -> getT1(root));

    root.close();
    release.countDown();

    assertThat(CompletableFuture.allOf(busy.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS)).isNull();
    assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS))
        .cause()
        .isExactlyInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> root.supplyAsync(() -> "x").get(10, TimeUnit.SECONDS))
        .cause()
        .isExactlyInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void asyncExecutorView_cannotShutDownThePool() {
    try (MistralHttp http = MistralHttp.create()) {
      assertThat(http.asyncExecutor()).isNotInstanceOf(java.util.concurrent.ExecutorService.class);
    }
  }

  private static Set<String> threadNames() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith("mistral4j-http-") || n.startsWith("HttpClient-"))
        .forEach(names::add);
    return names;
  }
}
