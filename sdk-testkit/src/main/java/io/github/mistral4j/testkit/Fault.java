package io.github.mistral4j.testkit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scripted misbehaviour for the next matching request(s): an error status (with headers and body), a delay,
 * or a dropped connection. Immutable: each method returns a changed copy. Hand it to
 * {@link MistralStandIn#failNext(Fault)}.
 *
 * <pre>{@code
 * standIn.failNext(Fault.onOperation("connector_list_v1").respond(429).header("Retry-After", "1"));
 * standIn.failNext(Fault.onRequest("POST", "/v1/connectors/*}{@code /tools/*}{@code /call").respond(500).times(2));
 * standIn.failNext(Fault.onAnyRequest().delay(Duration.ofSeconds(2)));   // then answered normally
 * }</pre>
 *
 * <p>A fault applies before authentication and routing, as a gateway's would. Each request uses up at most one
 * fault: the first registered one that matches and has uses left. A fault with a delay and no status delays
 * the request, which is then handled normally.
 */
public final class Fault {
  private final @Nullable String method;
  private final @Nullable String pathPattern;
  private final @Nullable String operationId;
  private final @Nullable Integer status;
  private final Map<String, String> headers;
  private final @Nullable String body;
  private final Duration delay;
  private final boolean dropConnection;
  private final int times;

  private Fault(
      @Nullable String method,
      @Nullable String pathPattern,
      @Nullable String operationId,
      @Nullable Integer status,
      Map<String, String> headers,
      @Nullable String body,
      Duration delay,
      boolean dropConnection,
      int times) {
    this.method = method;
    this.pathPattern = pathPattern;
    this.operationId = operationId;
    this.status = status;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body;
    this.delay = delay;
    this.dropConnection = dropConnection;
    this.times = times;
  }

  /**
   * {@return a fault for the requests of one operation of the contract, by its {@code operationId}
   * (for example {@code connector_call_tool_v1} or {@code agents_api_v1_agents_create})}
   *
   * @param operationId the operation's {@code operationId} in the contract
   */
  public static Fault onOperation(String operationId) {
    Objects.requireNonNull(operationId, "operationId");
    if (operationId.isBlank()) {
      throw new IllegalArgumentException("operationId must not be blank");
    }
    return matching(null, null, operationId);
  }

  /**
   * {@return a fault for requests with this method and raw path} In the pattern, {@code *} stands
   * for exactly one path segment: {@code /v1/connectors/*}{@code /tools}.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param pathPattern the path, starting with {@code /}
   */
  public static Fault onRequest(String method, String pathPattern) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPattern, "pathPattern");
    if (!pathPattern.startsWith("/")) {
      throw new IllegalArgumentException("pathPattern must start with /, was " + pathPattern);
    }
    String m = method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
    return matching(m, pathPattern, null);
  }

  /** {@return a fault for whatever request comes next} */
  public static Fault onAnyRequest() {
    return matching(null, null, null);
  }

  /** A fault for the requests matched, with the defaults: answer normally, at once, once. */
  private static Fault matching(
      @Nullable String method, @Nullable String pathPattern, @Nullable String operationId) {
    return new Fault(
        method, pathPattern, operationId, null, Map.of(), null, Duration.ZERO, false, 1);
  }

  /**
   * Answers with this status. Without {@link #body(String)}, the body is {@code {"detail":
   * "<reason>"}}.
   *
   * @param status the HTTP status to answer with, 100 to 599
   * @return a copy of this fault answering with that status
   * @throws IllegalArgumentException if the status is not between 100 and 599
   */
  public Fault respond(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599, was " + status);
    }
    return new Fault(
        method, pathPattern, operationId, status, headers, body, delay, dropConnection, times);
  }

  /**
   * Adds a response header (for example {@code Retry-After}).
   *
   * @param name the header's name
   * @param value the header's value
   * @return a copy of this fault with that header added
   */
  public Fault header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Fault(
        method, pathPattern, operationId, status, h, body, delay, dropConnection, times);
  }

  /**
   * The response body, sent as is (as JSON unless a Content-Type header is set).
   *
   * @param body the response body
   * @return a copy of this fault with that body
   */
  public Fault body(String body) {
    Objects.requireNonNull(body, "body");
    return new Fault(
        method, pathPattern, operationId, status, headers, body, delay, dropConnection, times);
  }

  /**
   * Waits this long before answering (to make a client time out).
   *
   * @param delay how long to wait before answering, not negative
   * @return a copy of this fault with that delay
   * @throws IllegalArgumentException if negative
   */
  public Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    return new Fault(
        method, pathPattern, operationId, status, headers, body, delay, dropConnection, times);
  }

  /**
   * Closes the connection without any response (the client sees an I/O error).
   *
   * @return a copy of this fault that drops the connection
   */
  public Fault dropConnection() {
    return new Fault(method, pathPattern, operationId, status, headers, body, delay, true, times);
  }

  /**
   * Applies to this many matching requests (default 1).
   *
   * @param times how many matching requests get this fault, at least 1
   * @return a copy of this fault applying to that many requests
   * @throws IllegalArgumentException if less than 1
   */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    return new Fault(
        method, pathPattern, operationId, status, headers, body, delay, dropConnection, times);
  }

  /** {@return the method matched, or null for any} */
  public @Nullable String method() {
    return method;
  }

  /** {@return the path pattern matched, or null for any} */
  public @Nullable String pathPattern() {
    return pathPattern;
  }

  /** {@return the operation id matched, or null for any} */
  public @Nullable String operationId() {
    return operationId;
  }

  /** {@return the status answered, or null to answer normally (after the delay)} */
  public @Nullable Integer status() {
    return status;
  }

  /** {@return the response headers added} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return the response body, or null for the default one} */
  public @Nullable String body() {
    return body;
  }

  /** {@return the delay before answering (zero for none)} */
  public Duration delay() {
    return delay;
  }

  /** {@return whether the connection is dropped} */
  public boolean dropsConnection() {
    return dropConnection;
  }

  /** {@return how many matching requests this fault applies to} */
  public int times() {
    return times;
  }

  /** {@return whether the fault does anything (answers, delays or drops)} */
  public boolean hasEffect() {
    return status != null || dropConnection || !delay.isZero();
  }

  /**
   * {@return whether this fault applies to a request}
   *
   * @param requestMethod the request's method
   * @param rawPath the request's path as sent
   * @param requestOperationId the operation the request was routed to, or null when none
   */
  public boolean matches(
      String requestMethod, String rawPath, @Nullable String requestOperationId) {
    if (operationId != null && !operationId.equals(requestOperationId)) {
      return false;
    }
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    return pathPattern == null || pathMatches(pathPattern, rawPath);
  }

  private static boolean pathMatches(String pattern, String path) {
    String[] want = pattern.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      if (!want[i].equals("*") && !want[i].equals(got[i])) {
        return false;
      }
      if (want[i].equals("*") && got[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f
        && Objects.equals(method, f.method)
        && Objects.equals(pathPattern, f.pathPattern)
        && Objects.equals(operationId, f.operationId)
        && Objects.equals(status, f.status)
        && headers.equals(f.headers)
        && Objects.equals(body, f.body)
        && delay.equals(f.delay)
        && dropConnection == f.dropConnection
        && times == f.times;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        method, pathPattern, operationId, status, headers, body, delay, dropConnection, times);
  }

  @Override
  public String toString() {
    String on = operationId != null
        ? "operation " + operationId
        : pathPattern != null ? (method == null ? "*" : method) + " " + pathPattern : "any request";
    return "Fault{on " + on + ", status=" + status + ", headers=" + headers.keySet() + ", delay="
        + delay + ", dropConnection=" + dropConnection + ", times=" + times + "}";
  }
}
