package io.github.mistral4j.testkit;

/** Request bodies used across tests. */
final class Fixtures {
  private Fixtures() {}

  static String connector(String name) {
    return "{\"name\":\"" + name + "\",\"description\":\"The " + name
        + " tools\",\"server\":\"https://mcp.example.com/" + name + "\"}";
  }

  static String agent(String name) {
    return "{\"model\":\"mistral-medium-latest\",\"name\":\"" + name + "\"}";
  }

  static ToolHandler forecast() {
    return ToolHandler.builder()
        .name("forecast")
        .title("Forecast")
        .description("Weather forecast for a city")
        .inputSchema(
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"title\":\"City\"}},\"required\":[\"city\"]}")
        .handler(args -> ToolResult.text("Sunny in " + args.path("city").asText()))
        .build();
  }
}
