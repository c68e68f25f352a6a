package io.github.mistral4j.benchmarks.paired;

import java.util.Locale;

/** Which client makes the calls. */
public enum Side {
  /** The SDK's clients with default options. */
  SDK,
  /** The raw JDK {@code HttpClient} + Jackson baseline. */
  RAW;

  /** {@return the lower-case name used on command lines and in the results} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label.
   *
   * @param label {@code sdk} or {@code raw}
   * @return the side
   * @throws IllegalArgumentException for any other value
   */
  public static Side of(String label) {
    for (Side side : values()) {
      if (side.label().equals(label)) {
        return side;
      }
    }
    throw new IllegalArgumentException("side must be sdk or raw, not '" + label + "'");
  }
}
