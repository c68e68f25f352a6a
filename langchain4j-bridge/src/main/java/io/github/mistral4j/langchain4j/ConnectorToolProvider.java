package io.github.mistral4j.langchain4j;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.IllegalConfigurationException;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.langchain4j.internal.ProvidedTools;
import io.github.mistral4j.langchain4j.internal.ProviderConfig;
import io.github.mistral4j.tools.ConnectorTools;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  /** Builds a {@link ConnectorToolProvider}. */
  public static final class Builder {
    private final ProviderConfig config = new ProviderConfig(System.getLogger(ConnectorToolProvider.class.getName()));

    private Builder() {}

    /**
     * The client that lists and calls the tools (required). The provider does not close it.
     *
     * @param client a connectors client
     * @return this builder
     */
    public Builder client(ConnectorsClient client) {
      config.client(client);
      return this;
    }

    /**
     * Adds a connector with its default credentials and no prefix.
     *
     * @param idOrName the connector's UUID or name
     * @return this builder
     * @throws IllegalArgumentException when it is neither a UUID nor a valid name, or added twice
     */
    public Builder connector(String idOrName) {
      return connector(ConnectorSource.of(idOrName));
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
     * Adds connectors with their default credentials and no prefix.
     *
     * @param idsOrNames the connectors' UUIDs or names
     * @return this builder
     */
    public Builder connectors(String... idsOrNames) {
      Arrays.stream(Objects.requireNonNull(idsOrNames, "idsOrNames")).forEach(this::connector);
      return this;
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
     * Keeps only the tools with these names on their connector (before prefixing).
     *
     * @param toolNames the names to keep
     * @return this builder
     */
    public Builder filterToolNames(String... toolNames) {
      return filterToolNames(Arrays.asList(Objects.requireNonNull(toolNames, "toolNames")));
    }

    /**
     * Keeps only the tools with these names on their connector (before prefixing).
     *
     * @param toolNames the names to keep
     * @return this builder
     */
    public Builder filterToolNames(Collection<String> toolNames) {
      Set<String> names = Set.copyOf(Objects.requireNonNull(toolNames, "toolNames"));
      return filter((source, tool) -> names.contains(tool.name()));
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
     * Whether one connector whose tools cannot be listed fails the whole request (a {@link
     * MistralException}) instead of being skipped and logged. Default: false.
     *
     * @param failIfOneConnectorFails true to fail
     * @return this builder
     */
    public Builder failIfOneConnectorFails(boolean failIfOneConnectorFails) {
      config.settings().failIfOneConnectorFails(failIfOneConnectorFails);
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
     * How long a connector's tool list is used before it is listed again. Default 5 minutes;
     * zero lists on every request.
     *
     * @param cacheTtl zero or more
     * @return this builder
     */
    public Builder cacheTtl(Duration cacheTtl) {
      config.settings().cacheTtl(cacheTtl);
      return this;
    }

    /**
     * The timeout of each tool call. Default 60 seconds.
     *
     * @param callTimeout positive
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      config.settings().callTimeout(callTimeout);
      return this;
    }

    /**
     * How many times a failed tool call is retried, with the client's backoff, including server
     * errors and timeouts: calls the server may have run. By default a tool call follows the
     * client's retry policy only where it is safe for a tool with side effects (a rate limit, or a
     * connection that never reached the server) and is never repeated after a server error or a
     * timeout. 0 disables every retry.
     *
     * @param callMaxRetries zero or more
     * @return this builder
     */
    public Builder callMaxRetries(int callMaxRetries) {
      config.settings().callMaxRetries(callMaxRetries);
      return this;
    }

    /**
     * The clock the tool-list cache reads. Default: the system clock.
     *
     * @param clock a clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      config.settings().clock(clock);
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     * @throws IllegalStateException when no client or no connector was given
     */
    public ConnectorToolProvider build() {
      return new ConnectorToolProvider(config.build());
    }
  }
}
