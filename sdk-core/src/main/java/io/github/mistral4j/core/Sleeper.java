package io.github.mistral4j.core;

import java.time.Duration;

/** Waits between retry attempts. Replace it in tests so that they never sleep for real. */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper, backed by {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for the duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
