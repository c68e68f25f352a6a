package io.github.mistral4j.benchmarks.paired;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The measurements of one round, one tab-separated line each: round, measure, operation, index,
 * SDK value, raw value ({@code NaN} for measures without a raw side). {@code paired_report.py}
 * turns the files of all rounds into the table.
 */
final class Results implements AutoCloseable {
  private final PrintWriter out;
  private final int round;

  Results(Path file, int round) {
    try {
      out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.round = round;
  }

  /** Records one pair. */
  void pair(String measure, String operation, int index, double sdk, double raw) {
    out.printf(Locale.ROOT, "%d\t%s\t%s\t%d\t%.4f\t%.4f%n", round, measure, operation, index, sdk, raw);
  }

  /** Records a value without a raw side. */
  void value(String measure, String operation, int index, double value) {
    pair(measure, operation, index, value, Double.NaN);
  }

  /** Records the load average now, at the start of {@code phase}, and returns it. */
  double load(String phase) {
    double load = loadAverage();
    value("load", phase, 0, load);
    out.flush();
    return load;
  }

  /** {@return the one-minute load average of the machine} */
  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  @Override
  public void close() {
    out.close();
  }
}
