package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The repository's copy of the contract ({@code contract/mistral-beta.openapi.yaml}) is the shared
 * one ({@code ../shared/api/mistral-beta.openapi.yaml}), found as {@code mistral4j-test-support}'s
 * {@code SharedContract} finds it: system property {@code mistral4j.shared.dir} (set by the build),
 * else {@code MISTRAL4J_SHARED_DIR}, else {@code ../shared} and {@code ../../shared}. Skipped when
 * the shared folder is absent.
 */
class ContractCopyTest {
  private static final String SPEC = "mistral-beta.openapi.yaml";

  @Test
  void theCopyEqualsTheSharedContract() throws IOException {
    Optional<Path> shared = sharedSpec();
    Assumptions.assumeTrue(
        shared.isPresent(),
        "Shared contract not found (set -Dmistral4j.shared.dir=<folder holding api/" + SPEC + ">): copy not compared");
    Path copy = Roots.root().resolve("contract").resolve(SPEC);
    assertThat(Files.readString(copy))
        .as("contract/%s differs from %s: copy the shared file and run codegen/generate", SPEC, shared.get())
        .isEqualTo(Files.readString(shared.get()));
  }

  private static Optional<Path> sharedSpec() {
    String prop = System.getProperty("mistral4j.shared.dir");
    String env = System.getenv("MISTRAL4J_SHARED_DIR");
    for (String candidate : new String[] {prop, env, "../shared", "../../shared"}) {
      if (candidate != null && !candidate.isBlank()) {
        Path spec = Paths.get(candidate).toAbsolutePath().normalize().resolve("api").resolve(SPEC);
        if (Files.isRegularFile(spec)) {
          return Optional.of(spec);
        }
      }
    }
    return Optional.empty();
  }
}
