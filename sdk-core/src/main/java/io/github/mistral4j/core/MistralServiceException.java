package io.github.mistral4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Carries the status, the response headers, the raw
 * body, the body parsed as JSON when it is JSON, and the method and URL of the request.
 * Subclasses name the common statuses.
 */
public class MistralServiceException extends MistralException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response. */
  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  /** The raw response body. */
  private final String body;
  private final transient @Nullable JsonNode json;
  /** The request's HTTP method. */
  private final String method;
  /** The request's URL, without its query. */
  private final String url;

  /**
   * Creates an exception from a response.
   *
   * @param message what failed; never contains request bodies or secrets
   * @param response the error response
   */
  public MistralServiceException(String message, ErrorResponse response) {
    super(message, null);
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.body = response.body();
    this.json = response.json();
    this.method = response.method();
    this.url = response.url();
  }

  /** {@return the HTTP status code} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return response headers, keys in lower case} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** {@return the raw response body as text (empty when there was none)} */
  public String body() {
    return body;
  }

  /** {@return the response body parsed as JSON, or {@code null} when it is not JSON} */
  public @Nullable JsonNode json() {
    return json;
  }

  /**
   * {@return the request id the server sent ({@code mistral-correlation-id}, else {@code
   * x-request-id} or {@code x-kong-request-id}), or {@code null}} Quote it when asking Mistral's
   * support about a failed call.
   */
  public @Nullable String requestId() {
    return io.github.mistral4j.core.internal.RequestIds.of(headers);
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return method;
  }

  /** {@return the URL of the failed request, without its query string} */
  public String url() {
    return url;
  }

  /**
   * The error response, as the SDK hands it to {@link MistralServiceException} constructors.
   *
   * @param statusCode HTTP status
   * @param headers response headers
   * @param body raw body text
   * @param json body parsed as JSON, if it is JSON
   * @param method request method
   * @param url request URL without query
   */
  public record ErrorResponse(
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      @Nullable JsonNode json,
      String method,
      String url) {

    /**
     * Normalises header names to lower case and copies every collection.
     *
     * @param statusCode the HTTP status code
     * @param headers the response headers, by name
     * @param body the raw response body
     * @param json the body parsed as JSON, or {@code null} if it is not JSON
     * @param method the request's HTTP method
     * @param url the request's URL
     */
    public ErrorResponse {
      Map<String, List<String>> copy = new TreeMap<>();
      headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
      headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Builds an error response from headers in any collection type.
     *
     * @param statusCode the HTTP status code
     * @param headers the response headers, by name
     * @param body the raw response body
     * @param json the body parsed as JSON, or {@code null} if it is not JSON
     * @param method the request's HTTP method
     * @param url the request's URL
     * @return the error response
     */
    public static ErrorResponse of(
        int statusCode,
        Map<String, ? extends Collection<String>> headers,
        String body,
        @Nullable JsonNode json,
        String method,
        String url) {
      Map<String, List<String>> h = new TreeMap<>();
      headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
      return new ErrorResponse(statusCode, h, body, json, method, url);
    }

    /**
     * {@return the first value of a header, or {@code null}}
     *
     * @param name the header's name, in any case
     */
    public @Nullable String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }
}
