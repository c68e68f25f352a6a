package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The faults of the matrix: how WireMock plays each, and what the SDK must make of it. */
enum Fault {
  /** The server resets the connection after reading the request. */
  CONNECTION_RESET {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      wm.stubFor(request.get().willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.ioFailure(retriedOnlyIfIdempotent(op), false);
    }
  },
  /** The server closes the connection without answering. */
  EMPTY_RESPONSE {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      wm.stubFor(request.get().willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE)));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.ioFailure(retriedOnlyIfIdempotent(op), false);
    }
  },
  /**
   * Status and headers arrive, then a valid JSON prefix, then the connection closes before the
   * announced Content-Length is reached.
   */
  TRUNCATED_BODY {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      String full = op.okBody() == null ? Fixtures.MESSAGE : op.okBody();
      String prefix = full.substring(0, full.length() / 2);
      wm.stubFor(request.get().willReturn(aResponse()
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withHeader("Content-Length", String.valueOf(full.getBytes(StandardCharsets.UTF_8).length))
          .withBody(prefix)));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.ioFailure(retriedOnlyIfIdempotent(op), false);
    }
  },
  /** A complete 200 exchange whose body is a JSON document cut in the middle. */
  CUT_JSON {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      String full = op.okBody() == null ? Fixtures.MESSAGE : op.okBody();
      wm.stubFor(request.get().willReturn(aResponse()
          .withStatus(op.okStatus())
          .withHeader("Content-Type", "application/json")
          .withBody(full.substring(0, full.length() / 2))));
    }

    @Override
    Expected expected(Operation op) {
      return op.returnsNothing() ? Expected.success(1) : Expected.failure(MistralInvalidDataException.class, 1);
    }
  },
  /** 200 with a body that is not JSON at all. */
  GARBAGE_BODY {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      wm.stubFor(request.get().willReturn(aResponse()
          .withStatus(op.okStatus())
          .withHeader("Content-Type", "text/html")
          .withBody("<html><body><h1>It works!</h1>\u0000\u00ff</body></html>")));
    }

    @Override
    Expected expected(Operation op) {
      return op.returnsNothing() ? Expected.success(1) : Expected.failure(MistralInvalidDataException.class, 1);
    }
  },
  /** 200 with no body where JSON is expected. */
  EMPTY_BODY {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      wm.stubFor(request.get().willReturn(aResponse().withStatus(op.okStatus())));
    }

    @Override
    Expected expected(Operation op) {
      return op.returnsNothing() ? Expected.success(1) : Expected.failure(MistralInvalidDataException.class, 1);
    }
  },
  /** 503, then the valid answer. */
  UNAVAILABLE_THEN_OK {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      thenOk(wm, request, op, aResponse().withStatus(503).withBody("{\"detail\":\"overloaded\"}"));
    }

    @Override
    Expected expected(Operation op) {
      return op.idempotent() ? Expected.success(2) : Expected.failure(InternalServerException.class, 1);
    }
  },
  /** 429 asking to wait 7 seconds, then the valid answer: retried even when not idempotent. */
  RATE_LIMITED_THEN_OK {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      thenOk(wm, request, op, aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"detail\":\"slow down\"}"));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.success(2);
    }
  },
  /** The answer's headers come long after the call's timeout. */
  SLOW_HEADERS {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      wm.stubFor(request.get().willReturn(ok(op).withFixedDelay((int) SERVER_DELAY.toMillis())));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.ioFailure(retriedOnlyIfIdempotent(op), true);
    }

    @Override
    boolean slow() {
      return true;
    }
  },
  /** Status and headers at once, then the body dribbles in over longer than the call's timeout. */
  SLOW_BODY {
    @Override
    void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op) {
      ResponseDefinitionBuilder answer = op.returnsNothing()
          ? aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(Fixtures.MESSAGE)
          : ok(op);
      wm.stubFor(request.get().willReturn(answer.withChunkedDribbleDelay(4, (int) SERVER_DELAY.toMillis())));
    }

    @Override
    Expected expected(Operation op) {
      return Expected.ioFailure(retriedOnlyIfIdempotent(op), true);
    }

    @Override
    boolean slow() {
      return true;
    }
  };

  /** How long slow answers take; far beyond {@link #CALL_TIMEOUT}. */
  static final Duration SERVER_DELAY = Duration.ofSeconds(2);

  /** The per-call timeout given to calls facing a slow server. */
  static final Duration CALL_TIMEOUT = Duration.ofMillis(100);

  /** Plays the fault for the requests matched by {@code request} (a fresh builder per call). */
  abstract void stub(WireMockExtension wm, Supplier<MappingBuilder> request, Operation op);

  /** What the SDK must do for the operation under this fault. */
  abstract Expected expected(Operation op);

  /** Whether calls under this fault need the short {@link #CALL_TIMEOUT}. */
  boolean slow() {
    return false;
  }

  /** Attempts the default policy makes on a failure: 3 when the call may be replayed, else 1. */
  static int retriedOnlyIfIdempotent(Operation op) {
    return op.idempotent() ? 3 : 1;
  }

  static ResponseDefinitionBuilder ok(Operation op) {
    ResponseDefinitionBuilder answer = aResponse().withStatus(op.okStatus());
    String body = op.okBody();
    return body == null ? answer : answer.withHeader("Content-Type", "application/json").withBody(body);
  }

  private static void thenOk(
      WireMockExtension wm, Supplier<MappingBuilder> request, Operation op, ResponseDefinitionBuilder first) {
    wm.stubFor(request.get().inScenario("fault").whenScenarioStateIs(STARTED).willReturn(first).willSetStateTo("recovered"));
    wm.stubFor(request.get().inScenario("fault").whenScenarioStateIs("recovered").willReturn(ok(op)));
  }

  /**
   * The expected end of a call.
   *
   * @param failure the exact exception type, or {@code null} for success
   * @param attempts how many requests the server must see
   * @param timeout for an I/O failure, whether it must be a timeout
   */
  record Expected(@Nullable Class<? extends Throwable> failure, int attempts, @Nullable Boolean timeout) {
    static Expected success(int attempts) {
      return new Expected(null, attempts, null);
    }

    static Expected failure(Class<? extends Throwable> type, int attempts) {
      return new Expected(type, attempts, null);
    }

    static Expected ioFailure(int attempts, boolean timeout) {
      return new Expected(MistralIoException.class, attempts, timeout);
    }

    @Override
    public String toString() {
      return (failure == null ? "success" : failure.getSimpleName() + (timeout == null ? "" : timeout ? " (timeout)" : ""))
          + " after " + attempts + (attempts == 1 ? " attempt" : " attempts");
    }
  }
}
