package io.github.mistral4j.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link ToolsService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ToolsService}.
 */
public interface RawToolsService {
  /**
   * {@link ToolsService#list(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the first page
   */
  RawResponse<Page<McpTool>> list(String connectorIdOrName);

  /**
   * {@link ToolsService#list(String, ListToolsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page (default 1), page size (default 100), refresh, credentials
   * @return the response; {@link RawResponse#parse()} gives the page
   */
  RawResponse<Page<McpTool>> list(String connectorIdOrName, ListToolsParams params);

  /**
   * {@link ToolsService#list(String, ListToolsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page (default 1), page size (default 100), refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the response; {@link RawResponse#parse()} gives the page
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Page<McpTool>> list(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions);

  /**
   * {@link ToolsService#listPretty(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the first page; {@link Page#autoPager()} gives every tool
   */
  RawResponse<Page<JsonNode>> listPretty(String connectorIdOrName);

  /**
   * {@link ToolsService#listPretty(String, ListToolsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @return the response; {@link RawResponse#parse()} gives the page
   */
  RawResponse<Page<JsonNode>> listPretty(String connectorIdOrName, ListToolsParams params);

  /**
   * {@link ToolsService#listPretty(String, ListToolsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params page, page size, refresh, credentials
   * @param requestOptions per-call options, used for every page
   * @return the response; {@link RawResponse#parse()} gives the page of tools as JSON (copies the caller may modify)
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Page<JsonNode>> listPretty(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions);

  /**
   * {@link ToolsService#call(String, String, Map)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed (sent percent-encoded)
   * @param arguments the tool's arguments; values are converted to JSON with the SDK's mapper
   * @return the response; {@link RawResponse#parse()} gives the tool's result; check {@link ConnectorToolCallResponse#isError()}
   */
  RawResponse<ConnectorToolCallResponse> call(String connectorIdOrName, String toolName, Map<String, ?> arguments);

  /**
   * {@link ToolsService#call(String, String, Map, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed
   * @param arguments the tool's arguments
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the tool's result
   */
  RawResponse<ConnectorToolCallResponse> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions);

  /**
   * {@link ToolsService#call(String, String, Map, String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed
   * @param arguments the tool's arguments
   * @param credentialsName the credentials to use ({@code ^[a-zA-Z0-9_-]{1,64}$}), or null for the default
   * @return the response; {@link RawResponse#parse()} gives the tool's result
   */
  RawResponse<ConnectorToolCallResponse> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName);

  /**
   * {@link ToolsService#call(String, String, Map, String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param toolName the tool's name, as listed (sent percent-encoded)
   * @param arguments the tool's arguments; values are converted to JSON with the SDK's mapper
   * @param credentialsName the credentials to use ({@code ^[a-zA-Z0-9_-]{1,64}$}), or null for the default
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the tool's result; check {@link ConnectorToolCallResponse#isError()}
   * @throws IllegalArgumentException when a parameter breaks its rule or an argument cannot be converted to JSON
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<ConnectorToolCallResponse> call(String connectorIdOrName, String toolName, Map<String, ?> arguments, @Nullable String credentialsName, RequestOptions requestOptions);
}
