package io.github.mistral4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import org.junit.jupiter.api.Test;

class StandInSeedingTest {
  private static final String CONNECTOR =
      "{\"name\":\"weather\",\"description\":\"Weather tools\",\"server\":\"https://mcp.example.com/weather\"}";
  private static final String AGENT = "{\"model\":\"mistral-medium-latest\",\"name\":\"helper\"}";

  @Test
  void seed_returnsTheNewId_withoutJournalingARequest() {
    try (StandInApi api = StandInSeeding.start(new StandInOptions())) {
      String id = StandInSeeding.seed(api, "/v1/connectors", CONNECTOR);
      assertThat(id).isNotBlank();
      assertThat(api.journal()).isEmpty();
    }
  }

  @Test
  void seed_rejected_saysWhereWithTheStatusAndTheAnswer() {
    try (StandInApi api = StandInSeeding.start(new StandInOptions())) {
      assertThatThrownBy(() -> StandInSeeding.seed(api, "/v1/agents", "{\"name\":\"no model\"}"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Seeding /v1/agents was rejected with 422: ")
          .hasMessageContaining("model");
      StandInSeeding.seed(api, "/v1/connectors", CONNECTOR);
      assertThatThrownBy(() -> StandInSeeding.seed(api, "/v1/connectors", CONNECTOR))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Seeding /v1/connectors was rejected with 409: ");
      assertThatThrownBy(() -> StandInSeeding.seed(api, "/v1/connectors", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("json");
    }
  }

  @Test
  void apply_registersTheToolsAndCreatesTheSeeds_againAfterAClear() {
    StandInOptions options = new StandInOptions();
    options.registerTool("weather", ToolHandler.builder().name("forecast").handler(args -> ToolResult.text("Sunny")).build());
    options.seedConnector(CONNECTOR);
    options.seedAgent(AGENT);
    try (StandInApi api = StandInSeeding.start(options)) {
      assertThat(api.call("GET", "/v1/connectors/weather", "").body().path("name").asText()).isEqualTo("weather");
      assertThat(api.call("GET", "/v1/agents", "").body().toString()).contains("helper");
      assertThat(api.unregisterTool("weather", "forecast")).isTrue();

      api.clear();
      assertThat(api.call("GET", "/v1/connectors/weather", "").status()).isEqualTo(404);
      StandInSeeding.apply(api, options);
      assertThat(api.call("GET", "/v1/connectors/weather", "").status()).isEqualTo(200);
      assertThat(api.unregisterTool("weather", "forecast")).isTrue();
    }
  }
}
