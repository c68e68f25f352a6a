package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorSource;
import io.github.mistral4j.langchain4j.ConnectorToolException;
import io.github.mistral4j.tools.ConnectorTool;
import io.github.mistral4j.tools.ConnectorToolCallException;
import io.github.mistral4j.tools.ConnectorToolResult;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs one connector tool for LangChain4j through the tools core, which parses the arguments,
 * calls {@code call_tool} on the tool's own connector and name, and formats the result. Failures
 * are rethrown as {@link ConnectorToolException}s with the core's clean message, which
 * LangChain4j's default error handler hands to the model.
 */
public final class ConnectorToolExecutor implements ToolExecutor {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final ConnectorTool<ToolSpecification> tool;
  private final ConnectorSource source;

  /**
   * Creates an executor.
   *
   * @param tool the named tool of the tools core
   * @param source the connector as the provider was configured with it
   */
  public ConnectorToolExecutor(ConnectorTool<ToolSpecification> tool, ConnectorSource source) {
    this.tool = Objects.requireNonNull(tool, "tool");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** {@return the connector this executor calls} */
  public ConnectorSource source() {
    return source;
  }

  /** {@return the tool's name on the connector} */
  public String toolName() {
    return tool.toolName();
  }

  @Override
  public String execute(ToolExecutionRequest request, @Nullable Object memoryId) {
    return call(request).text();
  }

  @Override
  public ToolExecutionResult executeWithContext(ToolExecutionRequest request, @Nullable InvocationContext context) {
    ConnectorToolResult called = call(request);
    JsonNode structured = called.structuredContent();
    ToolExecutionResult.Builder result = ToolExecutionResult.builder().resultText(called.text());
    if (structured != null && structured.isObject()) {
      result.result(Json.mapper().convertValue(structured, MAP));
    }
    return result.build();
  }

  private ConnectorToolResult call(ToolExecutionRequest request) {
    try {
      return tool.call(request.name() == null ? tool.toolName() : request.name(), request.arguments());
    } catch (ConnectorToolCallException e) {
      throw new ConnectorToolException(e);
    }
  }
}
