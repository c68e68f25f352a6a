package io.github.mistral4j.tools;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.MistralException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of the framework bridges share: the client, the connectors by id or name, the
 * filter by tool name, listing failures, the tool-list cache and the call timeout and retries.
 * Each bridge's builder extends it with what depends on its framework (its connector source type,
 * filters and a name mapper seeing the framework's tool type, {@code build()}); every method here
 * returns that builder, so calls chain in any order.
 *
 * <p>A value is checked when it is set: a wrong one throws at once, naming the parameter. Not
 * thread-safe.
 *
 * @param <B> the bridge's builder, which extends this class with itself as {@code B}
 */
public abstract class ConnectorToolsBuilder<B extends ConnectorToolsBuilder<B>> {
  private final ToolSettings.Builder<?> settings;
  private @Nullable ConnectorsClient client;

  /**
   * Creates a builder whose shared values go to {@code settings}, the tools core's settings the
   * bridge keeps for its own filters and name mapper and builds in the end.
   *
   * @param settings the settings builder
   */
  protected ConnectorToolsBuilder(ToolSettings.Builder<?> settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The client that lists and calls the tools (required). The provider does not close it.
   *
   * @param client a connectors client
   * @return this builder
   */
  public final B client(ConnectorsClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return self();
  }

  /**
   * Adds a connector with its default credentials and no prefix.
   *
   * @param idOrName the connector's UUID or name
   * @return this builder
   * @throws IllegalArgumentException when it is neither a UUID nor a valid name, or added twice
   */
  public final B connector(String idOrName) {
    return addConnector(ConnectorSource.of(idOrName));
  }

  /**
   * Adds connectors with their default credentials and no prefix.
   *
   * @param idsOrNames the connectors' UUIDs or names
   * @return this builder
   * @throws IllegalArgumentException when one is neither a UUID nor a valid name, or added twice
   */
  public final B connectors(String... idsOrNames) {
    Arrays.stream(Objects.requireNonNull(idsOrNames, "idsOrNames")).forEach(this::connector);
    return self();
  }

  /**
   * Keeps only the tools with these names on their connector (before prefixing).
   *
   * @param toolNames the names to keep
   * @return this builder
   * @throws NullPointerException when {@code toolNames} or one of the names is null
   */
  public final B filterToolNames(String... toolNames) {
    return filterToolNames(Arrays.asList(Objects.requireNonNull(toolNames, "toolNames")));
  }

  /**
   * Keeps only the tools with these names on their connector (before prefixing). Several calls,
   * and the other filters, must all accept a tool.
   *
   * @param toolNames the names to keep
   * @return this builder
   * @throws NullPointerException when {@code toolNames} or one of the names is null
   */
  public final B filterToolNames(Collection<String> toolNames) {
    settings.filterToolNames(toolNames);
    return self();
  }

  /**
   * Whether one connector whose tools cannot be listed fails the whole listing (a {@link
   * MistralException}) instead of being skipped and logged. Default: false.
   *
   * @param failIfOneConnectorFails true to fail
   * @return this builder
   */
  public final B failIfOneConnectorFails(boolean failIfOneConnectorFails) {
    settings.failIfOneConnectorFails(failIfOneConnectorFails);
    return self();
  }

  /**
   * How long a connector's tool list is used before it is listed again. Default 5 minutes; zero
   * lists on every request.
   *
   * @param cacheTtl zero or more
   * @return this builder
   * @throws IllegalArgumentException when it is negative
   */
  public final B cacheTtl(Duration cacheTtl) {
    settings.cacheTtl(cacheTtl);
    return self();
  }

  /**
   * The timeout of each tool call. Default 60 seconds.
   *
   * @param callTimeout positive
   * @return this builder
   * @throws IllegalArgumentException when it is zero or negative
   */
  public final B callTimeout(Duration callTimeout) {
    settings.callTimeout(callTimeout);
    return self();
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
   * @throws IllegalArgumentException when it is negative
   */
  public final B callMaxRetries(int callMaxRetries) {
    settings.callMaxRetries(callMaxRetries);
    return self();
  }

  /**
   * The clock the tool-list cache reads. Default: the system clock.
   *
   * @param clock a clock
   * @return this builder
   */
  public final B clock(Clock clock) {
    settings.clock(clock);
    return self();
  }

  /**
   * Adds a connector to the settings; {@link #connector(String)} and {@link #connectors(String...)}
   * add theirs here. A bridge whose own source type holds the tools core's overrides it, to record
   * the connector as that type as well as in the settings.
   *
   * @param source the connector
   * @return this builder
   * @throws IllegalArgumentException when the same source was added before
   */
  protected B addConnector(ConnectorSource source) {
    settings.connector(source);
    return self();
  }

  /**
   * The client, for the bridge's {@code build()}; called before the settings are built, so that a
   * missing client is reported first.
   *
   * @return the client
   * @throws IllegalStateException when no client was given
   */
  protected final ConnectorsClient requireClient() {
    ConnectorsClient c = client;
    if (c == null) {
      throw new IllegalStateException("client is required: call client(ConnectorsClient)");
    }
    return c;
  }

  @SuppressWarnings("unchecked") // B is the subclass itself, as the type parameter's bound asks
  private B self() {
    return (B) this;
  }
}
