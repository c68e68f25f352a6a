package io.github.mistral4j.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How much of each HTTP exchange the SDK logs, through {@link System.Logger} under the name
 * {@code io.github.mistral4j.http}. Secrets are masked at every level.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and duration. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, credential headers masked. */
  HEADERS,
  /** {@link #HEADERS} plus JSON bodies, secret members masked. */
  BODY;

  /**
   * Parses a level as written in {@code MISTRAL_LOG}.
   *
   * @param value {@code none}, {@code basic}, {@code headers} or {@code body}, any case; blank
   *     or null means {@link #NONE}
   * @return the level
   * @throws IllegalArgumentException naming the accepted values when {@code value} is another word
   */
  public static LogLevel parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "MISTRAL_LOG must be one of none, basic, headers, body; got '" + value + "'", e);
    }
  }
}
