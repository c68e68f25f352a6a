package io.github.mistral4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.mistral4j.testkit.internal.ReceivedRequest;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request the stand-in received, as sent: method, raw path, query, headers (credentials masked) and body,
 * with the operation it was routed to and the status it was answered with.
 */
public final class RecordedRequest {
  private final ReceivedRequest request;
  private final @Nullable Integer status;

  RecordedRequest(ReceivedRequest request, @Nullable Integer status) {
    this.request = request;
    this.status = status;
  }

  /** {@return the method, upper case} */
  public String method() {
    return request.method();
  }

  /**
   * {@return the path exactly as sent, percent-encoding kept (for example
   * {@code /v1/connectors/a%2Fb/tools})}
   */
  public String path() {
    return request.rawPath();
  }

  /** {@return the query string exactly as sent, or null when there was none} */
  public @Nullable String query() {
    return request.rawQuery();
  }

  /** {@return the decoded query parameters, each with all its values in order} */
  public Map<String, List<String>> queryParams() {
    return request.query();
  }

  /**
   * {@return the last value of a query parameter, or null when absent}
   *
   * @param name the query parameter's name
   */
  public @Nullable String queryParam(String name) {
    List<String> values = request.query().get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /**
   * {@return the headers, names lower-case} The {@code Authorization} value is masked as
   * {@code Bearer ****} (the scheme kept), and other credential headers as {@code ****}.
   */
  public Map<String, List<String>> headers() {
    return request.headers();
  }

  /**
   * {@return the first value of a header (name in any case), or null}
   *
   * @param name the header's name, in any case
   */
  public @Nullable String header(String name) {
    List<String> values = request.headers().get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@return the body as UTF-8 text (empty when none)} */
  public String body() {
    return request.body();
  }

  /** {@return the body parsed as JSON, or a missing node when it is empty or not JSON} */
  public JsonNode bodyJson() {
    if (request.body().isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return StandInJson.parse(request.body());
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /** {@return the contract operation the request was routed to, or null when none matched} */
  public @Nullable String operationId() {
    return request.operationId();
  }

  /**
   * {@return the status the stand-in answered with, or null when the answer was not sent yet (or
   * the connection was dropped)}
   */
  public @Nullable Integer status() {
    return status;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordedRequest r
        && request.equals(r.request)
        && Objects.equals(status, r.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, status);
  }

  @Override
  public String toString() {
    String query = request.rawQuery();
    String operationId = request.operationId();
    return request.method() + " " + request.rawPath() + (query == null ? "" : "?" + query)
        + " -> " + (status == null ? "pending" : status)
        + (operationId == null ? "" : " (" + operationId + ")");
  }
}
