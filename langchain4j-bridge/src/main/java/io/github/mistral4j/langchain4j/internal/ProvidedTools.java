package io.github.mistral4j.langchain4j.internal;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.IllegalConfigurationException;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.langchain4j.ConnectorSource;
import io.github.mistral4j.tools.ConnectorTool;
import io.github.mistral4j.tools.ConnectorTools;
import io.github.mistral4j.tools.ToolNameCollisionException;
import io.github.mistral4j.tools.ToolSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tools core seen from LangChain4j: each connector tool becomes a {@link ToolSpecification}
 * under its name for the model, with a {@link ConnectorToolExecutor} (wrapped as the user asked)
 * that calls it on its own connector. Thread-safe.
 */
public final class ProvidedTools {
  private final ConnectorTools<ToolSpecification> tools;
  private final ConnectorSources sources;
  private final List<ConnectorSource> connectors;
  private final Function<ToolExecutor, ToolExecutor> toolWrapper;

  /**
   * Creates the tools.
   *
   * @param client the client that lists and calls the tools
   * @param settings the settings of the tools core, whose connectors were added to {@code sources}
   * @param sources the connectors as configured
   * @param toolWrapper wraps each executor
   */
  public ProvidedTools(
      ConnectorsClient client,
      ToolSettings<ToolSpecification> settings,
      ConnectorSources sources,
      Function<ToolExecutor, ToolExecutor> toolWrapper) {
    this.tools = ConnectorTools.create(
        Objects.requireNonNull(client, "client"),
        (source, tool) -> ToolSpecificationFactory.create(source.idOrName(), tool),
        Objects.requireNonNull(settings, "settings"));
    this.sources = Objects.requireNonNull(sources, "sources");
    this.connectors = sources.list();
    this.toolWrapper = Objects.requireNonNull(toolWrapper, "toolWrapper");
  }

  /**
   * The tools of every connector, filtered and named for the model.
   *
   * @return the specifications and their executors
   * @throws IllegalConfigurationException when two tools end with the same name
   */
  public ToolProviderResult result() {
    List<ConnectorTool<ToolSpecification>> named;
    try {
      named = tools.tools();
    } catch (ToolNameCollisionException e) {
      throw new IllegalConfigurationException(e.getMessage());
    }
    ToolProviderResult.Builder result = ToolProviderResult.builder();
    for (ConnectorTool<ToolSpecification> tool : named) {
      ConnectorToolExecutor executor = new ConnectorToolExecutor(tool, sources.configured(tool.source()));
      result.add(tool.definition().toBuilder().name(tool.name()).build(), toolWrapper.apply(executor));
    }
    return result.build();
  }

  /** Drops every cached tool list; the next listing asks the server to refresh them. */
  public void refresh() {
    tools.refresh();
  }

  /** {@return the connectors whose tools are offered, in order} */
  public List<ConnectorSource> connectors() {
    return connectors;
  }

  /** {@return the connectors and the call settings, as the provider's {@code toString} shows them} */
  public String describe() {
    ToolSettings<ToolSpecification> settings = tools.settings();
    return "connectors=" + connectors + ", failIfOneConnectorFails=" + settings.failIfOneConnectorFails()
        + ", callTimeout=" + settings.callTimeout() + ", callMaxRetries=" + settings.callMaxRetries();
  }
}
