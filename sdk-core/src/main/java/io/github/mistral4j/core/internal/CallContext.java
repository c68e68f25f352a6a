package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The effective settings of one call: client options merged with its {@link RequestOptions}.
 * Bound to the calling thread for the duration of the Feign invocation, so that the interceptor
 * and {@link RetryingClient} see it without extra method parameters.
 */
record CallContext(
    int maxRetries,
    Duration timeout,
    Map<String, String> extraHeaders,
    @Nullable URI baseUrl,
    boolean retryNonIdempotent,
    long maxResponseBytes) {

  private static final ThreadLocal<@Nullable CallContext> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<feign.@Nullable Request> LAST_SENT = new ThreadLocal<>();

  static CallContext of(ClientOptions client, RequestOptions call) {
    Integer retries = call.maxRetries();
    Duration timeout = call.timeout();
    Long maxResponseBytes = call.maxResponseBytes();
    return new CallContext(
        retries != null ? retries : client.retryPolicy().maxRetries(),
        timeout != null ? timeout : client.requestTimeout(),
        call.extraHeaders(),
        call.baseUrl(),
        call.retryNonIdempotent(),
        maxResponseBytes != null ? maxResponseBytes : client.maxResponseBytes());
  }

  static @Nullable CallContext current() {
    return CURRENT.get();
  }

  /** Binds this context to the current thread; returns the one it replaces. */
  @Nullable CallContext bind() {
    CallContext previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  /** Remembers the request as last sent on this thread (headers included), for error mapping. */
  static void sent(feign.Request request) {
    LAST_SENT.set(request);
  }

  /** The request last sent on this thread within the current call, or {@code null}. */
  static feign.@Nullable Request lastSent() {
    return LAST_SENT.get();
  }

  static void restore(@Nullable CallContext previous) {
    LAST_SENT.remove();
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
