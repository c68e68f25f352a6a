package io.github.mistral4j.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The validating mock of the contract ({@code shared/contract/mock-server}, Stoplight Prism),
 * started once per test JVM on a free loopback port and stopped when the JVM exits. It answers
 * 2xx with a schema-valid body for a valid request, and 422 with an {@code sl-violations} header
 * for a request that breaks the contract.
 *
 * <p>Tests are skipped only when the shared folder is absent; when it is present, a mock that
 * cannot start (no Node.js, npm failure) fails them, so CI cannot pass silently without it.
 */
public final class ContractMock {
  private static @Nullable URI url;
  private static @Nullable String failure;

  private ContractMock() {}

  /** The mock's base URL, starting it on first use. */
  public static synchronized URI baseUrl() {
    Path dir = SharedContract.dir().orElse(null);
    Assumptions.assumeTrue(dir != null, "Shared contract folder not found; contract-mock tests skipped");
    if (url != null) {
      return url;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    try {
      url = start(dir.resolve("contract").resolve("mock-server"));
      return url;
    } catch (RuntimeException e) {
      failure = "The contract mock did not start: " + e.getMessage();
      throw new IllegalStateException(failure, e);
    }
  }

  private static URI start(Path script) {
    int port = freePort();
    try {
      Path out = Files.createTempFile("contract-mock", ".log");
      Process p =
          new ProcessBuilder("bash", script.toString(), String.valueOf(port))
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("mock-server did not start within 300 s; log: " + out);
      }
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException("mock-server exited " + p.exitValue() + ": " + String.join("\n", lines));
      }
      String base =
          lines.stream()
              .filter(l -> l.startsWith("url="))
              .map(l -> l.substring(4).trim())
              .findFirst()
              .orElse("http://127.0.0.1:" + port);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(script, port), "contract-mock-stop"));
      return URI.create(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the contract mock", e);
    }
  }

  private static void stop(Path script, int port) {
    try {
      new ProcessBuilder("bash", script.toString(), "stop", String.valueOf(port))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(20, TimeUnit.SECONDS);
    } catch (IOException e) {
      // the JVM is exiting; nothing more to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
