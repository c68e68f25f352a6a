package io.github.mistral4j.langchain4j;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.IllegalConfigurationException;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.langchain4j.internal.ProvidedTools;
import io.github.mistral4j.langchain4j.internal.ProviderConfig;
import io.github.mistral4j.tools.ConnectorTools;
import io.github.mistral4j.tools.ConnectorToolsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Offers the tools of one or more Mistral connectors to a LangChain4j AI service. Tools are
 * listed with {@code list_tools} (every page), converted to {@link ToolSpecification}s and run with
 * {@code call_tool} on the connector and under the tool name they came from, whatever name the
 * model sees.
 *
 * <pre>{@code
 * ConnectorToolProvider tools = ConnectorToolProvider.builder()
 *     .client(connectors)
 *     .connectors("weather", "github")
 *     .build();
 * Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).toolProvider(tools).build();
 * }</pre>
 *
 * <ul>
 *   <li>Names: each name is made to match {@code ^[a-zA-Z0-9_-]{1,64}$} (other characters become
 *       {@code _}; a long name is cut and ends with a stable hash). Two connectors exposing the
 *       same tool name are a configuration error unless a {@linkplain ConnectorSource.Builder#prefix
 *       prefix} or a {@linkplain Builder#toolNameMapper name mapper} tells them apart.
 *   <li>Caching: tool lists are kept for {@linkplain Builder#cacheTtl a time to live} (default 5
 *       minutes), since LangChain4j asks for tools on every call of the AI service. {@link
 *       #refresh()} drops them and makes the next listing ask the server for fresh lists. A call
 *       answered with 404 drops the list of its connector.
 *   <li>Failures: by default a connector whose tools cannot be listed is skipped and logged
 *       (System.Logger, WARNING); {@link Builder#failIfOneConnectorFails(boolean)} makes it fail
 *       the whole request. A tool whose schema cannot be converted never drops the other tools.
 *   <li>Calls: each call has a timeout (default 60 s) and, because a tool may have side effects,
 *       is not retried on server errors or timeouts unless {@link Builder#callMaxRetries(int)} says
 *       so (rate limits and connections that never reached the server are retried by the client). Tool errors and failed calls become {@link ConnectorToolException}s, whose message
 *       LangChain4j's default error handler hands to the model.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class ConnectorToolProvider implements ToolProvider {
  /** How long tool lists are kept when {@link Builder#cacheTtl(Duration)} is not set. */
  public static final Duration DEFAULT_CACHE_TTL = ConnectorTools.DEFAULT_CACHE_TTL;

  /** The per-call timeout when {@link Builder#callTimeout(Duration)} is not set. */
  public static final Duration DEFAULT_CALL_TIMEOUT = ConnectorTools.DEFAULT_CALL_TIMEOUT;

  private final ProvidedTools tools;

  private ConnectorToolProvider(ProvidedTools tools) {
    this.tools = tools;
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the connectors whose tools are offered, in order} */
  public List<ConnectorSource> connectors() {
    return tools.connectors();
  }

  /**
   * The tools of every connector, filtered and named for the model.
   *
   * @param request LangChain4j's request (not used: the tools do not depend on the message)
   * @return the tools and their executors
   * @throws IllegalConfigurationException when two tools end with the same name
   * @throws MistralException when a connector cannot be listed and {@link
   *     Builder#failIfOneConnectorFails(boolean)} is set
   */
  @Override
  public ToolProviderResult provideTools(@Nullable ToolProviderRequest request) {
    return tools.result();
  }

  /**
   * Drops every cached tool list. The next {@link #provideTools} lists the tools again and asks
   * the server to refresh each connector's list ({@code refresh=true}).
   */
  public void refresh() {
    tools.refresh();
  }

  @Override
  public String toString() {
    return "ConnectorToolProvider{" + tools.describe() + '}';
  }

  /**
   * Builds a {@link ConnectorToolProvider}. The client, connectors by name, the filter by tool
   * name, the cache and the call settings are those of {@link ConnectorToolsBuilder}; this builder
   * adds the connector sources, the filter and name mapper seeing LangChain4j's {@link
   * ToolSpecification}, the executor wrapper and {@link #build()}.
   */
  public static final class Builder extends ConnectorToolsBuilder<Builder> {
    private final ProviderConfig config;

    private Builder() {
      this(new ProviderConfig(System.getLogger(ConnectorToolProvider.class.getName())));
    }

    private Builder(ProviderConfig config) {
      super(config.settings());
      this.config = config;
    }

    /**
     * Adds a connector, with credentials and a prefix if the source has them.
     *
     * @param source the connector
     * @return this builder
     * @throws IllegalArgumentException when the same source was added before
     */
    public Builder connector(ConnectorSource source) {
      config.connector(source);
      return this;
    }

    /**
     * Adds a connector given by id or name as this bridge's {@link ConnectorSource}, the type its
     * filters and name mapper see.
     *
     * @param source the connector
     * @return this builder
     * @throws IllegalArgumentException when the same source was added before
     */
    @Override
    protected Builder addConnector(io.github.mistral4j.tools.ConnectorSource source) {
      return connector(ConnectorSource.holding(source));
    }

    /**
     * Keeps only the tools the predicate accepts. It sees each tool's specification before
     * renaming: its name on the connector, description and {@link ConnectorToolMetadata}. Several
     * filters must all accept a tool.
     *
     * @param filter the predicate
     * @return this builder
     */
    public Builder filter(BiPredicate<ConnectorSource, ToolSpecification> filter) {
      config.filter(filter);
      return this;
    }

    /**
     * Names the tools for the model instead of the default ({@linkplain ConnectorSource#prefix()
     * prefix} plus tool name). The mapper sees the tool's specification before renaming; a null
     * answer keeps the default. Its answer is still sanitised to {@code ^[a-zA-Z0-9_-]{1,64}$}.
     *
     * @param toolNameMapper the mapper
     * @return this builder
     */
    public Builder toolNameMapper(BiFunction<ConnectorSource, ToolSpecification, String> toolNameMapper) {
      config.toolNameMapper(toolNameMapper);
      return this;
    }

    /**
     * Wraps each tool executor, e.g. for tracing or approval.
     *
     * @param toolWrapper given the provider's executor, returns the one LangChain4j uses
     * @return this builder
     */
    public Builder toolWrapper(Function<ToolExecutor, ToolExecutor> toolWrapper) {
      config.toolWrapper(toolWrapper);
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     * @throws IllegalStateException when no client or no connector was given
     */
    public ConnectorToolProvider build() {
      return new ConnectorToolProvider(config.build(requireClient()));
    }
  }
}
