package io.github.mistral4j.examples.spring;

import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import java.util.Locale;
import java.util.Map;

/**
 * The local stand-in's two connectors, answered by plain Java code: {@code weather} with a
 * {@code forecast} tool and {@code helpdesk} with a {@code search_tickets} tool.
 */
final class DemoConnectors {
  private static final Map<String, String> FORECASTS =
      Map.of("paris", "sunny, 24 C", "lyon", "storms, 22 C", "brest", "rain, 14 C");

  private DemoConnectors() {}

  /**
   * Starts a stand-in with both connectors and their tools.
   *
   * @return the running stand-in; close it when done
   */
  static MistralStandIn start() {
    MistralStandIn standIn = MistralStandIn.start();
    standIn.seedConnector("{\"name\": \"weather\", \"description\": \"Weather tools\", \"server\": \"https://mcp.example.com/weather\"}");
    standIn.seedConnector("{\"name\": \"helpdesk\", \"description\": \"Help desk tools\", \"server\": \"https://mcp.example.com/helpdesk\"}");
    standIn.registerTool("weather", ToolHandler.builder()
        .name("forecast")
        .description("Today's weather forecast for a city.")
        .inputSchema("""
            {"type": "object", "properties": {"city": {"type": "string", "description": "City name"}},
             "required": ["city"]}""")
        .handler(args -> {
          String city = args.path("city").asText();
          String forecast = FORECASTS.get(city.toLowerCase(Locale.ROOT));
          return forecast == null ? ToolResult.error("No forecast for '" + city + "'.") : ToolResult.text(city + ": " + forecast);
        }));
    standIn.registerTool("helpdesk", ToolHandler.builder()
        .name("search_tickets")
        .description("Searches help desk tickets by words of their title.")
        .inputSchema("""
            {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}""")
        .handler(args -> ToolResult.text("#142 open: Weather widget shows Fahrenheit in Paris")));
    return standIn;
  }
}
