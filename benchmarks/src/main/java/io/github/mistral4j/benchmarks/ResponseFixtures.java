package io.github.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.Json;

/** The answers the benchmark server gives to {@code call_tool}, list connectors and create agent. */
public final class ResponseFixtures {
  private static final ObjectMapper MAPPER = Json.mapper();

  private ResponseFixtures() {}

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
      String[] service = ToolFixtures.SERVICES[i % ToolFixtures.SERVICES.length];
      String name = service[0] + (i < ToolFixtures.SERVICES.length ? "" : "-team");
      ObjectNode c = items.addObject();
      c.put("id", String.format("3fa85f64-5717-4562-b3fc-%012x", 0x2c963f66afa6L + i));
      c.put("name", name);
      c.put("title", service[1] + (i < ToolFixtures.SERVICES.length ? "" : " (team)"));
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
  /** The agent the server answers {@code create agent} with: the request plus the server's fields. */
  public static ObjectNode agentResponse() {
    ObjectNode agent = MAPPER.valueToTree(RequestFixtures.createAgentRequest());
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
}
