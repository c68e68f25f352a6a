package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.Checks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.connectors.internal.CallToolBody;
import io.github.mistral4j.connectors.internal.Responses;
import io.github.mistral4j.connectors.internal.ToolsApi;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.JsonProblems;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.model.AutoPager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tools of a connector: list them ({@code list_tools}) and call them ({@code call_tool}).
 * Get it from {@link ConnectorsClient#tools()}. A connector is named by its UUID or its name.
 */
public final class ToolsService {
  /** The page size {@link #listAll} uses when none is given (the contract's default). */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final MistralTransport transport;
  private final ToolsApi api;

  ToolsService(MistralTransport transport) {
    this.transport = transport;
    this.api = transport.api(ToolsApi.class);
  }

  /**
   * Lists the first page of a connector's tools ({@code connector_list_tools_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools, at most 100
   */
  public List<McpTool> list(String connectorIdOrName) {
    return list(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of a connector's tools ({@code connector_list_tools_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools of the page
   */
  public List<McpTool> list(String connectorIdOrName, ListToolsParams params) {
    return list(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Lists one page of a connector's tools ({@code connector_list_tools_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options
   * @return the tools of the page
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public List<McpTool> list(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return transport.call(
        requestOptions,
        () ->
            Responses.items(
                api.listTools(id, params.page(), params.pageSize(), params.refresh(), null, params.credentialsName()),
                "list_tools"));
  }

  /**
   * Same as {@link #list(String)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools, at most 100
   */
  public List<McpTool> listTools(String connectorIdOrName) {
    return list(connectorIdOrName);
  }

  /**
   * Same as {@link #list(String, ListToolsParams)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools of the page
   */
  public List<McpTool> listTools(String connectorIdOrName, ListToolsParams params) {
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
  public List<McpTool> listTools(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return list(connectorIdOrName, params, requestOptions);
  }

  /**
   * Lists one page of tools in the simplified form ({@code pretty=true}): name, description,
   * annotations and a compact input schema, as free-form JSON objects.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the tools as JSON (copies the caller may modify)
   */
  public List<JsonNode> listPretty(String connectorIdOrName) {
    return listPretty(connectorIdOrName, ListToolsParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of tools in the simplified form ({@code pretty=true}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the tools as JSON
   */
  public List<JsonNode> listPretty(String connectorIdOrName, ListToolsParams params) {
    return listPretty(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * Lists one page of tools in the simplified form ({@code pretty=true}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options
   * @return the tools as JSON
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public List<JsonNode> listPretty(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return transport.call(
        requestOptions,
        () ->
            Responses.items(
                api.listToolsAsJson(id, params.page(), params.pageSize(), params.refresh(), true, params.credentialsName()),
                "list_tools"));
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
   * Every tool of a connector from {@code params.page()} on (default 1), fetched page by page.
   * Paging stops at the first page shorter than the page size, or when the server answers a page
   * with the same tools as the one before (a server that ignores {@code page}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params first page, page size (default 100), refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return a lazy iterable
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   */
  public AutoPager<McpTool> listAll(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    int first = params.page() == null ? 1 : params.page();
    int size = params.pageSize() == null ? DEFAULT_PAGE_SIZE : params.pageSize();
    return AutoPager.byPageNumber(first, size, page -> list(id, params.toBuilder().page(page).pageSize(size).build(), requestOptions));
  }

  /**
   * Calls a tool ({@code connector_call_tool_v1}) with the connector's default credentials. Not
   * retried once the server may have run the tool, unless the request options allow it.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed (sent percent-encoded)
   * @param arguments the tool's arguments; values are converted to JSON with the SDK's mapper
   * @return the tool's result; check {@link ConnectorToolCallResponse#isError()}
   */
  public ConnectorToolCallResponse call(String connectorIdOrName, String toolName, Map<String, ?> arguments) {
    return call(connectorIdOrName, toolName, arguments, null, RequestOptions.none());
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
    return call(connectorIdOrName, toolName, arguments, null, requestOptions);
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
   * @return the tool's result; check {@link ConnectorToolCallResponse#isError()}
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
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    String tool = PathParams.segment("tool_name", toolName);
    Checks.name("credentials_name", credentialsName);
    Objects.requireNonNull(requestOptions, "requestOptions");
    CallToolBody body = new CallToolBody(toJson(arguments));
    return transport.call(requestOptions, () -> api.callTool(id, tool, credentialsName, body));
  }

  /**
   * Same as {@link #call(String, String, Map)}; named after the operation.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name
   * @param arguments the tool's arguments
   * @return the tool's result
   */
  public ConnectorToolCallResponse callTool(String connectorIdOrName, String toolName, Map<String, ?> arguments) {
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
  public ConnectorToolCallResponse callTool(
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
  public ConnectorToolCallResponse callTool(
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
  public ConnectorToolCallResponse callTool(
      String connectorIdOrName,
      String toolName,
      Map<String, ?> arguments,
      @Nullable String credentialsName,
      RequestOptions requestOptions) {
    return call(connectorIdOrName, toolName, arguments, credentialsName, requestOptions);
  }

  private ObjectNode toJson(Map<String, ?> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    JsonNode tree;
    try {
      tree = transport.mapper().valueToTree(arguments);
    } catch (IllegalArgumentException e) {
      // Jackson's message may quote an argument (a token): say what and where only
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalArgumentException(
          "arguments could not be converted to JSON: " + JsonProblems.describe(cause), JsonProblems.redacted(e));
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalArgumentException("arguments must convert to a JSON object");
    }
    return object;
  }
}
