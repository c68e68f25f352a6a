package io.github.mistral4j.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One HTTP request as received: method, raw path, decoded query, headers (lower-case names) and body. */
public final class ApiRequest {
  private final String method;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Creates a request.
   *
   * @param method the method, upper case
   * @param rawPath the path exactly as sent (percent-encoding kept)
   * @param rawQuery the query string as sent, or null
   * @param headers the headers (any case; stored lower-case)
   * @param body the body bytes (empty when none)
   */
  public ApiRequest(
      String method,
      String rawPath,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.query = Percent.parseQuery(rawQuery);
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach((k, v) ->
        h.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    h.replaceAll((k, v) -> List.copyOf(v));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body.clone();
  }

  /** The method, upper case. */
  public String method() {
    return method;
  }

  /** The path exactly as sent. */
  public String rawPath() {
    return rawPath;
  }

  /** The path's segments as sent (still percent-encoded), without the leading empty one. */
  public List<String> rawSegments() {
    String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    return Arrays.asList(p.split("/", -1));
  }

  /** The query string as sent, or null. */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /** The decoded query parameters, each with all its values in order. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** Every value of one query parameter (empty when absent). */
  public List<String> queryValues(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The value of a query parameter (the last one when repeated, as Starlette does), or null. */
  public @Nullable String queryValue(String name) {
    List<String> values = queryValues(name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** The headers, names lower-case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body bytes (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the body is empty. */
  public boolean hasBody() {
    return body.length > 0;
  }
}
