package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandInMainTest {

  @Test
  void options_readPortAndKey() {
    try (MistralStandIn standIn =
        StandInMain.options(new String[] {"--port", "0", "--api-key", "k"}).start()) {
      assertThat(standIn.apiKey()).isEqualTo("k");
      assertThat(Http.to(standIn).get("/v1/agents").status()).isEqualTo(200);
    }
  }

  @Test
  void options_rejectUnknownOrIncompleteArguments() {
    assertThatThrownBy(() -> StandInMain.options(new String[] {"--verbose"}))
        .hasMessageContaining("--verbose");
    assertThatThrownBy(() -> StandInMain.options(new String[] {"--port"}))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> StandInMain.options(new String[] {"--port", "x"}))
        .hasMessageContaining("number");
  }
}
