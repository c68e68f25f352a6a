package io.github.mistral4j.testkit.internal.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.ToolException;
import io.github.mistral4j.testkit.ToolResult;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Pages;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A connector's tools: list them (pages from 1) and call one, answered by the registered Java handler. */
final class ConnectorToolsResource {
  private final ConnectorsContext ctx;

  ConnectorToolsResource(ConnectorsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add(
            "GET",
            "/v1/connectors/{connector_id_or_name}/tools",
            "connector_list_tools_v1",
            this::list)
        .add(
            "POST",
            "/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call",
            "connector_call_tool_v1",
            this::call);
  }

  private ApiResponse list(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    long page = in.queryInt("page", 1, 1, Integer.MAX_VALUE);
    long pageSize = in.queryInt("page_size", 100, 1, Integer.MAX_VALUE);
    in.queryBool("refresh");
    boolean pretty = in.queryBool("pretty", false);
    String credentialsName = in.query("credentials_name", ConnectorRequests.CREDENTIALS_NAME);
    in.validate();
    String name = connectorName(idOrName, credentialsName);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (ToolRegistry.RegisteredTool t : Pages.slice(ctx.tools().list(name), page - 1, pageSize)) {
      out.add(ConnectorView.mcpTool(t.handler(), pretty));
    }
    return ApiResponse.ok(out);
  }

  private ApiResponse call(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    String toolName = in.path("tool_name");
    String credentialsName = in.query("credentials_name", ConnectorRequests.CREDENTIALS_NAME);
    ObjectNode body = in.body(ConnectorRequests.CALL_TOOL);
    in.validate();
    String name = connectorName(idOrName, credentialsName);
    ToolRegistry.RegisteredTool tool = ctx.tools().find(name, toolName);
    if (tool == null) {
      throw ApiException.notFound("Tool '" + toolName + "' not found on connector " + name);
    }
    JsonNode arguments = body.get("arguments");
    List<String> missing = missingArguments(tool.handler().inputSchema(), arguments);
    ToolResult result = missing.isEmpty()
        ? run(tool, arguments)
        : ToolResult.error("Invalid arguments for tool " + toolName
            + ": missing required argument(s) " + String.join(", ", missing));
    return ApiResponse.ok(render(result));
  }

  /** The connector's current name, checking it exists (and the credentials, when named). */
  private String connectorName(String idOrName, @Nullable String credentialsName) {
    return ctx.store().withConnector(idOrName, c -> {
      if (credentialsName != null
          && !c.anyCredentials(cred -> cred.name.equals(credentialsName))) {
        throw ApiException.notFound(
            "Credentials '" + credentialsName + "' not found for connector " + c.name);
      }
      return c.name;
    });
  }

  private static List<String> missingArguments(JsonNode schema, JsonNode arguments) {
    List<String> missing = new ArrayList<>();
    for (JsonNode required : schema.path("required")) {
      if (required.isTextual() && !arguments.has(required.asText())) {
        missing.add(required.asText());
      }
    }
    return missing;
  }

  private static ToolResult run(ToolRegistry.RegisteredTool tool, JsonNode arguments) {
    String name = tool.handler().name();
    ToolResult result;
    try {
      result = tool.handler().function().call(arguments.deepCopy());
    } catch (ToolException e) {
      throw ApiException.of(e.status(), String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.of(500, "Tool " + name + " was interrupted");
    } catch (Exception e) {
      throw ApiException.of(
          500, "Tool " + name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (result == null) {
      throw ApiException.of(500, "Tool " + name + " returned no result");
    }
    return result;
  }

  private static ObjectNode render(ToolResult result) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode content = out.putArray("content");
    result.content().forEach(content::add);
    ObjectNode meta = out.putObject("metadata").putObject("mcp_meta");
    meta.put("isError", result.isError());
    JsonNode structured = result.structuredContent();
    if (structured != null) {
      meta.set("structuredContent", structured);
    }
    JsonNode m = result.meta();
    if (m != null) {
      meta.set("_meta", m);
    }
    return out;
  }
}
