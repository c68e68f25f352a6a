package io.github.mistral4j.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Async twin of {@link ToolsService}: each method runs the matching {@link ToolsService} method
 * on the client's async executor. Get it from {@link ConnectorsAsyncClient#tools()}.
 */
public final class ToolsAsyncService {
  private final ToolsService sync;
  private final MistralTransport transport;

  ToolsAsyncService(ToolsService sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
  }

  /**
   * See {@link ToolsService#list(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools of the first page
   */
  public CompletableFuture<List<McpTool>> list(String connectorIdOrName) {
    return transport.supplyAsync(() -> sync.list(connectorIdOrName));
  }

  /**
   * See {@link ToolsService#list(String, ListToolsParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools of the page
   */
  public CompletableFuture<List<McpTool>> list(String connectorIdOrName, ListToolsParams params) {
    return transport.supplyAsync(() -> sync.list(connectorIdOrName, params));
  }

  /**
   * See {@link ToolsService#list(String, ListToolsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options
   * @return the tools of the page
   */
  public CompletableFuture<List<McpTool>> list(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return transport.supplyAsync(() -> sync.list(connectorIdOrName, params, requestOptions));
  }

  /**
   * Same as {@link #list(String)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools of the first page
   */
  public CompletableFuture<List<McpTool>> listTools(String connectorIdOrName) {
    return list(connectorIdOrName);
  }

  /**
   * Same as {@link #list(String, ListToolsParams)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools of the page
   */
  public CompletableFuture<List<McpTool>> listTools(String connectorIdOrName, ListToolsParams params) {
    return list(connectorIdOrName, params);
  }

  /**
   * Same as {@link #list(String, ListToolsParams, RequestOptions)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options
   * @return the tools of the page
   */
  public CompletableFuture<List<McpTool>> listTools(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return list(connectorIdOrName, params, requestOptions);
  }

  /**
   * See {@link ToolsService#listPretty(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools as JSON
   */
  public CompletableFuture<List<JsonNode>> listPretty(String connectorIdOrName) {
    return transport.supplyAsync(() -> sync.listPretty(connectorIdOrName));
  }

  /**
   * See {@link ToolsService#listPretty(String, ListToolsParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools as JSON
   */
  public CompletableFuture<List<JsonNode>> listPretty(String connectorIdOrName, ListToolsParams params) {
    return transport.supplyAsync(() -> sync.listPretty(connectorIdOrName, params));
  }

  /**
   * See {@link ToolsService#listPretty(String, ListToolsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options
   * @return the tools as JSON
   */
  public CompletableFuture<List<JsonNode>> listPretty(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return transport.supplyAsync(() -> sync.listPretty(connectorIdOrName, params, requestOptions));
  }

  /**
   * Every tool of a connector, all pages fetched (see {@link ToolsService#listAll(String)}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return every tool
   */
  public CompletableFuture<List<McpTool>> listAll(String connectorIdOrName) {
    return transport.supplyAsync(() -> sync.listAll(connectorIdOrName).stream().toList());
  }

  /**
   * Every tool of a connector from {@code params.page()} on, all pages fetched (see {@link
   * ToolsService#listAll(String, ListToolsParams)}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size, refresh, credentials
   * @return every tool
   */
  public CompletableFuture<List<McpTool>> listAll(String connectorIdOrName, ListToolsParams params) {
    return transport.supplyAsync(() -> sync.listAll(connectorIdOrName, params).stream().toList());
  }

  /**
   * Every tool of a connector from {@code params.page()} on, all pages fetched (see {@link
   * ToolsService#listAll(String, ListToolsParams, RequestOptions)}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return every tool
   */
  public CompletableFuture<List<McpTool>> listAll(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return transport.supplyAsync(() -> sync.listAll(connectorIdOrName, params, requestOptions).stream().toList());
  }

  /**
   * See {@link ToolsService#call(String, String, Map)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments) {
    return transport.supplyAsync(() -> sync.call(connectorIdOrName, toolName, arguments));
  }

  /**
   * See {@link ToolsService#call(String, String, Map, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param requestOptions per-call options
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions) {
    return transport.supplyAsync(() -> sync.call(connectorIdOrName, toolName, arguments, requestOptions));
  }

  /**
   * See {@link ToolsService#call(String, String, Map, String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName) {
    return transport.supplyAsync(() -> sync.call(connectorIdOrName, toolName, arguments, credentialsName));
  }

  /**
   * See {@link ToolsService#call(String, String, Map, String, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @param requestOptions per-call options
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> call(
      String connectorIdOrName,
      String toolName,
      Map<String, ?> arguments,
      @Nullable String credentialsName,
      RequestOptions requestOptions) {
    return transport.supplyAsync(
        () -> sync.call(connectorIdOrName, toolName, arguments, credentialsName, requestOptions));
  }

  /**
   * Same as {@link #call(String, String, Map)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> callTool(
      String connectorIdOrName, String toolName, Map<String, ?> arguments) {
    return call(connectorIdOrName, toolName, arguments);
  }

  /**
   * Same as {@link #call(String, String, Map, RequestOptions)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param requestOptions per-call options
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> callTool(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions) {
    return call(connectorIdOrName, toolName, arguments, requestOptions);
  }

  /**
   * Same as {@link #call(String, String, Map, String)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> callTool(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName) {
    return call(connectorIdOrName, toolName, arguments, credentialsName);
  }

  /**
   * Same as {@link #call(String, String, Map, String, RequestOptions)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use, or null for the default
   * @param requestOptions per-call options
   * @return the tool's result
   */
  public CompletableFuture<ConnectorToolCallResponse> callTool(
      String connectorIdOrName,
      String toolName,
      Map<String, ?> arguments,
      @Nullable String credentialsName,
      RequestOptions requestOptions) {
    return call(connectorIdOrName, toolName, arguments, credentialsName, requestOptions);
  }
}
