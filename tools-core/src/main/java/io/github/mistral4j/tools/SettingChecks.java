package io.github.mistral4j.tools;

import java.time.Duration;
import java.util.Objects;

/** The value rules of {@link ToolSettings.Builder}'s setters; each failure names the setting. */
final class SettingChecks {
  private SettingChecks() {}

  static Duration notNegative(String name, Duration value) {
    if (Objects.requireNonNull(value, name).isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, got " + value);
    }
    return value;
  }

  static Duration positive(String name, Duration value) {
    if (Objects.requireNonNull(value, name).isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  static int notNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }
}
