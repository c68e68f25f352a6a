package io.github.mistral4j.testkit.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as the journal keeps it, its credential headers already masked.
 *
 * @param method the method, upper case
 * @param rawPath the path as sent, percent-encoding kept
 * @param rawQuery the query string as sent, or null
 * @param query the decoded query parameters, each with all its values in order
 * @param headers the headers, names lower-case, credentials masked
 * @param body the body text (empty when none)
 * @param operationId the operation routed to, or null when none matched
 */
public record ReceivedRequest(
    String method,
    String rawPath,
    @Nullable String rawQuery,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    @Nullable String operationId) {

  /** Copies the maps, so that the record is immutable. */
  public ReceivedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** Method, path and operation: never the headers nor the body, which may hold credentials. */
  @Override
  public String toString() {
    return method + " " + rawPath + (operationId == null ? "" : " (" + operationId + ")");
  }
}
