package io.github.mistral4j.tools.internal;

import io.github.mistral4j.connectors.ToolsService;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.tools.ConnectorSource;
import io.github.mistral4j.tools.ConnectorToolCallException;
import io.github.mistral4j.tools.ConnectorToolResult;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs one connector tool. It is bound to the connector and the tool's original name (whatever
 * name the model used): it parses the model's arguments, calls {@code call_tool} with the
 * configured timeout and retries, formats the result and reports the call to the client's
 * listeners. Tool errors and failed calls are thrown as {@link ConnectorToolCallException}s with a
 * clean message.
 */
public final class ToolCaller {
  private final ToolsService tools;
  private final ConnectorSource source;
  private final String toolName;
  private final RequestOptions callOptions;
  private final ToolErrors errors;
  private final Runnable onToolNotFound;
  private final ToolCallReporter report;

  /**
   * Creates a caller.
   *
   * @param tools the connectors client's tools
   * @param source the connector and its credentials
   * @param toolName the tool's name on the connector
   * @param callOptions timeout and retries of each call
   * @param errors the error translator of this tool
   * @param onToolNotFound run when the server says the tool does not exist (drops the cached list)
   * @param report told of every call's start and end (connector, tool, duration, error or not; never arguments)
   */
  public ToolCaller(
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

  /**
   * Calls the tool.
   *
   * @param calledAs the name the model called the tool by, for messages
   * @param arguments the model's arguments: one JSON object, or blank for none
   * @return the result
   * @throws ConnectorToolCallException when the arguments are unreadable, the call fails or the
   *     tool reports an error
   */
  public ConnectorToolResult call(String calledAs, @Nullable String arguments) {
    ToolCallReporter.Call started = report.started(source.idOrName(), toolName);
    RuntimeException failure = null;
    try {
      ConnectorToolCallResponse response = invoke(calledAs, arguments);
      return new ConnectorToolResult(format(response), response);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      started.ended(failure);
    }
  }

  private ConnectorToolCallResponse invoke(String calledAs, @Nullable String raw) {
    Map<String, Object> arguments;
    try {
      arguments = ArgumentParser.parse(calledAs, raw);
    } catch (ArgumentParser.InvalidArgumentsException e) {
      throw errors.invalidArguments(e.getMessage());
    }
    try {
      return tools.call(source.idOrName(), toolName, arguments, source.credentialsName(), callOptions);
    } catch (RuntimeException e) {
      ConnectorToolCallException failure = errors.translate(e);
      if (failure.reason() == ConnectorToolCallException.Reason.NOT_FOUND) {
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
