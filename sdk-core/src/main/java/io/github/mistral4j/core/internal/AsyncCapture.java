package io.github.mistral4j.core.internal;

import feign.FeignException;
import feign.Request;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Feign proxy of an async call on the caller's thread without sending anything: Feign
 * builds and encodes the request as for a blocking call, and {@link RetryingClient}, seeing the
 * capture, hands it back instead of sending it. The async path then sends it itself. Nothing stays
 * bound to the caller's thread afterwards.
 */
final class AsyncCapture {
  private static final ThreadLocal<@Nullable AsyncCapture> CURRENT = new ThreadLocal<>();

  private @Nullable Request captured;

  private AsyncCapture() {}

  /** What capturing a call gave: the request to send, or the value of a call that sent none. */
  record Captured(@Nullable Request request, @Nullable Object value) {}

  /**
   * Invokes the call with the context bound and the capture on.
   *
   * @param ctx the call's settings (Feign's interceptors and client may read them)
   * @param call invokes the Feign proxy
   * @return the captured request, or the value when the call sent no request
   * @throws RuntimeException what Feign or the call threw while building the request, translated
   */
  static Captured capture(CallContext ctx, Supplier<?> call) {
    AsyncCapture capture = new AsyncCapture();
    AsyncCapture previous = CURRENT.get();
    CallContext previousContext = ctx.bind();
    CURRENT.set(capture);
    try {
      Object value = call.get();
      return new Captured(capture.captured, capture.captured == null ? value : null);
    } catch (Handover h) {
      if (capture.captured == null) {
        throw h; // another capture's (cannot happen: captures do not nest across threads)
      }
      return new Captured(capture.captured, null);
    } catch (FeignException e) {
      throw Failures.translate(e, null);
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
      CallContext.restore(previousContext);
    }
  }

  /**
   * Called by the client with the request Feign built: inside a capture, records it and unwinds
   * the Feign invocation; outside, returns at once.
   */
  static void handOver(Request request) {
    AsyncCapture capture = CURRENT.get();
    if (capture != null) {
      capture.captured = request;
      throw new Handover();
    }
  }

  /** Unwinds the Feign invocation once the request is captured; carries no stack. */
  private static final class Handover extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Handover() {
      super("request captured for an async call", null, false, false);
    }
  }
}
