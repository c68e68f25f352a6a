package io.github.mistral4j.springai;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.springai.internal.Described;
import io.github.mistral4j.tools.ConnectorSource;
import io.github.mistral4j.tools.ConnectorTools;
import io.github.mistral4j.tools.ConnectorToolsBuilder;
import io.github.mistral4j.tools.ToolNameCollisionException;
import io.github.mistral4j.tools.ToolSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * Offers the tools of one or more Mistral connectors to Spring AI. Tools are listed with {@code
 * list_tools} (every page, cached for a time to live), named for the model and run with {@code
 * call_tool} on the connector and under the tool name they came from.
 *
 * <pre>{@code
 * ConnectorToolCallbackProvider tools = ConnectorToolCallbackProvider.builder()
 *     .client(connectors)
 *     .connector("weather")
 *     .connector(ConnectorSource.builder("github").credentialsName("work").prefix("gh_").build())
 *     .build();
 * String answer = ChatClient.create(chatModel).prompt("Weather in Paris?").toolCallbacks(tools).call().content();
 * }</pre>
 *
 * <p>Names, caching, failures and call rules are those of {@link ConnectorTools}: names match
 * {@code ^[a-zA-Z0-9_-]{1,64}$}; two connectors exposing the same tool name fail with a {@link
 * ToolNameCollisionException} unless a prefix or a name mapper tells them apart; a connector whose
 * tools cannot be listed is skipped and logged unless {@link Builder#failIfOneConnectorFails}; a
 * call times out after 60 s by default and is not retried after a server error or a timeout.
 *
 * <p>Thread-safe.
 */
public final class ConnectorToolCallbackProvider implements ToolCallbackProvider {
  private final ConnectorTools<Described> tools;

  private ConnectorToolCallbackProvider(ConnectorsClient client, ToolSettings<Described> settings) {
    this.tools = ConnectorTools.create(client, (source, tool) -> Described.of(tool), settings);
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the connectors whose tools are offered, in order} */
  public List<ConnectorSource> connectors() {
    return tools.settings().connectors();
  }

  /**
   * The tools of every connector, filtered and named for the model.
   *
   * @return one callback per tool
   * @throws ToolNameCollisionException when two tools end with the same name
   * @throws MistralException when a connector cannot be listed and {@link
   *     Builder#failIfOneConnectorFails(boolean)} is set
   */
  @Override
  public ToolCallback[] getToolCallbacks() {
    return tools.tools().stream().map(ConnectorToolCallback::new).toArray(ToolCallback[]::new);
  }

  /**
   * Drops every cached tool list; the next {@link #getToolCallbacks()} lists the tools again and
   * asks the server to refresh each connector's list.
   */
  public void refresh() {
    tools.refresh();
  }

  @Override
  public String toString() {
    return "ConnectorToolCallbackProvider{" + tools.settings() + '}';
  }

  /**
   * Builds a {@link ConnectorToolCallbackProvider}. The client, connectors by name, the filter by
   * tool name, the cache and the call settings are those of {@link ConnectorToolsBuilder}; this
   * builder adds the connector sources, the filter and name mapper seeing Spring AI's view of a
   * tool (the {@link McpTool} as listed), and {@link #build()}.
   */
  public static final class Builder extends ConnectorToolsBuilder<Builder> {
    private final ToolSettings.Builder<Described> settings;

    private Builder() {
      this(ToolSettings.<Described>builder().logger(System.getLogger(ConnectorToolCallbackProvider.class.getName())));
    }

    private Builder(ToolSettings.Builder<Described> settings) {
      super(settings);
      this.settings = settings;
    }

    /**
     * Adds a connector, with credentials and a prefix if the source has them.
     *
     * @param source the connector
     * @return this builder
     * @throws IllegalArgumentException when the same source was added before
     */
    public Builder connector(ConnectorSource source) {
      return addConnector(source);
    }

    /**
     * Keeps only the tools the predicate accepts; it sees each tool as listed, before renaming.
     * Several filters must all accept a tool.
     *
     * @param filter the predicate
     * @return this builder
     */
    public Builder filter(BiPredicate<ConnectorSource, McpTool> filter) {
      Objects.requireNonNull(filter, "filter");
      settings.filter((source, described) -> filter.test(source, described.tool()));
      return this;
    }

    /**
     * Names the tools for the model instead of the default (prefix plus tool name). A null answer
     * keeps the default; any answer is still sanitised to {@code ^[a-zA-Z0-9_-]{1,64}$}.
     *
     * @param toolNameMapper the mapper, given the tool as listed
     * @return this builder
     */
    public Builder toolNameMapper(BiFunction<ConnectorSource, McpTool, @Nullable String> toolNameMapper) {
      Objects.requireNonNull(toolNameMapper, "toolNameMapper");
      settings.toolNameMapper((source, described) -> toolNameMapper.apply(source, described.tool()));
      return this;
    }

    /**
     * Builds the provider. Nothing is listed until the tools are first asked for.
     *
     * @return the provider
     * @throws IllegalStateException when no client or no connector was given
     */
    public ConnectorToolCallbackProvider build() {
      ConnectorsClient client = requireClient();
      return new ConnectorToolCallbackProvider(client, settings.build());
    }
  }
}
