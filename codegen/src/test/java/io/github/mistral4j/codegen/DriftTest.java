package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated sources are what the generator makes of the committed contract and
 * overlay: regenerates into a temporary folder and compares, file by file.
 */
class DriftTest {
  @TempDir Path out;

  @Test
  void theCommittedSourcesAreUpToDate() throws IOException {
    Path root = Roots.root();
    Generator.main(new String[] {root.toString(), out.toString()});
    List<String> problems = new ArrayList<>();
    for (String module : Generator.modules(Generator.render(root))) {
      Path fresh = out.resolve(module).resolve(Generator.GENERATED);
      Path committed = root.resolve(module).resolve(Generator.GENERATED);
      TreeSet<Path> all = new TreeSet<>(files(fresh));
      all.addAll(files(committed));
      for (Path rel : all) {
        Path name = Path.of(module, Generator.GENERATED).resolve(rel);
        Path a = fresh.resolve(rel);
        Path b = committed.resolve(rel);
        if (!Files.exists(b)) {
          problems.add("missing: " + name);
        } else if (!Files.exists(a)) {
          problems.add("not generated (stale): " + name);
        } else if (!Files.readString(a).equals(Files.readString(b))) {
          problems.add("differs: " + name);
        }
      }
    }
    assertThat(problems)
        .as("generated sources out of date with contract/: run codegen/generate and commit the result")
        .isEmpty();
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).toList();
    }
  }
}
