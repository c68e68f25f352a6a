package io.github.mistral4j.core;

import io.github.mistral4j.core.internal.RequestIds;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP facts of a successful call, and its model: what the {@code withRawResponse()} views of
 * the clients return. The body is the one the SDK read (never longer than the call's {@code
 * maxResponseBytes}); {@link #parse()} gives the model the normal method returns.
 *
 * <p>Error statuses are not returned: they throw the same typed exceptions as the normal methods,
 * which carry the status, headers and {@link MistralServiceException#requestId()} too.
 *
 * @param <T> the model type
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Supplier<T> parser;

  private RawResponse(int statusCode, Map<String, List<String>> headers, byte[] body, Supplier<T> parser) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.parser = parser;
  }

  /**
   * Creates a raw response (the SDK makes them; tests of your own code may too).
   *
   * @param statusCode the HTTP status
   * @param headers the response headers; names are looked up in any case
   * @param body the response body (copied)
   * @param parser gives the model, or throws the {@link MistralException} its decoding failed with
   * @param <T> the model type
   * @return the raw response
   */
  public static <T> RawResponse<T> of(
      int statusCode, Map<String, ? extends Collection<String>> headers, byte[] body, Supplier<T> parser) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(parser, "parser");
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return new RawResponse<>(statusCode, Collections.unmodifiableMap(copy), body.clone(), parser);
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return every response header; {@code get} finds a name in any case} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the first value of a header, or {@code null} when absent}
   *
   * @param name the header's name, in any case
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * {@return the request id the server sent, or {@code null}} The contract documents no request
   * id header; the API sends {@code mistral-correlation-id}, read first, then {@code x-request-id}
   * and {@code x-kong-request-id}. Every header is in {@link #headers()}.
   */
  public @Nullable String requestId() {
    return RequestIds.of(headers);
  }

  /** {@return a copy of the response body as received (empty when there was none)} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the response body decoded as UTF-8} */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Gives the model the normal method returns.
   *
   * @return the model
   * @throws MistralInvalidDataException when the body did not map to the model (the raw body is
   *     still here)
   */
  public T parse() {
    return parser.get();
  }

  /** {@return the status, request id and body length; never a header value or the body} */
  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", requestId=" + requestId() + ", bodyBytes=" + body.length + '}';
  }
}
