package io.github.mistral4j.langchain4j.internal;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.langchain4j.ConnectorSource;
import io.github.mistral4j.tools.ToolSettings;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code ConnectorToolProvider.Builder} collects besides the client: the connectors, the
 * user's filters and name mapper (seeing the bridge's {@link ConnectorSource}s), the executor
 * wrapper, and the settings of the tools core, which checks the cache, timeout and retry values.
 * Not thread-safe, like the builder.
 */
public final class ProviderConfig {
  private final ConnectorSources sources = new ConnectorSources();
  private final ToolSettings.Builder<ToolSpecification> settings;
  private Function<ToolExecutor, ToolExecutor> toolWrapper = Function.identity();

  /**
   * Creates an empty configuration.
   *
   * @param logger where skipped connectors and tools are logged
   */
  public ProviderConfig(System.Logger logger) {
    this.settings = ToolSettings.<ToolSpecification>builder().logger(logger);
  }

  /**
   * Adds a connector.
   *
   * @param source the connector
   * @throws IllegalArgumentException when the same source was added before
   */
  public void connector(ConnectorSource source) {
    settings.connector(sources.add(Objects.requireNonNull(source, "source")));
  }

  /**
   * Adds a filter; every filter must accept a tool.
   *
   * @param filter the predicate
   */
  public void filter(BiPredicate<ConnectorSource, ToolSpecification> filter) {
    settings.filter(sources.filter(Objects.requireNonNull(filter, "filter")));
  }

  /**
   * Sets the name mapper.
   *
   * @param toolNameMapper the mapper; a null answer keeps the default name
   */
  public void toolNameMapper(BiFunction<ConnectorSource, ToolSpecification, @Nullable String> toolNameMapper) {
    settings.toolNameMapper(sources.mapper(Objects.requireNonNull(toolNameMapper, "toolNameMapper")));
  }

  /**
   * Sets the executor wrapper.
   *
   * @param toolWrapper given the provider's executor, returns the one LangChain4j uses
   */
  public void toolWrapper(Function<ToolExecutor, ToolExecutor> toolWrapper) {
    this.toolWrapper = Objects.requireNonNull(toolWrapper, "toolWrapper");
  }

  /** {@return the settings of the tools core: failures, cache, timeout, retries, clock} */
  public ToolSettings.Builder<ToolSpecification> settings() {
    return settings;
  }

  /**
   * The tools for a new provider.
   *
   * @param client the client that lists and calls the tools
   * @return the tools
   * @throws IllegalStateException when no connector was given
   */
  public ProvidedTools build(ConnectorsClient client) {
    return new ProvidedTools(Objects.requireNonNull(client, "client"), settings.build(), sources, toolWrapper);
  }
}
