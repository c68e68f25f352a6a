package io.github.mistral4j.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.connectors.internal.CallToolBody;
import io.github.mistral4j.connectors.internal.Responses;
import io.github.mistral4j.connectors.internal.ToolsApi;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.JsonProblems;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link ToolsService} and of its async twin, one method per operation method
 * (same name and parameters): argument checks, the request and the post-processing. Short overloads
 * that only leave out trailing parameters with a {@code none()} have none: both classes call their
 * full overload.
 */
final class ToolsCalls {
  private final MistralTransport transport;
  private final ToolsApi api;

  ToolsCalls(MistralTransport transport) {
    this.transport = transport;
    this.api = transport.api(ToolsApi.class);
  }

  ApiCall<ConnectorToolCallResponse> call(
      String connectorIdOrName, String toolName, Map<String, ?> arguments, RequestOptions requestOptions) {
    return call(connectorIdOrName, toolName, arguments, null, requestOptions);
  }

  ApiCall<ConnectorToolCallResponse> call(
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
    return ApiCall.of(requestOptions, () -> api.callTool(id, tool, credentialsName, body));
  }

  Listing<McpTool> list(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return pages(connectorIdOrName, params, requestOptions,
        (id, page, size) -> api.listTools(id, page, size, params.refresh(), null, params.credentialsName()));
  }

  Listing<JsonNode> listPretty(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return pages(connectorIdOrName, params, requestOptions,
        (id, page, size) -> api.listToolsAsJson(id, page, size, params.refresh(), true, params.credentialsName()));
  }

  Listing<McpTool> listAll(String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions) {
    return list(connectorIdOrName, params, requestOptions);
  }

  /** One {@code list_tools} request for a connector, page number and page size. */
  @FunctionalInterface
  private interface PageRequest<T> {
    List<T> send(String connectorId, int page, int pageSize);
  }

  private static <T> Listing<T> pages(
      String connectorIdOrName, ListToolsParams params, RequestOptions requestOptions, PageRequest<T> request) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    int size = params.pageSize() == null ? ToolsService.DEFAULT_PAGE_SIZE : params.pageSize();
    int first = params.page() == null ? 1 : params.page();
    return Listing.byPageNumber(first, size, page ->
        ApiCall.of(requestOptions, () -> request.send(id, page, size))
            .map(items -> Responses.items(items, "list_tools")));
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
