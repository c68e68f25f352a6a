package io.github.mistral4j.tools;

import io.github.mistral4j.core.internal.SettingChecks;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ConnectorTools} offers and how: the connectors, which of their tools, under which
 * names, how long tool lists are cached and how each call is timed out and retried. Immutable.
 *
 * <pre>{@code
 * ToolSettings<McpTool> settings = ToolSettings.<McpTool>builder()
 *     .connectors("weather", "github")
 *     .filter((source, tool) -> !tool.name().startsWith("delete"))
 *     .callTimeout(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 *
 * @param <T> the framework's tool definition the filter and name mapper see
 */
public final class ToolSettings<T> {
  private final List<ConnectorSource> connectors;
  private final Predicate<String> toolNameFilter;
  private final BiPredicate<ConnectorSource, T> filter;
  private final @Nullable BiFunction<ConnectorSource, T, @Nullable String> toolNameMapper;
  private final boolean failIfOneConnectorFails;
  private final Duration cacheTtl;
  private final Duration callTimeout;
  private final @Nullable Integer callMaxRetries;
  private final Clock clock;
  private final System.Logger logger;

  private ToolSettings(Builder<T> b) {
    this.connectors = List.copyOf(b.connectors);
    this.toolNameFilter = b.toolNameFilter;
    this.filter = b.filter;
    this.toolNameMapper = b.toolNameMapper;
    this.failIfOneConnectorFails = b.failIfOneConnectorFails;
    this.cacheTtl = b.cacheTtl;
    this.callTimeout = b.callTimeout;
    this.callMaxRetries = b.callMaxRetries;
    this.clock = b.clock;
    this.logger = b.logger;
  }

  /**
   * A builder with the defaults.
   *
   * @param <T> the framework's tool definition
   * @return the builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** {@return the connectors whose tools are offered, in order} */
  public List<ConnectorSource> connectors() {
    return connectors;
  }

  /** {@return the predicate a tool's name on its connector must pass to be offered} */
  public Predicate<String> toolNameFilter() {
    return toolNameFilter;
  }

  /** {@return the predicate a tool must pass to be offered} */
  public BiPredicate<ConnectorSource, T> filter() {
    return filter;
  }

  /** {@return the tool name mapper, or {@code null} for prefix plus tool name} */
  public @Nullable BiFunction<ConnectorSource, T, @Nullable String> toolNameMapper() {
    return toolNameMapper;
  }

  /** {@return whether a connector whose tools cannot be listed fails the whole listing} */
  public boolean failIfOneConnectorFails() {
    return failIfOneConnectorFails;
  }

  /** {@return how long a connector's tool list is used} */
  public Duration cacheTtl() {
    return cacheTtl;
  }

  /** {@return the timeout of each tool call} */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return the retries of a failed tool call, or {@code null} for the safe default} */
  public @Nullable Integer callMaxRetries() {
    return callMaxRetries;
  }

  /** {@return the clock the tool-list cache reads} */
  public Clock clock() {
    return clock;
  }

  /** {@return where skipped connectors and tools are logged} */
  public System.Logger logger() {
    return logger;
  }

  @Override
  public String toString() {
    return "ToolSettings{connectors=" + connectors + ", failIfOneConnectorFails=" + failIfOneConnectorFails
        + ", cacheTtl=" + cacheTtl + ", callTimeout=" + callTimeout + ", callMaxRetries=" + callMaxRetries + '}';
  }

  /**
   * Builds {@link ToolSettings}.
   *
   * @param <T> the framework's tool definition
   */
  public static final class Builder<T> {
    private final Set<ConnectorSource> connectors = new LinkedHashSet<>();
    private Predicate<String> toolNameFilter = name -> true;
    private BiPredicate<ConnectorSource, T> filter = (source, tool) -> true;
    private @Nullable BiFunction<ConnectorSource, T, @Nullable String> toolNameMapper;
    private boolean failIfOneConnectorFails;
    private Duration cacheTtl = ConnectorTools.DEFAULT_CACHE_TTL;
    private Duration callTimeout = ConnectorTools.DEFAULT_CALL_TIMEOUT;
    private @Nullable Integer callMaxRetries;
    private Clock clock = Clock.systemUTC();
    private System.Logger logger = System.getLogger(ConnectorTools.class.getName());

    private Builder() {}

    /**
     * Adds a connector, with credentials and a prefix if the source has them.
     *
     * @param source the connector
     * @return this builder
     * @throws IllegalArgumentException when the same source was added before
     */
    public Builder<T> connector(ConnectorSource source) {
      Objects.requireNonNull(source, "source");
      if (!connectors.add(source)) {
        throw new IllegalArgumentException("connector " + source + " is added twice");
      }
      return this;
    }

    /**
     * Adds connectors with their default credentials and no prefix.
     *
     * @param idsOrNames the connectors' UUIDs or names
     * @return this builder
     * @throws IllegalArgumentException when one is neither a UUID nor a valid name, or added twice
     */
    public Builder<T> connectors(String... idsOrNames) {
      Arrays.stream(Objects.requireNonNull(idsOrNames, "idsOrNames")).forEach(c -> connector(ConnectorSource.of(c)));
      return this;
    }

    /**
     * Adds connectors.
     *
     * @param sources the connectors
     * @return this builder
     */
    public Builder<T> connectors(Collection<ConnectorSource> sources) {
      Objects.requireNonNull(sources, "sources").forEach(this::connector);
      return this;
    }

    /**
     * Keeps only the tools the predicate accepts; it sees each tool's definition before renaming.
     * Several filters must all accept a tool.
     *
     * @param filter the predicate
     * @return this builder
     */
    public Builder<T> filter(BiPredicate<ConnectorSource, T> filter) {
      this.filter = this.filter.and(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    /**
     * Keeps only the tools with these names on their connector (before prefixing); the filters
     * do not see the others. Several calls must all accept a tool.
     *
     * @param toolNames the names to keep
     * @return this builder
     * @throws NullPointerException when {@code toolNames} or one of the names is null
     */
    public Builder<T> filterToolNames(Collection<String> toolNames) {
      Set<String> names = Set.copyOf(Objects.requireNonNull(toolNames, "toolNames"));
      this.toolNameFilter = this.toolNameFilter.and(names::contains);
      return this;
    }

    /**
     * Names the tools for the model instead of the default (prefix plus tool name). A null answer
     * keeps the default; any answer is still sanitised to {@code ^[a-zA-Z0-9_-]{1,64}$}.
     *
     * @param toolNameMapper the mapper
     * @return this builder
     */
    public Builder<T> toolNameMapper(BiFunction<ConnectorSource, T, @Nullable String> toolNameMapper) {
      this.toolNameMapper = Objects.requireNonNull(toolNameMapper, "toolNameMapper");
      return this;
    }

    /**
     * Whether one connector whose tools cannot be listed fails the whole listing instead of being
     * skipped and logged. Default: false.
     *
     * @param failIfOneConnectorFails true to fail
     * @return this builder
     */
    public Builder<T> failIfOneConnectorFails(boolean failIfOneConnectorFails) {
      this.failIfOneConnectorFails = failIfOneConnectorFails;
      return this;
    }

    /**
     * How long a connector's tool list is used before it is listed again. Default 5 minutes; zero
     * lists every time.
     *
     * @param cacheTtl zero or more
     * @return this builder
     */
    public Builder<T> cacheTtl(Duration cacheTtl) {
      this.cacheTtl = SettingChecks.notNegative("cacheTtl", cacheTtl);
      return this;
    }

    /**
     * The timeout of each tool call. Default 60 seconds.
     *
     * @param callTimeout positive
     * @return this builder
     */
    public Builder<T> callTimeout(Duration callTimeout) {
      this.callTimeout = SettingChecks.positive("callTimeout", callTimeout);
      return this;
    }

    /**
     * How many times a failed tool call is retried, server errors and timeouts included. By
     * default a call is retried only where that is safe for a tool with side effects (a rate
     * limit, or a connection that never reached the server). 0 disables every retry.
     *
     * @param callMaxRetries zero or more
     * @return this builder
     */
    public Builder<T> callMaxRetries(int callMaxRetries) {
      this.callMaxRetries = SettingChecks.notNegative("callMaxRetries", callMaxRetries);
      return this;
    }

    /**
     * The clock the tool-list cache reads. Default: the system clock.
     *
     * @param clock a clock
     * @return this builder
     */
    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where skipped connectors and tools are logged. Default: the logger named after {@link
     * ConnectorTools}.
     *
     * @param logger a logger
     * @return this builder
     */
    public Builder<T> logger(System.Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalStateException when no connector was added
     */
    public ToolSettings<T> build() {
      if (connectors.isEmpty()) {
        throw new IllegalStateException("at least one connector is required: call connector(...)");
      }
      return new ToolSettings<>(this);
    }
  }
}
