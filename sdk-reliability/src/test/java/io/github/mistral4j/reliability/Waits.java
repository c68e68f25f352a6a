package io.github.mistral4j.reliability;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waits for conditions that settle asynchronously (threads ending, sockets closing). */
final class Waits {
  private Waits() {}

  /** Waits, within a bound, for a condition; the caller asserts it afterwards. */
  static void awaitTrue(Duration bound, BooleanSupplier condition) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
