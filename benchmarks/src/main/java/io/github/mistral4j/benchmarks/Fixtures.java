package io.github.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.FunctionDefinition;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed bodies the benchmark server returns, and the requests both clients send. Everything is
 * deterministic and shaped after the contract: MCP tools as real MCP servers describe them (GitHub,
 * Slack, file systems, calendars, databases, ...), a page of 20 connectors, a tool call result and
 * an agent.
 *
 * <p>Run as a program, it writes the bodies into a directory for the server: {@code tools-50.json},
 * {@code tools-500-p1.json} to {@code -p6} (pages of 100, the last empty), {@code call-tool.json},
 * {@code connectors.json}, {@code agent.json}.
 */
public final class Fixtures {
  /** The connector the benchmarks list and call: 50 tools. */
  public static final String CONNECTOR = "bench";

  /** The connector with 500 tools, listed in pages of 100. */
  public static final String CONNECTOR_500 = "bench500";

  /** The tool {@code call_tool} calls. */
  public static final String TOOL = "github_search_issues";

  private static final ObjectMapper MAPPER = Json.mapper();

  private static final String[][] SERVICES = {
    {"github", "GitHub", "repository", "owner", "Repository owner (user or organization)", "repo", "Repository name"},
    {"slack", "Slack", "channel", "workspace", "Slack workspace ID, for example T01ABCDEF", "channel_id", "Channel ID, for example C024BE91L"},
    {"fs", "File system", "directory", "root", "Allowed root directory the path is resolved against", "path", "Path relative to the root, using forward slashes"},
    {"calendar", "Google Calendar", "calendar", "account", "Account e-mail address", "calendar_id", "Calendar ID; 'primary' for the user's main calendar"},
    {"jira", "Jira", "project", "site", "Atlassian site, for example acme.atlassian.net", "project_key", "Project key, for example ENG"},
    {"postgres", "PostgreSQL", "schema", "database", "Database name as configured on the server", "schema", "Schema name; defaults to public"},
    {"notion", "Notion", "workspace", "workspace_id", "Notion workspace ID", "parent_id", "ID of the parent page or database"},
    {"linear", "Linear", "team", "team_id", "Linear team ID or key", "cycle_id", "Cycle ID; the current cycle when omitted"},
    {"drive", "Google Drive", "folder", "drive_id", "Shared drive ID; 'my-drive' for the user's own", "folder_id", "Folder ID"},
    {"sentry", "Sentry", "organization", "organization_slug", "Organization slug", "project_slug", "Project slug"},
  };

  private static final String[][] ACTIONS = {
    {"search_issues", "Search issues", "Searches %2$s issues and items in a %3$s with a query in the service's search syntax. "
        + "Results are sorted by relevance unless a sort order is given, and paginated: pass the cursor of the previous "
        + "answer to get the next page. Use this before creating an item, to avoid duplicates.", "true"},
    {"get_item", "Get item", "Returns one %2$s item of a %3$s by its identifier, with all its fields, comments and "
        + "attachments metadata (not their content). Fails with a not-found error when the item does not exist or the "
        + "credentials cannot see it.", "true"},
    {"create_item", "Create item", "Creates a new item in a %2$s %3$s. Returns the created item with its identifier and "
        + "URL. Requires write access. The title is mandatory; the body accepts Markdown. Labels and assignees that do not "
        + "exist are ignored and reported in the answer.", "false"},
    {"update_item", "Update item", "Updates fields of an existing %2$s item in a %3$s. Only the fields given are changed; "
        + "pass an empty list to clear labels or assignees. Returns the item as it is after the update. Concurrent updates "
        + "are resolved last-write-wins.", "false"},
    {"list_recent", "List recent activity", "Lists the recent activity of a %2$s %3$s: created, updated and closed items, "
        + "newest first, at most 100 per page. Useful to summarise what changed since a date. Deleted items are reported "
        + "without their content.", "true"},
  };

  private Fixtures() {}

  /**
   * The MCP tools of a connector, as {@code list_tools} returns them.
   *
   * @param count how many, a multiple of 50 (names stay unique)
   * @return a JSON array
   */
  public static ArrayNode tools(int count) {
    ArrayNode tools = MAPPER.createArrayNode();
    for (int i = 0; i < count; i++) {
      tools.add(tool(i));
    }
    return tools;
  }

  private static ObjectNode tool(int index) {
    String[] service = SERVICES[(index / ACTIONS.length) % SERVICES.length];
    String[] action = ACTIONS[index % ACTIONS.length];
    int round = index / (SERVICES.length * ACTIONS.length);
    String name = service[0] + "_" + action[0] + (round == 0 ? "" : "_" + (round + 1));
    boolean readOnly = Boolean.parseBoolean(action[3]);

    ObjectNode tool = MAPPER.createObjectNode();
    tool.put("name", name);
    tool.put("title", service[1] + ": " + action[1]);
    tool.put("description", String.format(action[2], service[0], service[1], service[2]));

    ObjectNode schema = tool.putObject("inputSchema");
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("type", "object");
    ObjectNode props = schema.putObject("properties");
    prop(props, service[3], "string", service[4]);
    prop(props, service[5], "string", service[6]);
    ArrayNode required = MAPPER.createArrayNode().add(service[3]).add(service[5]);
    switch (index % ACTIONS.length) {
      case 0 -> {
        prop(props, "query", "string", "Search query, for example 'is:open label:bug author:me'").put("minLength", 1);
        ObjectNode sort = prop(props, "sort", "string", "Sort field; relevance when omitted");
        sort.putArray("enum").add("created").add("updated").add("comments").add("relevance");
        ObjectNode order = prop(props, "order", "string", "Sort direction");
        order.putArray("enum").add("asc").add("desc");
        order.put("default", "desc");
        prop(props, "per_page", "integer", "Results per page (1 to 100)").put("minimum", 1).put("maximum", 100).put("default", 30);
        prop(props, "cursor", "string", "Cursor of the next page, from a previous answer");
        required.add("query");
      }
      case 1 -> {
        prop(props, "item_id", "string", "Identifier of the item, as returned by search or list");
        prop(props, "include_comments", "boolean", "Include the comments thread").put("default", true);
        ObjectNode fields = prop(props, "fields", "array", "Fields to return; all fields when omitted");
        fields.putObject("items").put("type", "string");
        required.add("item_id");
      }
      case 2 -> {
        prop(props, "title", "string", "Title of the item").put("maxLength", 256);
        prop(props, "body", "string", "Body in Markdown");
        prop(props, "labels", "array", "Labels to apply").putObject("items").put("type", "string");
        prop(props, "assignees", "array", "User names or IDs to assign").putObject("items").put("type", "string");
        ObjectNode priority = prop(props, "priority", "string", "Priority of the item");
        priority.putArray("enum").add("low").add("medium").add("high").add("urgent");
        ObjectNode due = prop(props, "due_date", "string", "Due date (ISO 8601 date)");
        due.put("format", "date");
        required.add("title");
      }
      case 3 -> {
        prop(props, "item_id", "string", "Identifier of the item to update");
        prop(props, "title", "string", "New title").put("maxLength", 256);
        prop(props, "body", "string", "New body in Markdown");
        ObjectNode state = prop(props, "state", "string", "New state");
        state.putArray("enum").add("open").add("in_progress").add("closed");
        prop(props, "labels", "array", "Replaces the labels").putObject("items").put("type", "string");
        ObjectNode meta = prop(props, "custom_fields", "object", "Custom field values by field key");
        meta.putObject("additionalProperties").put("type", "string");
        required.add("item_id");
      }
      default -> {
        prop(props, "since", "string", "Only activity after this instant (ISO 8601)").put("format", "date-time");
        ObjectNode kinds = prop(props, "kinds", "array", "Kinds of activity to include; all when omitted");
        kinds.putObject("items").put("type", "string").putArray("enum").add("created").add("updated").add("closed").add("deleted");
        prop(props, "limit", "integer", "Maximum number of entries").put("minimum", 1).put("maximum", 100).put("default", 50);
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);

    if (index % ACTIONS.length == 1) {
      ObjectNode out = tool.putObject("outputSchema");
      out.put("type", "object");
      ObjectNode op = out.putObject("properties");
      op.putObject("id").put("type", "string");
      op.putObject("title").put("type", "string");
      op.putObject("url").put("type", "string").put("format", "uri");
      op.putObject("state").put("type", "string");
      op.putObject("updated_at").put("type", "string").put("format", "date-time");
      out.putArray("required").add("id").add("title");
    }

    ObjectNode annotations = tool.putObject("annotations");
    annotations.put("title", service[1] + " " + action[1].toLowerCase(java.util.Locale.ROOT));
    annotations.put("readOnlyHint", readOnly);
    annotations.put("destructiveHint", false);
    annotations.put("idempotentHint", readOnly);
    annotations.put("openWorldHint", true);

    if (index % 2 == 0) {
      ObjectNode meta = tool.putObject("_meta");
      ObjectNode turbine = meta.putObject("ai.mistral/turbine");
      ObjectNode locale = turbine.putObject("locale");
      locale.putObject("name").put("en", action[1]).put("fr", action[1] + " (fr)");
      locale.putObject("usage_sentence").put("en", "Using " + service[1]);
      turbine.put("tool_type", readOnly ? "rag" : "action");
      turbine.put("timeout", 30.0);
    }
    return tool;
  }

  private static ObjectNode prop(ObjectNode props, String name, String type, String description) {
    ObjectNode p = props.putObject(name);
    p.put("type", type);
    p.put("description", description);
    return p;
  }

  /** The arguments {@code call_tool} sends, in a fixed order. */
  public static Map<String, Object> callArguments() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("owner", "mistralai");
    args.put("repo", "client-python");
    args.put("query", "is:open label:bug streaming");
    args.put("sort", "updated");
    args.put("per_page", 20);
    return args;
  }

  /** A {@code call_tool} answer: a text block with search results, and structured content. */
  public static ObjectNode callToolResponse() {
    ObjectNode r = MAPPER.createObjectNode();
    ArrayNode content = r.putArray("content");
    StringBuilder text = new StringBuilder("Found 12 open issues matching 'label:bug streaming':\n");
    ArrayNode items = MAPPER.createArrayNode();
    for (int i = 0; i < 12; i++) {
      int number = 2140 - i * 7;
      text.append("#").append(number).append(" Streaming response stops after a tool call (")
          .append(3 + i).append(" comments, updated 2026-11-").append(10 + i).append(")\n");
      items.addObject().put("number", number).put("title", "Streaming response stops after a tool call")
          .put("url", "https://github.com/mistralai/client-python/issues/" + number).put("comments", 3 + i);
    }
    content.addObject().put("type", "text").put("text", text.toString());
    ObjectNode mcp = r.putObject("metadata").putObject("mcp_meta");
    mcp.put("isError", false);
    ObjectNode structured = mcp.putObject("structuredContent");
    structured.put("total_count", 12);
    structured.set("items", items);
    return r;
  }

  /** A page of {@code list connectors}: 20 connectors and a next cursor. */
  public static ObjectNode connectorsPage() {
    ObjectNode page = MAPPER.createObjectNode();
    ArrayNode items = page.putArray("items");
    for (int i = 0; i < 20; i++) {
      String[] service = SERVICES[i % SERVICES.length];
      String name = service[0] + (i < SERVICES.length ? "" : "-team");
      ObjectNode c = items.addObject();
      c.put("id", String.format("3fa85f64-5717-4562-b3fc-%012x", 0x2c963f66afa6L + i));
      c.put("name", name);
      c.put("title", service[1] + (i < SERVICES.length ? "" : " (team)"));
      c.put("description", service[1] + " tools: search, read and update " + service[2] + " items from an agent.");
      c.put("created_at", String.format("2026-0%d-1%dT10:00:00Z", 1 + i % 9, i % 10));
      c.put("modified_at", String.format("2026-10-%02dT08:30:00.123456+01:00", 1 + i));
      c.put("server", "https://mcp." + service[0] + ".example.com/mcp");
      c.put("protocol", "mcp");
      c.put("icon_url", "https://static.example.com/icons/" + service[0] + ".png");
      c.put("owner_id", "org-7f3a9c");
      c.put("owner_type", i % 3 == 0 ? "org" : "workspace");
      c.put("visibility", i % 2 == 0 ? "shared_org" : "private");
      c.put("creator_id", "user-" + (100 + i));
      ObjectNode locale = c.putObject("locale");
      locale.putObject("name").put("en", service[1]).put("fr", service[1]);
      locale.putObject("description").put("en", service[1] + " tools");
      locale.putObject("usage_sentence").put("en", "Using " + service[1]);
      ArrayNode auth = c.putArray("supported_auth_methods");
      ObjectNode oauth = auth.addObject();
      oauth.put("method_type", "oauth2");
      oauth.put("has_default_credentials", i % 4 == 0);
      ObjectNode meta = oauth.putObject("oauth2_server_metadata");
      meta.put("issuer", "https://auth." + service[0] + ".example.com");
      meta.put("authorization_endpoint", "https://auth." + service[0] + ".example.com/authorize");
      meta.put("token_endpoint", "https://auth." + service[0] + ".example.com/token");
      meta.putArray("scopes_supported").add("read").add("write");
      meta.putArray("response_types_supported").add("code");
      meta.putArray("code_challenge_methods_supported").add("S256");
      auth.addObject().put("method_type", "bearer").put("has_default_credentials", false);
      c.put("active", i % 5 != 4);
      c.put("private_tool_execution", false);
      c.put("mistral", false);
      c.put("is_authenticated", i % 3 != 2);
    }
    page.putObject("pagination").put("next_cursor", "eyJjcmVhdGVkX2F0IjogIjIwMjYtMTAtMjAifQ").put("page_size", 20);
    return page;
  }

  /** The {@code create agent} request both clients send. */
  public static CreateAgentRequest createAgentRequest() {
    Map<String, Object> searchParams = new LinkedHashMap<>();
    searchParams.put("type", "object");
    searchParams.put(
        "properties",
        map(
            "query", map("type", "string", "description", "What to search for"),
            "limit", map("type", "integer", "description", "Maximum results", "minimum", 1, "maximum", 50)));
    searchParams.put("required", List.of("query"));
    Map<String, Object> ticketParams = new LinkedHashMap<>();
    ticketParams.put("type", "object");
    ticketParams.put(
        "properties",
        map(
            "title", map("type", "string", "description", "Ticket title"),
            "priority", map("type", "string", "enum", List.of("low", "medium", "high")),
            "body", map("type", "string", "description", "Ticket body in Markdown")));
    ticketParams.put("required", List.of("title"));
    return CreateAgentRequest.builder()
        .model("mistral-medium-latest")
        .name("support-triage")
        .description("Triages incoming support requests, searches the knowledge base and files tickets.")
        .instructions(
            "You are a support triage agent for ACME. Read the customer's message, search the knowledge base for "
                + "known issues, and answer with the relevant article when one matches. When nothing matches, file a "
                + "ticket with a short title, a priority (high only for outages or data loss) and a body that quotes "
                + "the customer's words. Never promise dates. Answer in the customer's language, in at most five "
                + "sentences, and always end with the ticket number when you filed one.")
        .addTool(AgentTool.function(FunctionDefinition.builder()
            .name("search_kb").description("Searches the knowledge base").parameters(searchParams).build()))
        .addTool(AgentTool.function(FunctionDefinition.builder()
            .name("file_ticket").description("Files a support ticket").parameters(ticketParams).build()))
        .addTool(AgentTool.webSearch())
        .addTool(AgentTool.connector("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        .completionArgs(CompletionArgs.builder().temperature(0.2).topP(0.9).maxTokens(1024).build())
        .putMetadata("team", "support")
        .putMetadata("tier", 2)
        .build();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The agent the server answers {@code create agent} with: the request plus the server's fields. */
  public static ObjectNode agentResponse() {
    ObjectNode agent = MAPPER.valueToTree(createAgentRequest());
    ObjectNode r = MAPPER.createObjectNode();
    r.put("object", "agent");
    r.put("id", "ag_019a4c3e7f2b7d1e9c0b5a6f8e2d4c1b");
    r.put("version", 0);
    r.putArray("versions").add(0);
    r.setAll(agent);
    r.put("created_at", "2026-11-21T10:15:30.123456Z");
    r.put("updated_at", "2026-11-21T10:15:30.123456Z");
    r.put("deployment_chat", false);
    r.put("source", "api");
    r.putNull("version_message");
    return r;
  }

  /** Every body the server serves, by file name. */
  public static Map<String, byte[]> bodies() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("tools-50.json", bytes(tools(50)));
    ArrayNode all = tools(500);
    for (int page = 1; page <= 6; page++) {
      ArrayNode slice = MAPPER.createArrayNode();
      for (int i = (page - 1) * 100; i < Math.min(page * 100, all.size()); i++) {
        slice.add(all.get(i));
      }
      files.put("tools-500-p" + page + ".json", bytes(slice));
    }
    files.put("call-tool.json", bytes(callToolResponse()));
    files.put("connectors.json", bytes(connectorsPage()));
    files.put("agent.json", bytes(agentResponse()));
    return files;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the bodies into a directory.
   *
   * @param args the directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Fixtures <directory>");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : bodies().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
      System.out.printf("%-22s %7d bytes%n", e.getKey(), e.getValue().length);
    }
  }
}
