package io.github.mistral4j.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the project's shared contract folder ({@code ../shared} beside the checkout): the
 * system property {@code mistral4j.shared.dir} (set by the build), else the environment variable
 * {@code MISTRAL4J_SHARED_DIR}, else {@code ../shared} and {@code ../../shared} from the working
 * directory.
 */
public final class SharedContract {
  /** The contract file name under {@code api/}. */
  public static final String SPEC = "mistral-beta.openapi.yaml";

  private SharedContract() {}

  /** The shared folder, when it exists. */
  public static Optional<Path> dir() {
    String prop = System.getProperty("mistral4j.shared.dir");
    String env = System.getenv("MISTRAL4J_SHARED_DIR");
    for (String candidate : new String[] {prop, env, "../shared", "../../shared"}) {
      if (candidate != null && !candidate.isBlank()) {
        Path p = Paths.get(candidate).toAbsolutePath().normalize();
        if (Files.isDirectory(p.resolve("api"))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The OpenAPI document, when present (overridable with {@code -Dmistral4j.spec=PATH}). */
  public static Optional<Path> spec() {
    String override = System.getProperty("mistral4j.spec");
    if (override != null && !override.isBlank()) {
      Path p = Paths.get(override);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    return dir().map(d -> d.resolve("api").resolve(SPEC)).filter(Files::isRegularFile);
  }

  /** The spec path, or skips the calling test with a message saying where it was looked for. */
  public static Path requireSpec() {
    Optional<Path> spec = spec();
    Assumptions.assumeTrue(
        spec.isPresent(),
        "Contract document not found: set -Dmistral4j.shared.dir=<folder holding api/"
            + SPEC
            + "> or -Dmistral4j.spec=<file>; contract tests skipped");
    return spec.orElseThrow();
  }
}
