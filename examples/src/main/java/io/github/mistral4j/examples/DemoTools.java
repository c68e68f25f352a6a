package io.github.mistral4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The MCP tools that the local stand-in serves to the examples, answered by plain Java code: a
 * weather forecast on the connector {@value #WEATHER} and a ticket search on {@value #HELPDESK}.
 * With the real API, tools come from the MCP server of each connector instead.
 */
public final class DemoTools {
  /** The name of the weather connector. */
  public static final String WEATHER = "weather";

  /** The name of the help desk connector. */
  public static final String HELPDESK = "helpdesk";

  private static final Map<String, List<String>> FORECASTS =
      Map.of(
          "paris", List.of("sunny, 24°C", "cloudy, 19°C", "showers, 16°C"),
          "lyon", List.of("sunny, 27°C", "sunny, 28°C", "storms, 22°C"),
          "brest", List.of("rain, 14°C", "showers, 15°C", "cloudy, 16°C"));

  private record Ticket(int id, String title, String status) {}

  private static final List<Ticket> TICKETS =
      List.of(
          new Ticket(142, "Weather widget shows Fahrenheit in Paris", "open"),
          new Ticket(157, "Forecast for Brest is one day late", "open"),
          new Ticket(98, "Weather widget crashes without a city", "closed"),
          new Ticket(161, "Export of invoices times out", "open"));

  private DemoTools() {}

  /**
   * Registers both tools on a stand-in.
   *
   * @param standIn the stand-in
   */
  public static void registerOn(MistralStandIn standIn) {
    standIn.registerTool(WEATHER, forecast());
    standIn.registerTool(HELPDESK, searchTickets());
  }

  /** The {@code forecast} tool: a daily forecast for one city, for one to three days. */
  static ToolHandler forecast() {
    return ToolHandler.builder()
        .name("forecast")
        .title("Weather forecast")
        .description("Daily weather forecast for a city.")
        .inputSchema(
            """
            {"type": "object",
             "properties": {
               "city": {"type": "string", "description": "City name, e.g. Paris"},
               "days": {"type": "integer", "minimum": 1, "maximum": 3, "default": 1}},
             "required": ["city"]}
            """)
        .annotations("{\"readOnlyHint\": true}")
        .handler(DemoTools::forecast)
        .build();
  }

  private static ToolResult forecast(JsonNode arguments) {
    String city = arguments.path("city").asText();
    List<String> days = FORECASTS.get(city.toLowerCase(Locale.ROOT));
    if (days == null) {
      return ToolResult.error("No forecast for '" + city + "'. Known cities: Paris, Lyon, Brest.");
    }
    int count = Math.max(1, Math.min(3, arguments.path("days").asInt(1)));
    ToolResult.Builder result = ToolResult.builder();
    for (int day = 0; day < count; day++) {
      result.addText(
          (day == 0 ? "Today" : "Day " + (day + 1)) + " in " + city + ": " + days.get(day));
    }
    return result.build();
  }

  /** The {@code search_tickets} tool: help desk tickets whose title contains a word. */
  static ToolHandler searchTickets() {
    return ToolHandler.builder()
        .name("search_tickets")
        .title("Search tickets")
        .description("Finds help desk tickets whose title contains the query.")
        .inputSchema(
            """
            {"type": "object",
             "properties": {
               "query": {"type": "string", "description": "Word to look for in ticket titles"},
               "status": {"type": "string", "enum": ["open", "closed", "any"], "default": "open"}},
             "required": ["query"]}
            """)
        .annotations("{\"readOnlyHint\": true}")
        .handler(DemoTools::searchTickets)
        .build();
  }

  private static ToolResult searchTickets(JsonNode arguments) {
    String query = arguments.path("query").asText().toLowerCase(Locale.ROOT);
    String status = arguments.path("status").asText("open");
    String found =
        TICKETS.stream()
            .filter(t -> t.title().toLowerCase(Locale.ROOT).contains(query))
            .filter(t -> status.equals("any") || t.status().equals(status))
            .map(t -> "#" + t.id() + " " + t.title() + " (" + t.status() + ")")
            .collect(Collectors.joining("\n"));
    return ToolResult.text(found.isEmpty() ? "No tickets match '" + query + "'." : found);
  }
}
