package io.github.mistral4j.tools.internal;

import io.github.mistral4j.connectors.ListToolsParams;
import io.github.mistral4j.connectors.ToolsService;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.tools.ConnectorSource;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Lists every page of a connector's tools and converts each into a framework's definition. A tool
 * listed twice is used once; a tool that cannot be converted is skipped and logged, never dropping
 * the others.
 *
 * @param <T> the framework's tool definition
 */
public final class ToolLister<T> {
  /**
   * One listed tool.
   *
   * @param toolName the tool's name on the connector
   * @param definition the converted definition
   * @param <T> the framework's tool definition
   */
  public record Listed<T>(String toolName, T definition) {}

  private final ToolsService tools;
  private final BiFunction<ConnectorSource, McpTool, T> converter;
  private final System.Logger log;

  /**
   * Creates a lister.
   *
   * @param tools the connectors client's tools
   * @param converter turns a listed tool into a definition
   * @param log where skipped tools are reported
   */
  public ToolLister(ToolsService tools, BiFunction<ConnectorSource, McpTool, T> converter, System.Logger log) {
    this.tools = Objects.requireNonNull(tools, "tools");
    this.converter = Objects.requireNonNull(converter, "converter");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Lists the tools of one connector.
   *
   * @param source the connector and its credentials
   * @param refresh whether the server should refresh its list first
   * @return the tools, in the server's order
   */
  public List<Listed<T>> list(ConnectorSource source, boolean refresh) {
    ListToolsParams.Builder params = ListToolsParams.builder().credentialsName(source.credentialsName());
    if (refresh) {
      params.refresh(true);
    }
    List<Listed<T>> listed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (McpTool tool : tools.listAll(source.idOrName(), params.build())) {
      try {
        tool.name();
      } catch (MistralInvalidDataException e) {
        log.log(Level.WARNING, "Connector ''{0}'' lists a tool without a name; it is skipped", source.idOrName());
        continue;
      }
      if (!seen.add(tool.name())) {
        log.log(Level.WARNING, "Connector ''{0}'' lists tool ''{1}'' more than once; the first one is used", source.idOrName(), tool.name());
        continue;
      }
      try {
        listed.add(new Listed<>(tool.name(), converter.apply(source, tool)));
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "Skipping tool ''" + tool.name() + "'' of connector ''" + source.idOrName() + "'': " + e, e);
      }
    }
    return List.copyOf(listed);
  }
}
