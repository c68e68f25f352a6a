package io.github.mistral4j.core.internal;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The contract's stated limits, checked by the API modules on the client before any request. Every
 * failure is an {@link IllegalArgumentException} (or {@link NullPointerException} for a missing
 * value) naming the field and the rule.
 */
public final class Checks {
  private Checks() {}


  /**
   * A required text that must not be blank.
   *
   * @param field the field name
   * @param value the value
   * @return the value
   */
  public static String notBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * A text of at most {@code max} characters (Unicode code points, as JSON Schema counts).
   *
   * @param field the field name
   * @param value the value, or {@code null}
   * @param max the maximum length
   * @return the value
   */
  public static @Nullable String maxLength(String field, @Nullable String value, int max) {
    if (value != null) {
      int length = value.codePointCount(0, value.length());
      if (length > max) {
        throw new IllegalArgumentException(
            field + " must be at most " + max + " characters, got " + length);
      }
    }
    return value;
  }

  /**
   * A number within {@code [min, max]}.
   *
   * @param field the field name
   * @param value the value, or {@code null}
   * @param min the lower bound
   * @param max the upper bound
   */
  public static void range(String field, @Nullable Double value, double min, double max) {
    if (value != null && !(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be between " + format(min) + " and " + format(max) + ", got " + value);
    }
  }

  /**
   * A number of at least {@code min}.
   *
   * @param field the field name
   * @param value the value, or {@code null}
   * @param min the lower bound
   */
  public static void atLeast(String field, @Nullable Number value, long min) {
    if (value != null && value.longValue() < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", got " + value);
    }
  }

  /**
   * An integer within {@code [min, max]}.
   *
   * @param field the field name
   * @param value the value
   * @param min the lower bound
   * @param max the upper bound
   * @return the value
   */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * An agent version number: 0 or more.
   *
   * @param field the parameter name
   * @param version the version
   * @return the version
   */
  public static int version(String field, int version) {
    if (version < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + version);
    }
    return version;
  }

  /**
   * A list the contract requires to hold at least one item when present.
   *
   * @param field the field name
   * @param value the list
   * @param <C> the collection type
   * @return the list
   */
  public static <C extends Collection<?>> C notEmpty(String field, C value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must contain at least one item when set");
    }
    return value;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }


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
   * @param min minimum length, in code points (characters as the server counts them)
   * @param max maximum length, in code points
   * @return the value
   */
  public static @Nullable String length(String field, @Nullable String value, int min, int max) {
    if (value != null) {
      int length = value.codePointCount(0, value.length());
      if (length < min || length > max) {
        throw new IllegalArgumentException(min == 0
            ? field + " must be at most " + max + " characters, got " + length
            : field + " must be " + min + " to " + max + " characters long, got " + length);
      }
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
