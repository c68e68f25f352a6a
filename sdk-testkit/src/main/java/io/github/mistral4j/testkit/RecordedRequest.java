package io.github.mistral4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> queryParams;
  private final Map<String, List<String>> headers;
  private final String body;
  private final @Nullable String operationId;
  private final @Nullable Integer status;

  RecordedRequest(
      String method,
      String path,
      @Nullable String query,
      Map<String, List<String>> queryParams,
      Map<String, List<String>> headers,
      String body,
      @Nullable String operationId,
      @Nullable Integer status) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.queryParams = Map.copyOf(queryParams);
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.operationId = operationId;
    this.status = status;
  }

  /** {@return the method, upper case} */
  public String method() {
    return method;
  }

  /**
   * {@return the path exactly as sent, percent-encoding kept (for example
   * {@code /v1/connectors/a%2Fb/tools})}
   */
  public String path() {
    return path;
  }

  /** {@return the query string exactly as sent, or null when there was none} */
  public @Nullable String query() {
    return query;
  }

  /** {@return the decoded query parameters, each with all its values in order} */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * {@return the last value of a query parameter, or null when absent}
   *
   * @param name the query parameter's name
   */
  public @Nullable String queryParam(String name) {
    List<String> values = queryParams.get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /**
   * {@return the headers, names lower-case} The {@code Authorization} value is masked as
   * {@code Bearer ****} (the scheme kept), and other credential headers as {@code ****}.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the first value of a header (name in any case), or null}
   *
   * @param name the header's name, in any case
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@return the body as UTF-8 text (empty when none)} */
  public String body() {
    return body;
  }

  /** {@return the body parsed as JSON, or a missing node when it is empty or not JSON} */
  public JsonNode bodyJson() {
    if (body.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return StandInJson.parse(body);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /** {@return the contract operation the request was routed to, or null when none matched} */
  public @Nullable String operationId() {
    return operationId;
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
        && method.equals(r.method)
        && path.equals(r.path)
        && Objects.equals(query, r.query)
        && headers.equals(r.headers)
        && body.equals(r.body)
        && Objects.equals(operationId, r.operationId)
        && Objects.equals(status, r.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, body, operationId, status);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " -> "
        + (status == null ? "pending" : status)
        + (operationId == null ? "" : " (" + operationId + ")");
  }
}
