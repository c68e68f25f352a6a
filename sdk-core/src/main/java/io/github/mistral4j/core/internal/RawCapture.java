package io.github.mistral4j.core.internal;

import feign.Response;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RawResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the last HTTP response of the calls a raw view makes: bound to the thread while the
 * normal method runs, filled by {@link RetryingClient} with the answer it returns. An async call
 * takes the capture bound when it starts along to its {@link AsyncExchange}, which fills it; the
 * executor path carries it to the executor thread.
 */
final class RawCapture {
  private static final ThreadLocal<@Nullable RawCapture> CURRENT = new ThreadLocal<>();

  private volatile int status;
  private volatile @Nullable Map<String, Collection<String>> headers;
  private volatile byte[] body = new byte[0];

  /** Runs work with this capture bound to the current thread. */
  <R> R run(Supplier<R> work) {
    RawCapture previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The work, carrying the capture bound now (if any) to the thread that will run it. */
  static <R> Supplier<R> propagate(Supplier<R> work) {
    RawCapture capture = CURRENT.get();
    return capture == null ? work : () -> capture.run(work);
  }

  /** Records the response a call returns, if a raw view asked for it. */
  static void record(Response response) throws IOException {
    RawCapture capture = CURRENT.get();
    if (capture != null) {
      capture.keep(response);
    }
  }

  /** The capture bound to this thread, if a raw view is running (the async path keeps it). */
  static @Nullable RawCapture current() {
    return CURRENT.get();
  }

  /** Records the response an async call returns. */
  void keep(Response response) throws IOException {
    body = JsonCodec.readBody(response);
    headers = response.headers();
    status = response.status();
  }

  /** Whether a response with a success status was recorded. */
  boolean succeeded() {
    return headers != null && status >= 200 && status < 300;
  }

  <T> RawResponse<T> toRaw(Supplier<T> parser) {
    Map<String, Collection<String>> h = headers;
    if (h == null) {
      throw new MistralException("No HTTP response was recorded for the raw view", null);
    }
    return RawResponse.of(status, h, body, parser);
  }
}
