package io.github.mistral4j.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.connectors.mcp.McpTool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleEnvironmentTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Transcript transcript = Transcript.to(new PrintStream(out, true, UTF_8));

  private ExampleEnvironment open(Map<String, String> variables) {
    return ExampleEnvironment.open(variables, transcript, d -> {});
  }

  private static McpTool tool(String name) {
    return McpTool.builder().name(name).inputSchema(new ObjectMapper().createObjectNode()).build();
  }

  @Test
  void withoutAKey_startsAStandInWithTheDemoToolsAndPointsTheOptionsAtIt() {
    try (ExampleEnvironment env = open(Map.of("MISTRAL_BASE_URL", "https://ignored.example"))) {
      String baseUrl = env.standIn().orElseThrow().baseUrl();
      assertThat(env.isLocal()).isTrue();
      assertThat(env.options().baseUrl()).isEqualTo(URI.create(baseUrl));
      assertThat(env.resourceName("weather")).isEqualTo("weather");
      assertThat(env.hasToolServer()).isTrue();
      assertThat(env.toolCall(List.of()).orElseThrow().arguments())
          .isEqualTo(Map.of("city", "Paris", "days", 2));
      assertThat(out.toString(UTF_8)).contains("running against the local stand-in at " + baseUrl);
    }
  }

  @Test
  void withAKey_usesTheRealApiSettingsAndUniqueNames() {
    Map<String, String> variables =
        Map.of(
            "MISTRAL_API_KEY", "sk-123",
            "MISTRAL_BASE_URL", "https://api.example.test",
            "MISTRAL_EXAMPLE_MODEL", "mistral-large-latest");
    try (ExampleEnvironment env = open(variables)) {
      assertThat(env.isLocal()).isFalse();
      assertThat(env.standIn()).isEmpty();
      assertThat(env.apiKey()).isEqualTo("sk-123");
      assertThat(env.options().baseUrl()).isEqualTo(URI.create("https://api.example.test"));
      assertThat(env.modelName()).isEqualTo("mistral-large-latest");
      assertThat(env.resourceName("weather")).matches("mistral4j-example-weather-[0-9a-f]{8}");
      assertThat(env.hasToolServer()).isFalse();
      assertThat(out.toString(UTF_8))
          .contains("creates and deletes real resources")
          .contains("MISTRAL_EXAMPLE_MCP_URL is not set")
          .doesNotContain("sk-123");
    }
  }

  @Test
  void withAKey_callsTheConfiguredToolOrElseTheFirstListed() {
    Map<String, String> configured =
        Map.of(
            "MISTRAL_API_KEY", "k",
            "MISTRAL_EXAMPLE_MCP_URL", "https://mcp.example.test/mcp",
            "MISTRAL_EXAMPLE_MCP_TOOL", "search",
            "MISTRAL_EXAMPLE_MCP_ARGS", "{\"q\": \"mistral\", \"limit\": 3}");
    try (ExampleEnvironment env = open(configured)) {
      assertThat(env.mcpServerUrl()).isEqualTo("https://mcp.example.test/mcp");
      assertThat(env.toolCall(List.of(tool("other"))))
          .contains(new ExampleEnvironment.ToolCall("search", Map.of("q", "mistral", "limit", 3)));
    }
    try (ExampleEnvironment env = open(Map.of("MISTRAL_API_KEY", "k"))) {
      assertThat(env.toolCall(List.of(tool("first"), tool("second"))))
          .contains(new ExampleEnvironment.ToolCall("first", Map.of()));
      assertThat(env.toolCall(List.of())).isEmpty();
    }
  }

  @Test
  void argumentsThatAreNotAJsonObject_failNamingTheVariable() {
    try (ExampleEnvironment env =
        open(Map.of("MISTRAL_API_KEY", "k", "MISTRAL_EXAMPLE_MCP_ARGS", "[1, 2]"))) {
      assertThatThrownBy(() -> env.toolCall(List.of(tool("t"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("MISTRAL_EXAMPLE_MCP_ARGS must be a JSON object");
    }
  }
}
