package io.github.mistral4j.benchmarks.paired;

import java.util.Locale;

/** Which client makes the calls. */
public enum Side {
  /** The SDK's clients with default options. */
  SDK,
  /** The raw JDK {@code HttpClient} + Jackson baseline, on the JDK's default executor. */
  RAW,
  /** The same raw baseline with its JDK client on an executor like the SDK's. */
  RAW_SDK_EXECUTOR,
  /**
   * The same raw baseline on the JDK's default executor, sending the SDK's exact wire: its POSTs
   * (non-idempotent, with a body) ask {@code Expect: 100-continue}, as the SDK's do over HTTP/1.1.
   */
  RAW_SAME_WIRE;

  /** {@return the lower-case name used on command lines and in the results, e.g. raw-same-wire} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a label.
   *
   * @param label {@code sdk}, {@code raw}, {@code raw-sdk-executor} or {@code raw-same-wire}
   * @return the side
   * @throws IllegalArgumentException for any other value
   */
  public static Side of(String label) {
    for (Side side : values()) {
      if (side.label().equals(label)) {
        return side;
      }
    }
    throw new IllegalArgumentException(
        "side must be sdk, raw, raw-sdk-executor or raw-same-wire, not '" + label + "'");
  }
}
