package io.github.mistral4j.compat.belowminimum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import org.junit.jupiter.api.Test;

/** Jackson 2.12 on the classpath: the first client fails at once, with a message that says what to do. */
class BelowMinimumTest {
  private static final ClientOptions OPTIONS =
      ClientOptions.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:9").build();

  @Test
  void theClasspathReallyHasJackson212() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.12.");
  }

  @Test
  void creatingAClientFailsNamingTheVersionsAndTheFix() {
    assertThatThrownBy(() -> ConnectorsClient.create(OPTIONS))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mistral4j needs Jackson 2.13.4 or newer")
        .hasMessageContaining("com.fasterxml.jackson.core:jackson-databind 2.12.7")
        .hasMessageContaining("com.fasterxml.jackson.core:jackson-core 2.12.7")
        .hasMessageContaining("jackson-bom");
  }

  @Test
  void everyLaterClientFailsTheSameWay() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> ConnectorsClient.create(OPTIONS))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs Jackson 2.13.4");
      assertThatThrownBy(() -> AgentsClient.create(OPTIONS))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs Jackson 2.13.4");
    }
  }
}
