package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Async twin of {@link ToolsService}: each method makes the matching {@link ToolsService}
 * operation on the calling thread and sends it asynchronously (see {@link ConnectorsAsyncClient});
 * pagers fetch each page with an async call. Get it from {@link ConnectorsAsyncClient#tools()}.
 */
@RawView
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
   * @return the first page (100 tools at most); {@link AsyncPage#nextPage()} fetches the next
   */
  public CompletableFuture<AsyncPage<McpTool>> list(String connectorIdOrName) {
    return list(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * See {@link ToolsService#list(String, ListToolsParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the page
   */
  public CompletableFuture<AsyncPage<McpTool>> list(String connectorIdOrName, ListToolsParams params) {
    return list(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * See {@link ToolsService#list(String, ListToolsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the page; invalid arguments fail the future
   */
  public CompletableFuture<AsyncPage<McpTool>> list(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return firstPage(() -> sync.pageCalls(connectorIdOrName, params, requestOptions), params);
  }

  /**
   * See {@link ToolsService#listPretty(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the first page of tools as JSON
   */
  public CompletableFuture<AsyncPage<JsonNode>> listPretty(String connectorIdOrName) {
    return listPretty(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * See {@link ToolsService#listPretty(String, ListToolsParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the page of tools as JSON
   */
  public CompletableFuture<AsyncPage<JsonNode>> listPretty(String connectorIdOrName, ListToolsParams params) {
    return listPretty(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * See {@link ToolsService#listPretty(String, ListToolsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the page of tools as JSON
   */
  public CompletableFuture<AsyncPage<JsonNode>> listPretty(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return firstPage(() -> sync.prettyPageCalls(connectorIdOrName, params, requestOptions), params);
  }

  /**
   * Every tool of a connector, page by page (see {@link ToolsService#listAll(String)}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a lazy async auto-pager: nothing is fetched before a traversal starts
   */
  public AsyncAutoPager<McpTool> listAll(String connectorIdOrName) {
    return listAll(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Every tool of a connector from {@code params.page()} on, page by page (see {@link
   * ToolsService#listAll(String, ListToolsParams)}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size, refresh, credentials
   * @return a lazy async auto-pager
   */
  public AsyncAutoPager<McpTool> listAll(String connectorIdOrName, ListToolsParams params) {
    return listAll(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Every tool of a connector from {@code params.page()} on, page by page (see {@link
   * ToolsService#listAll(String, ListToolsParams, RequestOptions)}): each page is fetched when
   * the tools before it have been consumed.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return a lazy async auto-pager; each traversal starts again from the first page
   */
  public AsyncAutoPager<McpTool> listAll(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return AsyncAutoPager.from(() -> list(connectorIdOrName, params, requestOptions));
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
    return call(connectorIdOrName, toolName, arguments, null, RequestOptions.none());
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
    return call(connectorIdOrName, toolName, arguments, null, requestOptions);
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
    return call(connectorIdOrName, toolName, arguments, credentialsName, RequestOptions.none());
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
    return transport.runAsync(() -> sync.toolCall(connectorIdOrName, toolName, arguments, credentialsName, requestOptions));
  }

  /** The first page of a list whose arguments {@code pages} checks; a refused argument fails the future. */
  private <T> CompletableFuture<AsyncPage<T>> firstPage(
      java.util.function.Supplier<IntFunction<ApiCall<List<T>>>> pages, ListToolsParams params) {
    IntFunction<ApiCall<List<T>>> fetch;
    try {
      fetch = pages.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncPage.byPageNumber(
        ToolsService.firstPage(params),
        ToolsService.pageSize(params),
        page -> transport.runAsync(() -> fetch.apply(page)));
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawToolsAsyncService withRawResponse() {
    return RawViews.of(RawToolsAsyncService.class, this);
  }
}
