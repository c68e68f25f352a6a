package io.github.mistral4j.reliability;

import io.github.mistral4j.core.RequestOptions;
import org.jspecify.annotations.Nullable;

/**
 * One public SDK operation, described once so that fault, concurrency and fuzz tests treat every
 * operation alike.
 *
 * @param name how the operation is called from Java, e.g. {@code tools.call}
 * @param method the HTTP method it sends
 * @param path the exact URL path it sends (for stubbing and the request journal)
 * @param idempotent whether the retry policy may replay it after the server saw it
 * @param call invokes it through the public API
 * @param okBody a valid response body, or {@code null} when the operation answers 204 and returns
 *     nothing
 */
record Operation(
    String name, String method, String path, boolean idempotent, Call call, @Nullable String okBody) {

  /** Invokes an operation with per-call options; async operations are joined. */
  @FunctionalInterface
  interface Call {
    @Nullable Object invoke(Clients clients, RequestOptions options);
  }

  /** Whether the operation returns nothing (its response body is not read as JSON). */
  boolean returnsNothing() {
    return okBody == null;
  }

  /** The success status the operation gets. */
  int okStatus() {
    return okBody == null ? 204 : 200;
  }

  @Override
  public String toString() {
    return name;
  }
}
