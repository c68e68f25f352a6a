package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.OperationId;
import io.github.mistral4j.core.internal.NonIdempotent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tools operations of a connector: {@code list_tools} and {@code call_tool}. */
public interface ToolsApi {
  /** {@code connector_list_tools_v1}, decoded as MCP tools. */
  @OperationId("connector_list_tools_v1")
  @RequestLine(
      "GET /v1/connectors/{connector_id_or_name}/tools?page={page}&page_size={page_size}"
          + "&refresh={refresh}&pretty={pretty}&credentials_name={credentials_name}")
  List<McpTool> listTools(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("page") @Nullable Integer page,
      @Param("page_size") @Nullable Integer pageSize,
      @Param("refresh") @Nullable Boolean refresh,
      @Param("pretty") @Nullable Boolean pretty,
      @Param("credentials_name") @Nullable String credentialsName);

  /** {@code connector_list_tools_v1}, items kept as free-form JSON. */
  @OperationId("connector_list_tools_v1")
  @RequestLine(
      "GET /v1/connectors/{connector_id_or_name}/tools?page={page}&page_size={page_size}"
          + "&refresh={refresh}&pretty={pretty}&credentials_name={credentials_name}")
  List<JsonNode> listToolsAsJson(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("page") @Nullable Integer page,
      @Param("page_size") @Nullable Integer pageSize,
      @Param("refresh") @Nullable Boolean refresh,
      @Param("pretty") @Nullable Boolean pretty,
      @Param("credentials_name") @Nullable String credentialsName);

  /** {@code connector_call_tool_v1}; never replayed once the server may have run the tool. */
  @NonIdempotent
  @OperationId("connector_call_tool_v1")
  @RequestLine("POST /v1/connectors/{connector_id_or_name}/tools/{tool_name}/call?credentials_name={credentials_name}")
  ConnectorToolCallResponse callTool(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("tool_name") String toolName,
      @Param("credentials_name") @Nullable String credentialsName,
      CallToolBody body);
}
