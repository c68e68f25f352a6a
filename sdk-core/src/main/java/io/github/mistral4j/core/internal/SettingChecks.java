package io.github.mistral4j.core.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules of the SDK's own settings (timeouts, backoffs, retry counts), shared by the client
 * options and the tools core. Each method returns the value or throws naming the setting.
 */
public final class SettingChecks {
  private SettingChecks() {}

  /**
   * Checks a timeout.
   *
   * @param name the setting's name, for the messages
   * @param duration the value
   * @return the value, when above zero
   */
  public static Duration positive(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
    return duration;
  }

  /**
   * Checks a duration that may be zero, such as a backoff.
   *
   * @param name the setting's name, for the messages
   * @param duration the value
   * @return the value, when zero or above
   */
  public static Duration notNegative(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + duration);
    }
    return duration;
  }

  /**
   * Checks a count, such as a number of retries.
   *
   * @param name the setting's name, for the message
   * @param count the value
   * @return the value, when zero or above
   */
  public static int notNegative(String name, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + count);
    }
    return count;
  }
}
