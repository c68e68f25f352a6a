package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import io.github.mistral4j.connectors.ToolsService;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.ConnectorSource;
import io.github.mistral4j.langchain4j.ConnectorToolException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs one connector tool for LangChain4j. It is bound to the connector and the tool's original
 * name (whatever name the model used): it parses the model's arguments, calls {@code call_tool}
 * with the provider's timeout and retries, and returns the formatted result. Tool errors and
 * failed calls are thrown as {@link ConnectorToolException}s with a clean message.
 */
public final class ConnectorToolExecutor implements ToolExecutor {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final ToolsService tools;
  private final ConnectorSource source;
  private final String toolName;
  private final RequestOptions callOptions;
  private final ToolErrors errors;
  private final Runnable onToolNotFound;
  private final ToolCallReporter report;

  /**
   * Creates an executor.
   *
   * @param tools the connectors client's tools
   * @param source the connector and its credentials
   * @param toolName the tool's name on the connector
   * @param callOptions timeout and retries of each call
   * @param errors the error translator of this tool
   * @param onToolNotFound run when the server says the tool does not exist (drops the cached list)
   * @param report told of every call's start and end (connector, tool, duration, error or not; never arguments)
   */
  public ConnectorToolExecutor(
      ToolsService tools,
      ConnectorSource source,
      String toolName,
      RequestOptions callOptions,
      ToolErrors errors,
      Runnable onToolNotFound,
      ToolCallReporter report) {
    this.tools = Objects.requireNonNull(tools, "tools");
    this.source = Objects.requireNonNull(source, "source");
    this.toolName = Objects.requireNonNull(toolName, "toolName");
    this.callOptions = Objects.requireNonNull(callOptions, "callOptions");
    this.errors = Objects.requireNonNull(errors, "errors");
    this.onToolNotFound = Objects.requireNonNull(onToolNotFound, "onToolNotFound");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The connector this executor calls. */
  public ConnectorSource source() {
    return source;
  }

  /** The tool's name on the connector. */
  public String toolName() {
    return toolName;
  }

  @Override
  public String execute(ToolExecutionRequest request, @Nullable Object memoryId) {
    ToolCallReporter.Call started = report.started(source.idOrName(), toolName);
    RuntimeException failure = null;
    try {
      return format(call(request));
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      started.ended(failure);
    }
  }

  @Override
  public ToolExecutionResult executeWithContext(ToolExecutionRequest request, @Nullable InvocationContext context) {
    ToolCallReporter.Call started = report.started(source.idOrName(), toolName);
    RuntimeException failure = null;
    try {
      return result(call(request));
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      started.ended(failure);
    }
  }

  private ToolExecutionResult result(ConnectorToolCallResponse response) {
    String text = format(response);
    JsonNode structured = response.structuredContent();
    ToolExecutionResult.Builder result = ToolExecutionResult.builder().resultText(text);
    if (structured != null && structured.isObject()) {
      result.result(Json.mapper().convertValue(structured, MAP));
    }
    return result.build();
  }

  private ConnectorToolCallResponse call(ToolExecutionRequest request) {
    Map<String, Object> arguments;
    try {
      arguments = ArgumentParser.parse(request.name() == null ? toolName : request.name(), request.arguments());
    } catch (ArgumentParser.InvalidArgumentsException e) {
      throw errors.invalidArguments(e.getMessage());
    }
    try {
      return tools.call(source.idOrName(), toolName, arguments, source.credentialsName(), callOptions);
    } catch (RuntimeException e) {
      ConnectorToolException failure = errors.translate(e);
      if (failure.reason() == ConnectorToolException.Reason.NOT_FOUND) {
        onToolNotFound.run();
      }
      throw failure;
    }
  }

  private String format(ConnectorToolCallResponse response) {
    String text = ToolResultFormatter.format(response);
    if (response.isError()) {
      throw errors.toolError(response.content().isEmpty() && response.structuredContent() == null ? "" : text);
    }
    return text;
  }
}
