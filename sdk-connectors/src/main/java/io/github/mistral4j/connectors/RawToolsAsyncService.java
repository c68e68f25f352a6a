package io.github.mistral4j.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link ToolsAsyncService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ToolsAsyncService}.
 */
public interface RawToolsAsyncService {
  /**
   * {@link ToolsAsyncService#list(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the first page (100 tools at most); {@link AsyncPage#nextPage()} fetches the next
   */
  CompletableFuture<RawResponse<AsyncPage<McpTool>>> list(String connectorIdOrName);

  /**
   * {@link ToolsAsyncService#list(String, ListToolsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return a future of the response; {@link RawResponse#parse()} gives the page
   */
  CompletableFuture<RawResponse<AsyncPage<McpTool>>> list(String connectorIdOrName, ListToolsParams params);

  /**
   * {@link ToolsAsyncService#list(String, ListToolsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return a future of the response; {@link RawResponse#parse()} gives the page; invalid arguments fail the future
   */
  CompletableFuture<RawResponse<AsyncPage<McpTool>>> list(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions);

  /**
   * {@link ToolsAsyncService#listPretty(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the first page of tools as JSON
   */
  CompletableFuture<RawResponse<AsyncPage<JsonNode>>> listPretty(String connectorIdOrName);

  /**
   * {@link ToolsAsyncService#listPretty(String, ListToolsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return a future of the response; {@link RawResponse#parse()} gives the page of tools as JSON
   */
  CompletableFuture<RawResponse<AsyncPage<JsonNode>>> listPretty(String connectorIdOrName, ListToolsParams params);

  /**
   * {@link ToolsAsyncService#listPretty(String, ListToolsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return a future of the response; {@link RawResponse#parse()} gives the page of tools as JSON
   */
  CompletableFuture<RawResponse<AsyncPage<JsonNode>>> listPretty(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions);

  /**
   * {@link ToolsAsyncService#call(String, String, Map)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @return a future of the response; {@link RawResponse#parse()} gives the tool's result
   */
  CompletableFuture<RawResponse<ConnectorToolCallResponse>> call(String connectorIdOrName, String toolName, Map<String, ?> arguments);

  /**
   * {@link ToolsAsyncService#call(String, String, Map, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the tool's result
   */
  CompletableFuture<RawResponse<ConnectorToolCallResponse>> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions);

  /**
   * {@link ToolsAsyncService#call(String, String, Map, String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @return a future of the response; {@link RawResponse#parse()} gives the tool's result
   */
  CompletableFuture<RawResponse<ConnectorToolCallResponse>> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName);

  /**
   * {@link ToolsAsyncService#call(String, String, Map, String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the tool's result
   */
  CompletableFuture<RawResponse<ConnectorToolCallResponse>> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName, RequestOptions requestOptions);
}
