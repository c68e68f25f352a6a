package io.github.mistral4j.springai;

import io.github.mistral4j.springai.internal.Described;
import io.github.mistral4j.tools.ConnectorSource;
import io.github.mistral4j.tools.ConnectorTool;
import io.github.mistral4j.tools.ConnectorToolCallException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.DefaultToolDefinition;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.execution.ToolExecutionException;

/**
 * One connector tool as a Spring AI {@link ToolCallback}. Its definition carries the name the
 * model sees, the tool's description and its MCP input schema as JSON; {@link #call(String)} runs
 * {@code call_tool} on the connector and under the tool name it came from.
 *
 * <p>A failure (a tool error, bad arguments, a failed call) is thrown as a {@link
 * ToolExecutionException} whose cause is a {@link ConnectorToolCallException}: Spring AI's default
 * exception processor sends its message to the model, and that message never holds a URL of the
 * API, a token or a stack trace.
 */
public final class ConnectorToolCallback implements ToolCallback {
  private final ConnectorTool<Described> tool;
  private final ToolDefinition definition;

  ConnectorToolCallback(ConnectorTool<Described> tool) {
    this.tool = Objects.requireNonNull(tool, "tool");
    Described described = tool.definition();
    this.definition = DefaultToolDefinition.builder()
        .name(tool.name())
        .description(described.description())
        .inputSchema(described.inputSchema())
        .build();
  }

  /** {@return the name, description and input schema the model sees} */
  @Override
  public ToolDefinition getToolDefinition() {
    return definition;
  }

  /** {@return the connector this tool belongs to} */
  public ConnectorSource source() {
    return tool.source();
  }

  /** {@return the tool's name on its connector, before prefixing and sanitising} */
  public String toolName() {
    return tool.toolName();
  }

  /**
   * Calls the tool.
   *
   * @param toolInput the model's arguments, one JSON object
   * @return the result as text for the model
   * @throws ToolExecutionException when the call fails or the tool reports an error; its message
   *     is meant for the model
   */
  @Override
  public String call(String toolInput) {
    try {
      return tool.call(toolInput).text();
    } catch (ConnectorToolCallException e) {
      throw new ToolExecutionException(definition, e);
    }
  }

  /**
   * Calls the tool; the tool context is not sent to the connector.
   *
   * @param toolInput the model's arguments, one JSON object
   * @param toolContext Spring AI's tool context (not used)
   * @return the result as text for the model
   * @throws ToolExecutionException when the call fails or the tool reports an error
   */
  @Override
  public String call(String toolInput, @Nullable ToolContext toolContext) {
    return call(toolInput);
  }

  @Override
  public String toString() {
    return "ConnectorToolCallback{name=" + tool.name() + ", connector=" + tool.source().idOrName() + ", toolName=" + tool.toolName() + '}';
  }
}
