package io.github.mistral4j.tools;

import io.github.mistral4j.tools.internal.ToolCaller;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One connector tool as offered to a model: the name the model sees, the connector and the
 * tool's name there (the reverse map), the framework's definition of it, and {@link #call} to run
 * it with {@code call_tool} on the connector it came from.
 *
 * @param <T> the framework's tool definition (e.g. a LangChain4j {@code ToolSpecification})
 */
public final class ConnectorTool<T> {
  private final String name;
  private final ConnectorSource source;
  private final String toolName;
  private final T definition;
  private final ToolCaller caller;

  ConnectorTool(String name, ConnectorSource source, String toolName, T definition, ToolCaller caller) {
    this.name = name;
    this.source = source;
    this.toolName = toolName;
    this.definition = definition;
    this.caller = caller;
  }

  /** {@return the name the model sees: sanitised to {@code ^[a-zA-Z0-9_-]{1,64}$}, unique} */
  public String name() {
    return name;
  }

  /** {@return the connector the tool belongs to} */
  public ConnectorSource source() {
    return source;
  }

  /** {@return the tool's name on its connector, before prefixing and sanitising} */
  public String toolName() {
    return toolName;
  }

  /** {@return the framework's definition of the tool, as the converter made it} */
  public T definition() {
    return definition;
  }

  /**
   * Calls the tool with the model's arguments.
   *
   * @param arguments one JSON object, or {@code null} or blank for none
   * @return the result, whose text is meant for the model
   * @throws ConnectorToolCallException when the arguments are unreadable, the call fails or the
   *     tool reports an error; its message is meant for the model
   */
  public ConnectorToolResult call(@Nullable String arguments) {
    return caller.call(name, arguments);
  }

  /**
   * Calls the tool with the model's arguments.
   *
   * @param calledAs the name the model called the tool by, used in messages about bad arguments
   * @param arguments one JSON object, or {@code null} or blank for none
   * @return the result, whose text is meant for the model
   * @throws ConnectorToolCallException when the arguments are unreadable, the call fails or the
   *     tool reports an error; its message is meant for the model
   */
  public ConnectorToolResult call(String calledAs, @Nullable String arguments) {
    return caller.call(Objects.requireNonNull(calledAs, "calledAs"), arguments);
  }

  @Override
  public String toString() {
    return "ConnectorTool{name=" + name + ", connector=" + source.idOrName() + ", toolName=" + toolName + '}';
  }
}
