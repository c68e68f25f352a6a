package io.github.mistral4j.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the HTTP grammar (and the JDK client) accepts in header values and API keys. Messages say
 * where the problem is, never the value: it may be a secret.
 */
public final class HeaderRules {
  /** Framing, connection and routing headers: set by the HTTP client, never by a caller. */
  private static final java.util.Set<String> CLIENT_OWNED =
      java.util.Set.of(
          "host",
          "content-length",
          "transfer-encoding",
          "connection",
          "upgrade",
          "expect",
          "te",
          "trailer",
          "keep-alive",
          "authorization");

  private HeaderRules() {}

  /**
   * Whether a header is owned by the HTTP client or the SDK's authentication: framing and
   * connection headers, {@code Proxy-*} and {@code Authorization}.
   *
   * @param name the header's name, any case
   * @return true when no caller may set it
   */
  public static boolean isHttpClientOwned(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return CLIENT_OWNED.contains(lower) || lower.startsWith("proxy-");
  }

  /**
   * Whether a header name is an HTTP token.
   *
   * @param name the name
   * @return true when it is a non-empty token
   */
  public static boolean isToken(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
  }

  /**
   * Checks that a header value holds only visible ASCII, space and tab.
   *
   * @param what names the value in the message
   * @param value the value; never echoed
   */
  public static void checkValue(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == ' ' || c == '\t' || (c > 0x20 && c < 0x7f))) {
        throw new IllegalArgumentException(
            what
                + " must hold only visible ASCII characters, space and tab (found "
                + (c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character")
                + " at index "
                + i
                + ")");
      }
    }
  }

  /**
   * Checks an API key: visible ASCII only (it is sent as {@code Bearer <key>}).
   *
   * @param key the key; never echoed
   * @return null when valid, else what is wrong with it
   */
  public static @Nullable String problemWithApiKey(String key) {
    if (key.isBlank()) {
      return "is blank";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return "must hold only visible ASCII characters (found "
            + (c == ' ' || c == '\t' ? "white space" : c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character")
            + " at index "
            + i
            + ")";
      }
    }
    return null;
  }

}
