package io.github.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.Json;
import java.util.Locale;

/**
 * The MCP tools {@code list_tools} answers with, shaped as real MCP servers describe them (GitHub,
 * Slack, file systems, calendars, databases, ...): input schemas with enums, arrays, bounds and
 * formats, output schemas, annotations and {@code _meta}. Deterministic.
 */
public final class ToolFixtures {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** The services the tools and connectors are named after: id, title, container, two parameters. */
  static final String[][] SERVICES = {
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

  private ToolFixtures() {}

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
    annotations.put("title", service[1] + " " + action[1].toLowerCase(Locale.ROOT));
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
}
