package io.github.mistral4j.core.internal;

/** Human-readable byte counts for messages. */
final class Sizes {
  private Sizes() {}

  static String describe(long bytes) {
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= (1L << 10) && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
