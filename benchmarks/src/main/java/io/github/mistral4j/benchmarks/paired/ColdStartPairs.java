package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.core.ClientOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Cold start: fresh JVMs ({@link ColdStart}), SDK and raw alternating, each timed from just before
 * the process is started until its one answer is printed.
 */
final class ColdStartPairs {
  private final Settings settings;
  private final String baseUrl;
  private final ClientOptions options;

  ColdStartPairs(Settings settings, String baseUrl, ClientOptions options) {
    this.settings = settings;
    this.baseUrl = baseUrl;
    this.options = options;
  }

  /** Measures the pairs and records them as {@code cold} (ms). */
  void measure(Results results) {
    for (int i = 0; i < settings.coldPairs(); i++) {
      double sdk;
      double raw;
      if (i % 2 == 0) {
        sdk = once(Side.SDK);
        raw = once(Side.RAW);
      } else {
        raw = once(Side.RAW);
        sdk = once(Side.SDK);
      }
      results.pair("cold", "callTool", i, sdk, raw);
    }
  }

  private double once(Side side) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
            ColdStart.class.getName(), side.label(), baseUrl, options.userAgent(),
            Long.toString(options.connectTimeout().toMillis()), Long.toString(options.requestTimeout().toMillis())))
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      long start = System.nanoTime();
      Process process = builder.start();
      String line;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
      }
      long elapsed = System.nanoTime() - start;
      int status = process.waitFor();
      if (!"ok".equals(line) || status != 0) {
        throw new IllegalStateException("cold start of the " + side.label() + " side failed: " + line + ", exit " + status);
      }
      return elapsed / 1e6;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
