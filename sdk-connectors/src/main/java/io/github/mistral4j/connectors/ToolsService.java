package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tools of a connector: list them ({@code list_tools}) and call them ({@code call_tool}).
 * Get it from {@link ConnectorsClient#tools()}. A connector is named by its UUID or its name.
 */
@RawView
@AsyncTwin
public final class ToolsService {
  /** The page size sent when none is given (the contract's default). */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final MistralTransport transport;
  private final ToolsCalls calls;
  private final ToolsAsyncService async;

  ToolsService(MistralTransport transport) {
    this.transport = transport;
    this.calls = new ToolsCalls(transport);
    this.async = new ToolsAsyncService(this, calls, transport);
  }

  /** {@return the same operations, asynchronous} */
  ToolsAsyncService async() {
    return async;
  }

  /**
   * Lists the first page of a connector's tools ({@code connector_list_tools_v1}), 100 tools a
   * page. A connector may have more: iterate {@link #listAll(String)}, or follow {@link
   * Page#nextPage()}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the first page
   */
  public Page<McpTool> list(String connectorIdOrName) {
    return list(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of a connector's tools ({@code connector_list_tools_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page (default 1), page size (default 100), refresh, credentials
   * @return the page
   */
  public Page<McpTool> list(String connectorIdOrName, ListToolsParams params) {
    return list(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Lists one page of a connector's tools ({@code connector_list_tools_v1}). Every request sends
   * {@code page} and {@code page_size} (1 and 100 unless set); {@link Page#nextPage()} asks for
   * the next page number with the same parameters, and {@link Page#hasNextPage()} is false once a
   * page holds fewer tools than the page size (or repeats the page before, from a server ignoring
   * {@code page}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page (default 1), page size (default 100), refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the page
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<McpTool> list(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return calls.list(connectorIdOrName, params, requestOptions).page(transport);
  }

  /**
   * Lists the first page of tools in the simplified form ({@code list_tools} with {@code
   * pretty=true}): name, description, annotations and a compact input schema, as free-form JSON
   * objects. Not an alias of {@link #list(String)}: the items have another, untyped shape.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the first page; {@link Page#autoPager()} gives every tool
   */
  public Page<JsonNode> listPretty(String connectorIdOrName) {
    return listPretty(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of tools in the simplified form ({@code pretty=true}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the page
   */
  public Page<JsonNode> listPretty(String connectorIdOrName, ListToolsParams params) {
    return listPretty(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Lists one page of tools in the simplified form ({@code pretty=true}), paged like {@link
   * #list(String, ListToolsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the page of tools as JSON (copies the caller may modify)
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<JsonNode> listPretty(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return calls.listPretty(connectorIdOrName, params, requestOptions).page(transport);
  }

  /**
   * Every tool of a connector, fetched page by page (1-based) as iteration goes.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<McpTool> listAll(String connectorIdOrName) {
    return listAll(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Every tool of a connector from {@code params.page()} on (default 1), fetched page by page.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size (default 100), refresh, credentials
   * @return a lazy iterable
   */
  public AutoPager<McpTool> listAll(String connectorIdOrName, ListToolsParams params) {
    return listAll(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Every tool of a connector from {@code params.page()} on (default 1), fetched page by page:
   * nothing is fetched before iteration starts, and each page when iteration reaches it. Paging
   * stops at the first page shorter than the page size, or when the server answers a page with
   * the same tools as the one before (a server that ignores {@code page}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size (default 100), refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return a lazy iterable; each iteration starts again from the first page
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   */
  public AutoPager<McpTool> listAll(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return calls.listAll(connectorIdOrName, params, requestOptions).autoPager(transport);
  }


  /**
   * Calls a tool ({@code connector_call_tool_v1}) with the connector's default credentials. Not
   * retried once the server may have run the tool, unless the request options allow it.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed (sent percent-encoded)
   * @param arguments the tool's arguments; values are converted to JSON with the SDK's mapper
   * @return the tool's result; check {@link io.github.mistral4j.connectors.mcp.ToolCallResult#isError() isError()}
   */
  public ConnectorToolCallResponse call(String connectorIdOrName, String toolName, Map<String, ?> arguments) {
    return call(connectorIdOrName, toolName, arguments, RequestOptions.none());
  }

  /**
   * Calls a tool ({@code connector_call_tool_v1}) with the connector's default credentials.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed
   * @param arguments the tool's arguments
   * @param requestOptions per-call options
   * @return the tool's result
   */
  public ConnectorToolCallResponse call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions) {
    return transport.run(calls.call(connectorIdOrName, toolName, arguments, requestOptions));
  }

  /**
   * Calls a tool ({@code connector_call_tool_v1}) with the named credentials.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use ({@code ^[a-zA-Z0-9_-]{1,64}$}), or null for the default
   * @return the tool's result
   */
  public ConnectorToolCallResponse call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName) {
    return call(connectorIdOrName, toolName, arguments, credentialsName, RequestOptions.none());
  }

  /**
   * Calls a tool ({@code connector_call_tool_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed (sent percent-encoded)
   * @param arguments the tool's arguments; values are converted to JSON with the SDK's mapper
   * @param credentialsName the credentials to use ({@code ^[a-zA-Z0-9_-]{1,64}$}), or null for the default
   * @param requestOptions per-call options
   * @return the tool's result; check {@link io.github.mistral4j.connectors.mcp.ToolCallResult#isError() isError()}
   * @throws IllegalArgumentException when a parameter breaks its rule or an argument cannot be
   *     converted to JSON
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public ConnectorToolCallResponse call(
      String connectorIdOrName,
      String toolName,
      Map<String, ?> arguments,
      @Nullable String credentialsName,
      RequestOptions requestOptions) {
    return transport.run(calls.call(connectorIdOrName, toolName, arguments, credentialsName, requestOptions));
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawToolsService withRawResponse() {
    return RawViews.of(RawToolsService.class, this);
  }
}
