package io.github.mistral4j.connectors.internal;

import io.github.mistral4j.core.internal.PathParams;
import org.jspecify.annotations.Nullable;

/**
 * Client-side checks of the rules the contract states (patterns, lengths, ranges). Each failure is
 * an {@link IllegalArgumentException} naming the field and the rule.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a name against {@code ^[a-zA-Z0-9_-]{1,64}$}.
   *
   * @param field the field's JSON name
   * @param value the value, or null to skip
   * @return the value
   */
  public static @Nullable String name(String field, @Nullable String value) {
    if (value != null && !PathParams.NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, '_' and '-', 1 to 64), got '"
              + shorten(value)
              + "'");
    }
    return value;
  }

  /**
   * Checks a string's length.
   *
   * @param field the field's JSON name
   * @param value the value, or null to skip
   * @param min minimum length
   * @param max maximum length
   * @return the value
   */
  public static @Nullable String length(String field, @Nullable String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + " characters long, got " + value.length());
    }
    return value;
  }

  /**
   * Checks an integer range.
   *
   * @param field the parameter's JSON name
   * @param value the value, or null to skip
   * @param min minimum
   * @param max maximum
   * @return the value
   */
  public static @Nullable Integer range(String field, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  private static String shorten(String v) {
    return v.length() > 80 ? v.substring(0, 80) + "..." : v;
  }
}
