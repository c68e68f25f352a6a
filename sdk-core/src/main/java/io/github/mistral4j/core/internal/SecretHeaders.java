package io.github.mistral4j.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which HTTP headers hold secrets and which may be logged. Values are logged only for an
 * allow-list of headers: a secret cannot reach the logs through a harmless-looking name (the rule
 * of the Azure SDKs).
 */
final class SecretHeaders {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");
  /**
   * The headers whose values may be logged (lower case): standard HTTP metadata, request ids and
   * rate-limit information. Every other header is logged with its value masked, whatever its name.
   */
  static final Set<String> LOGGABLE_HEADERS =
      Set.of(
          "accept",
          "accept-encoding",
          "accept-language",
          "age",
          "cache-control",
          "connection",
          "content-encoding",
          "content-language",
          "content-length",
          "content-type",
          "date",
          "etag",
          "expires",
          "if-match",
          "if-modified-since",
          "if-none-match",
          "if-unmodified-since",
          "keep-alive",
          "last-modified",
          "location",
          "pragma",
          "request-id",
          "retry-after",
          "retry-after-ms",
          "server",
          "traceparent",
          "transfer-encoding",
          "user-agent",
          "vary",
          "via",
          "mistral-correlation-id",
          "x-request-id",
          "x-correlation-id",
          "x-kong-request-id",
          "x-kong-proxy-latency",
          "x-kong-upstream-latency",
          "x-envoy-upstream-service-time",
          "cf-ray");
  /** Header name prefixes whose values may be logged: rate-limit counters. */
  private static final List<String> LOGGABLE_HEADER_PREFIXES = List.of("x-ratelimit", "ratelimit");

  private SecretHeaders() {}

  /**
   * Whether a header's value must never be shown.
   *
   * @param name header name, any case
   * @return true for authorization, cookies and any name mentioning a key, token, secret or
   *     credential
   */
  static boolean isSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(n)
        || n.contains("token")
        || n.contains("secret")
        || n.contains("key")
        || n.contains("credential")
        || n.contains("auth");
  }

  /**
   * Whether a header's value may be logged: its name is in the allow-list ({@link
   * #LOGGABLE_HEADERS}, or starts with {@code x-ratelimit} or {@code ratelimit} and does not
   * otherwise mention a key, secret, credential or auth).
   *
   * @param name header name, any case
   * @return true when the value may be shown
   */
  static boolean isLoggable(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (LOGGABLE_HEADERS.contains(n)) {
      return true;
    }
    for (String prefix : LOGGABLE_HEADER_PREFIXES) {
      // rate-limit counters may count (model) tokens: only the other secret-sounding words exclude one
      if (n.startsWith(prefix) && !isSecret(n.replace("token", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header value as it may be shown: the value of an allow-listed header ({@code Location}
   * without its user info, query or fragment), {@link SecretMasker#MASK} for any other.
   *
   * @param name header name
   * @param value header value
   * @return the value as it may be logged
   */
  static String shownValue(String name, String value) {
    if (!isLoggable(name)) {
      return SecretMasker.MASK;
    }
    return name.equalsIgnoreCase("location") ? HttpText.withoutUserInfo(HttpText.withoutQuery(value)) : value;
  }
}
