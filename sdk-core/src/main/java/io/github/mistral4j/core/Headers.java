package io.github.mistral4j.core;

import java.util.Locale;
import java.util.Objects;
import io.github.mistral4j.core.internal.HeaderRules;

/**
 * Checks header names and values given to the SDK, when options are built: names are HTTP
 * tokens, values are visible ASCII plus space and tab (what the JDK client sends), and the
 * headers that the SDK or the HTTP client own cannot be set. Messages name the header and the
 * rule, never the value (it may be a secret).
 */
final class Headers {
  private Headers() {}

  static void check(String name, String value) {
    Objects.requireNonNull(name, "header name");
    Objects.requireNonNull(value, "header value of " + name);
    if (!HeaderRules.isToken(name)) {
      throw new IllegalArgumentException("header name must be an HTTP token, got '" + name + "'");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization")) {
      throw new IllegalArgumentException(
          "the Authorization header is set from the API key: use ClientOptions.Builder.apiKey(...)");
    }
    if (HeaderRules.isHttpClientOwned(name)) {
      throw new IllegalArgumentException(
          "header " + name + " is set by the HTTP client and cannot be set by the caller");
    }
    HeaderRules.checkValue("header value of " + name, value);
  }
}
