package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deadline watchdog survives Errors thrown inside it, and timeouts keep working after them. */
class CallDeadlinesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** A caller whose interruption throws, as an OutOfMemoryError inside the watchdog would. */
  private static final class PoisonedCaller extends Thread {
    final CountDownLatch interruptAttempted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<CallDeadlines.Call> call = new AtomicReference<>();
    private final CallDeadlines deadlines;

    PoisonedCaller(CallDeadlines deadlines) {
      super("poisoned-caller");
      setDaemon(true);
      this.deadlines = deadlines;
    }

    @Override
    public void run() {
      CallDeadlines.Call watch = deadlines.watch(TimeUnit.MILLISECONDS.toNanos(1));
      call.set(watch);
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // not expected: interrupt() throws
      }
      watch.finish();
    }

    @Override
    public void interrupt() {
      if (Thread.currentThread() != this) {
        interruptAttempted.countDown();
        throw new OutOfMemoryError("simulated: Java heap space");
      }
      super.interrupt();
    }
  }

  @Test
  void anErrorInTheWatchdog_doesNotStopLaterDeadlines() throws Exception {
    CallDeadlines deadlines = new CallDeadlines();
    PoisonedCaller poisoned = new PoisonedCaller(deadlines);
    poisoned.start();
    assertThat(poisoned.interruptAttempted.await(10, TimeUnit.SECONDS)).isTrue();

    assertTimeoutPreemptively(HANG_GUARD, () -> {
      CallDeadlines.Call watch = deadlines.watch(TimeUnit.MILLISECONDS.toNanos(50));
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException expected) {
        // the watchdog interrupted us: the deadline still works
      }
      assertThat(watch.finish()).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    });
    assertThat(deadlines.watchdogAlive()).isTrue();
    poisoned.release.countDown();
    poisoned.join(10_000);
  }

  @Test
  void aDeadWatchdog_isReplacedByTheNextCall() throws Exception {
    CallDeadlines deadlines = new CallDeadlines();
    CallDeadlines.Call first = deadlines.watch(TimeUnit.SECONDS.toNanos(60));
    first.finish();
    // wait until the idle watchdog ends by itself, then check a fresh call gets a new one
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      while (deadlines.watchdogAlive()) {
        Thread.sleep(50);
      }
    });
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      CallDeadlines.Call watch = deadlines.watch(TimeUnit.MILLISECONDS.toNanos(50));
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException expected) {
        // interrupted by the new watchdog
      }
      assertThat(watch.finish()).isTrue();
    });
  }

  @Test
  void aBurstOfCalls_startsOneWatchdog_alsoAfterAnIdleStop() throws Exception {
    CallDeadlines deadlines = new CallDeadlines();
    for (int round = 0; round < 2; round++) {
      int callers = 32;
      java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(callers);
      java.util.List<Thread> threads = new java.util.ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Thread t = new Thread(() -> {
          try {
            go.await();
            for (int k = 0; k < 200; k++) {
              deadlines.watch(TimeUnit.SECONDS.toNanos(60)).finish();
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join(30_000);
      }
      assertThat(deadlines.watchdogsStarted()).isEqualTo(round + 1);
      // let the watchdog stop for lack of calls, so that the next burst finds none
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        while (deadlines.watchdogAlive()) {
          Thread.sleep(50);
        }
      });
    }
  }

  @Test
  void afterAnErrorInTheSharedWatchdog_aStalledCallStillTimesOut() throws Exception {
    PoisonedCaller poisoned = new PoisonedCaller(CallDeadlines.SHARED);
    poisoned.start();
    assertThat(poisoned.interruptAttempted.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      // headers come at once, the body stalls: only the watchdog can end this exchange
      wm.stubFor(get(urlPathEqualTo("/v1/things/t1"))
          .willReturn(okJson("{\"id\":\"t1\",\"name\":\"" + "x".repeat(2000) + "\"}").withChunkedDribbleDelay(20, 10_000)));
      try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
        RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();
        assertTimeoutPreemptively(HANG_GUARD, () ->
            assertThatThrownBy(() -> f.transport.call(fast, () -> f.api.get("t1", null)))
                .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isTrue()));
      }
    } finally {
      poisoned.release.countDown();
      poisoned.join(10_000);
    }
  }
}
