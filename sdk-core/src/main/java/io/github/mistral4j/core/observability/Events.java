package io.github.mistral4j.core.observability;

/** Checks shared by the event records. */
final class Events {
  private Events() {}

  static void checkAttempt(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
  }
}
