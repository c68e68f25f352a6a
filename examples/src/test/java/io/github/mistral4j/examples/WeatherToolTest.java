package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.MistralStandInTest;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root README's "Test your code" example, as written there. */
@MistralStandInTest
class WeatherToolTest {
  @Test
  void callsTheForecastTool(MistralStandIn standIn) {
    standIn.seedConnector("{\"name\":\"weather\",\"description\":\"Weather\",\"server\":\"https://mcp.example.com/sse\"}");
    standIn.registerTool("weather", ToolHandler.builder().name("forecast").handler(args -> ToolResult.text("Sunny")));
    try (ConnectorsClient connectors = ConnectorsClient.create(
        ClientOptions.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build())) {
      assertThat(connectors.tools().call("weather", "forecast", Map.of("city", "Paris")).text()).isEqualTo("Sunny");
    }
  }
}
