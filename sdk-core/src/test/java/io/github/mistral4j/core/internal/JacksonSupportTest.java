package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class JacksonSupportTest {
  private static Version databind(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  private static Version core(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void theMinimumAndEverythingAfterItAreSupported() {
    assertThat(JacksonSupport.problem(List.of(core(2, 13, 4), databind(2, 13, 4)))).isNull();
    assertThat(JacksonSupport.problem(List.of(core(2, 13, 5), databind(2, 14, 0)))).isNull();
    assertThat(JacksonSupport.problem(List.of(core(2, 22, 4), databind(2, 100, 0)))).isNull();
  }

  @Test
  void anOlderModuleIsNamedWithTheVersionFoundAndTheVersionRequired() {
    String problem = JacksonSupport.problem(List.of(core(2, 13, 5), databind(2, 13, 3)));

    assertThat(problem)
        .contains("com.fasterxml.jackson.core:jackson-databind 2.13.3")
        .contains("needs Jackson 2.13.4 or newer")
        .contains("com.fasterxml.jackson:jackson-bom")
        .doesNotContain("jackson-core 2.13.5");
  }

  @Test
  void olderMinorAndMajorLinesAreRefused() {
    assertThat(JacksonSupport.problem(List.of(databind(2, 12, 7)))).contains("2.12.7");
    assertThat(JacksonSupport.problem(List.of(databind(1, 99, 99)))).contains("1.99.99");
  }

  @Test
  void anUnknownVersionIsNotRefused() {
    assertThat(JacksonSupport.problem(List.of(Version.unknownVersion()))).isNull();
  }

  @Test
  void theJacksonOfThisBuildIsSupported() {
    JacksonSupport.requireSupported();
    assertThat(Json.mapper()).isSameAs(Json.mapper());
  }
}
