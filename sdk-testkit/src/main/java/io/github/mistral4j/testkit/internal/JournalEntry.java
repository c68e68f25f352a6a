package io.github.mistral4j.testkit.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One received request, its credentials already masked; the status is filled in once answered. */
public final class JournalEntry {
  private final String method;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final @Nullable String operationId;
  private volatile @Nullable Integer status;

  JournalEntry(
      String method,
      String rawPath,
      @Nullable String rawQuery,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      @Nullable String operationId) {
    this.method = method;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.operationId = operationId;
  }

  /** The method. */
  public String method() {
    return method;
  }

  /** The raw path. */
  public String rawPath() {
    return rawPath;
  }

  /** The raw query, or null. */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /** The decoded query parameters. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The headers, masked. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body text. */
  public String body() {
    return body;
  }

  /** The operation routed to, or null. */
  public @Nullable String operationId() {
    return operationId;
  }

  /** The status answered, or null. */
  public @Nullable Integer status() {
    return status;
  }

  void answered(int status) {
    this.status = status;
  }
}
