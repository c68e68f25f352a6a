package io.github.mistral4j.testkit.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The {@code Authorization: Bearer <key>} check: a given key only, or any non-blank key. */
public final class Auth {
  private final @Nullable String acceptedKey;

  /**
   * Creates the check.
   *
   * @param acceptedKey the only key accepted, or null to accept any non-blank key
   */
  public Auth(@Nullable String acceptedKey) {
    this.acceptedKey = acceptedKey;
  }

  /** Whether a request with this Authorization header value is let in. */
  public boolean accepts(@Nullable String authorization) {
    if (authorization == null) {
      return false;
    }
    String v = authorization.strip();
    int space = v.indexOf(' ');
    if (space < 0 || !v.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return false;
    }
    String key = v.substring(space + 1).strip();
    if (key.isEmpty()) {
      return false;
    }
    return acceptedKey == null || acceptedKey.equals(key);
  }
}
