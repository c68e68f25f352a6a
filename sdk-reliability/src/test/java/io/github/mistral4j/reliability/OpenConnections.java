package io.github.mistral4j.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Counts established TCP connections to a local port, from the kernel's table ({@code
 * /proc/net/tcp} and {@code tcp6}, Linux only). Server and client run in this JVM, so each
 * connection appears twice; only the client side (remote port = server port) is counted.
 */
final class OpenConnections {
  private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
  private static final String ESTABLISHED = "01";

  private OpenConnections() {}

  static boolean available() {
    return Files.isReadable(TABLES.get(0));
  }

  /** Client-side connections to {@code port} in state ESTABLISHED. */
  static int to(int port) {
    String hexPort = String.format("%04X", port);
    int count = 0;
    for (Path table : TABLES) {
      if (!Files.isReadable(table)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(table)) {
          String[] f = line.trim().split("\\s+");
          // sl local_address rem_address st ...
          if (f.length > 3 && f[2].endsWith(":" + hexPort) && f[3].equals(ESTABLISHED)) {
            count++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return count;
  }
}
