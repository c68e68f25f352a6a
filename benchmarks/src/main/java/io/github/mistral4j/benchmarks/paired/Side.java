package io.github.mistral4j.benchmarks.paired;

import java.util.Locale;

/** Which client makes the calls. */
public enum Side {
  /** The SDK's clients with default options. */
  SDK,
  /** The raw JDK {@code HttpClient} + Jackson baseline, on the JDK's default executor. */
  RAW,
  /** The same raw baseline with its JDK client on an executor like the SDK's. */
  RAW_SDK_EXECUTOR;

  /** {@return the lower-case name used on command lines and in the results: sdk, raw, raw-sdk-executor} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a label.
   *
   * @param label {@code sdk}, {@code raw} or {@code raw-sdk-executor}
   * @return the side
   * @throws IllegalArgumentException for any other value
   */
  public static Side of(String label) {
    for (Side side : values()) {
      if (side.label().equals(label)) {
        return side;
      }
    }
    throw new IllegalArgumentException("side must be sdk, raw or raw-sdk-executor, not '" + label + "'");
  }
}
