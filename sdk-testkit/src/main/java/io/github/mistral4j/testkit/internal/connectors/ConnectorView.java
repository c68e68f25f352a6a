package io.github.mistral4j.testkit.internal.connectors;

import static io.github.mistral4j.testkit.internal.http.Nodes.copyOrNull;
import static io.github.mistral4j.testkit.internal.http.Nodes.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Renders stored connectors as the contract's response schemas. Call with the store's lock held. */
final class ConnectorView {
  /** What secret header values are shown as. */
  static final String MASK = "****";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ConnectorView() {}

  /** A {@code Connector}. */
  static ObjectNode connector(
      StoredConnector c,
      List<ToolRegistry.RegisteredTool> tools,
      boolean userData,
      boolean customerData) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id);
    o.put("name", c.name);
    o.set("title", textOrNull(c.title));
    o.put("description", c.description);
    o.put("created_at", StandInJson.timestamp(c.createdAt));
    o.put("modified_at", StandInJson.timestamp(c.modifiedAt));
    o.set("server", textOrNull(c.server));
    o.put("protocol", "mcp");
    o.set("icon_url", textOrNull(c.iconUrl));
    o.set("server_card", NullNode.getInstance());
    o.put("owner_id", Principals.ownerId(c.visibility));
    o.put("owner_type", Principals.ownerType(c.visibility));
    o.put("visibility", c.visibility);
    o.put("creator_id", Principals.USER_ID);
    o.set("locale", NullNode.getInstance());
    o.set("system_prompt", textOrNull(c.systemPrompt));
    o.set("supported_auth_methods", authenticationMethods(c));
    o.set("connection_preferences", connectionPreferences(c));
    o.set("connection_credentials", userData ? allCredentials(c) : NullNode.getInstance());
    o.put("active", c.active());
    o.put("private_tool_execution", false);
    o.put("mistral", false);
    if (userData) {
      o.put("is_authenticated", c.anyCredentials(cred -> true));
    } else {
      o.set("is_authenticated", NullNode.getInstance());
    }
    ArrayNode toolList = o.putArray("tools");
    for (ToolRegistry.RegisteredTool t : tools) {
      toolList.add(connectorTool(c, t));
    }
    o.set("system_prompt_route", NullNode.getInstance());
    o.set("connection_config", customerData ? connectionConfig(c) : NullNode.getInstance());
    o.set("execution_env", NullNode.getInstance());
    return o;
  }

  /**
   * One {@code ConnectionPreference} per scope activated with a tool configuration, named {@code
   * default} and marked default for its consumer type; {@code null} when there is none.
   */
  private static JsonNode connectionPreferences(StoredConnector c) {
    if (c.toolConfigurations.isEmpty()) {
      return NullNode.getInstance();
    }
    ArrayNode out = F.arrayNode();
    c.toolConfigurations.forEach((scope, configuration) -> {
      ObjectNode p = out.addObject();
      p.put("name", "default");
      p.set("tool_configuration", configuration.deepCopy());
      p.put("is_default", true);
      p.put("consumer_type", scope.consumerType());
    });
    return out;
  }

  private static ObjectNode connectorTool(StoredConnector c, ToolRegistry.RegisteredTool t) {
    ToolHandler h = t.handler();
    ObjectNode o = F.objectNode();
    o.put("id", t.id());
    o.put("name", h.name());
    o.put("description", h.description() == null ? "" : h.description());
    o.set("system_prompt", NullNode.getInstance());
    o.set("locale", NullNode.getInstance());
    o.set("jsonschema", h.inputSchema());
    o.set("execution_config", F.objectNode().put("type", "mcp"));
    o.put("visibility", c.visibility);
    o.put("created_at", StandInJson.timestamp(t.registeredAt()));
    o.put("modified_at", StandInJson.timestamp(t.registeredAt()));
    o.put("active", true);
    return o;
  }

  private static ObjectNode connectionConfig(StoredConnector c) {
    ObjectNode o = F.objectNode();
    o.put("type", "mcp");
    o.set("base_url", textOrNull(c.server));
    if (c.headers == null) {
      o.set("headers", NullNode.getInstance());
    } else {
      ObjectNode masked = o.putObject("headers");
      c.headers.fieldNames().forEachRemaining(name -> masked.put(name, MASK));
    }
    o.put("signed", false);
    return o;
  }

  /** The {@code PublicAuthenticationMethod} list of a connector (outbound methods only). */
  static ArrayNode authenticationMethods(StoredConnector c) {
    ArrayNode out = F.arrayNode();
    for (Map.Entry<String, ObjectNode> m : c.authMethods.entrySet()) {
      if (!"outbound".equals(m.getValue().path("auth_direction").asText("outbound"))) {
        continue;
      }
      String type = m.getKey();
      ObjectNode method = m.getValue();
      ObjectNode o = F.objectNode();
      o.put("method_type", type);
      o.set("headers", copyOrNull(method.get("headers")));
      o.set("global_headers", maskedGlobalHeaders(method.path("global_headers")));
      o.put(
          "has_default_credentials",
          c.anyCredentials(cred -> cred.isDefault && cred.authType.equals(type)));
      o.set("oauth2_server_metadata", copyOrNull(method.get("oauth2_server_metadata")));
      out.add(o);
    }
    return out;
  }

  private static ObjectNode maskedGlobalHeaders(JsonNode globalHeaders) {
    ObjectNode out = F.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = globalHeaders.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> h = it.next();
      boolean secret = h.getValue().path("is_secret").asBoolean(true);
      out.set(
          h.getKey(),
          F.objectNode()
              .put("is_secret", secret)
              .put("value", secret ? MASK : h.getValue().path("value").asText()));
    }
    return out;
  }

  private static ArrayNode allCredentials(StoredConnector c) {
    ArrayNode out = F.arrayNode();
    for (Scope s : Scope.values()) {
      c.credentials(s).values().forEach(cred -> out.add(credential(cred, s)));
    }
    return out;
  }

  /** An {@code AuthenticationConfiguration}. */
  static ObjectNode credential(StoredCredential cred, Scope scope) {
    ObjectNode o = F.objectNode();
    o.put("name", cred.name);
    o.set("title", textOrNull(cred.title));
    o.put("authentication_type", cred.authType);
    o.put("scope", scope.consumerType());
    ObjectNode status = o.putObject("status");
    status.put("status_type", "valid");
    status.put("last_checked_at", StandInJson.timestamp(cred.checkedAt));
    status.set("error_http_code", NullNode.getInstance());
    status.set("error_message", NullNode.getInstance());
    o.put("is_default", cred.isDefault);
    return o;
  }

  /** An {@code MCPTool}, or with {@code pretty} the simplified payload. */
  static ObjectNode mcpTool(ToolHandler h, boolean pretty) {
    ObjectNode o = F.objectNode();
    o.put("name", h.name());
    if (pretty) {
      o.set("description", textOrNull(h.description()));
      o.set("annotations", copyOrNull(h.annotations()));
      o.set("inputSchema", compact(h.inputSchema()));
      return o;
    }
    o.set("title", textOrNull(h.title()));
    o.set("description", textOrNull(h.description()));
    o.set("inputSchema", h.inputSchema());
    o.set("outputSchema", copyOrNull(h.outputSchema()));
    o.set("icons", NullNode.getInstance());
    o.set("annotations", copyOrNull(h.annotations()));
    o.set("_meta", NullNode.getInstance());
    o.set("execution", NullNode.getInstance());
    return o;
  }

  /** A schema without its {@code $schema} and {@code title} keywords, in every sub-schema. */
  private static JsonNode compact(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode schema) {
    if (!(schema instanceof ObjectNode o)) {
      return;
    }
    o.remove("$schema");
    o.remove("title");
    for (String single : List.of("items", "additionalProperties", "not")) {
      strip(o.path(single));
    }
    for (String list : List.of("anyOf", "allOf", "oneOf", "prefixItems")) {
      o.path(list).elements().forEachRemaining(ConnectorView::strip);
    }
    for (String map : List.of("properties", "$defs", "definitions")) {
      o.path(map).elements().forEachRemaining(ConnectorView::strip);
    }
  }
}
