package io.github.mistral4j.tools;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.tools.internal.ToolCallReporter;
import io.github.mistral4j.tools.internal.ToolCaller;
import io.github.mistral4j.tools.internal.ToolErrors;
import io.github.mistral4j.tools.internal.ToolListCache;
import io.github.mistral4j.tools.internal.ToolLister;
import io.github.mistral4j.tools.internal.ToolLister.Listed;
import io.github.mistral4j.tools.internal.ToolNamer;
import io.github.mistral4j.tools.internal.ToolNamer.Candidate;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The tools of one or more Mistral connectors, ready for any agent framework. Tools are listed
 * with {@code list_tools} (every page), converted once per listing into the framework's definition
 * type, named for the model, and run with {@code call_tool} on the connector and under the tool
 * name they came from, whatever name the model sees.
 *
 * <pre>{@code
 * ConnectorTools<McpTool> tools = ConnectorTools.create(connectors, ToolSettings.<McpTool>builder()
 *     .connector(ConnectorSource.builder("github").prefix("gh_").build())
 *     .build());
 * for (ConnectorTool<McpTool> tool : tools.tools()) {
 *   System.out.println(tool.name() + ": " + tool.definition().description());
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Names: each name is made to match {@code ^[a-zA-Z0-9_-]{1,64}$} (other characters become
 *       {@code _}; a long name is cut and ends with a stable hash). Two connectors exposing the
 *       same tool name are a {@link ToolNameCollisionException} unless a {@linkplain
 *       ConnectorSource.Builder#prefix prefix} or a {@linkplain ToolSettings.Builder#toolNameMapper
 *       name mapper} tells them apart.
 *   <li>Caching: tool lists are kept for a time to live (default 5 minutes); {@link #refresh()}
 *       drops them and makes the next listing ask the server for fresh lists. A call answered
 *       with 404 drops the list of its connector.
 *   <li>Failures: by default a connector whose tools cannot be listed is skipped and logged
 *       (System.Logger, WARNING); a tool that cannot be converted never drops the other tools.
 *   <li>Calls: each call has a timeout (default 60 s) and, because a tool may have side effects,
 *       is not retried on server errors or timeouts unless asked to (rate limits and connections
 *       that never reached the server are retried by the client). Tool errors and failed calls
 *       become {@link ConnectorToolCallException}s whose message the model can act on.
 * </ul>
 *
 * <p>Thread-safe.
 *
 * @param <T> the framework's tool definition
 */
public final class ConnectorTools<T> {
  /** How long tool lists are kept unless configured otherwise. */
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);

  /** The per-call timeout unless configured otherwise. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final ConnectorsClient client;
  private final ToolSettings<T> settings;
  private final RequestOptions callOptions;
  private final ToolListCache<List<Listed<T>>> cache;
  private final ToolLister<T> lister;

  private ConnectorTools(ConnectorsClient client, BiFunction<ConnectorSource, McpTool, T> converter, ToolSettings<T> settings) {
    this.client = client;
    this.settings = settings;
    RequestOptions.Builder call = RequestOptions.builder().timeout(settings.callTimeout());
    Integer retries = settings.callMaxRetries();
    if (retries != null) {
      call.maxRetries(retries).retryNonIdempotent(retries > 0);
    }
    this.callOptions = call.build();
    this.cache = new ToolListCache<>(settings.cacheTtl(), settings.clock());
    this.lister = new ToolLister<>(client.tools(), converter, settings.logger());
  }

  /**
   * Connector tools whose definitions are the MCP tools as listed.
   *
   * @param client the client that lists and calls the tools; not closed by these tools
   * @param settings the connectors, filters, names, cache and call settings
   * @return the tools
   */
  public static ConnectorTools<McpTool> create(ConnectorsClient client, ToolSettings<McpTool> settings) {
    return create(client, (source, tool) -> tool, settings);
  }

  /**
   * Connector tools whose definitions a converter makes from each listed MCP tool (once per
   * listing; the result is cached with the list).
   *
   * @param client the client that lists and calls the tools; not closed by these tools
   * @param converter turns a listed tool into the framework's definition; a tool it throws for is
   *     skipped and logged
   * @param settings the connectors, filters, names, cache and call settings
   * @param <T> the framework's tool definition
   * @return the tools
   */
  public static <T> ConnectorTools<T> create(
      ConnectorsClient client, BiFunction<ConnectorSource, McpTool, T> converter, ToolSettings<T> settings) {
    return new ConnectorTools<>(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(converter, "converter"), Objects.requireNonNull(settings, "settings"));
  }

  /** {@return the settings these tools were made with} */
  public ToolSettings<T> settings() {
    return settings;
  }

  /**
   * The tools of every connector, filtered and named for the model, in the connectors' order.
   *
   * @return the tools
   * @throws ToolNameCollisionException when two tools end with the same name
   * @throws MistralException when a connector cannot be listed and {@link
   *     ToolSettings#failIfOneConnectorFails()} is set
   */
  public List<ConnectorTool<T>> tools() {
    List<Candidate> candidates = new ArrayList<>();
    Map<Candidate, ConnectorSource> sourceOf = new IdentityHashMap<>();
    Map<Candidate, T> definitionOf = new IdentityHashMap<>();
    for (ConnectorSource source : settings.connectors()) {
      for (Listed<T> listed : toolsOf(source)) {
        if (!settings.toolNameFilter().test(listed.toolName()) || !settings.filter().test(source, listed.definition())) {
          continue;
        }
        Candidate candidate = candidate(source, listed);
        candidates.add(candidate);
        sourceOf.put(candidate, source);
        definitionOf.put(candidate, listed.definition());
      }
    }
    List<ConnectorTool<T>> tools = new ArrayList<>();
    ToolNamer.assign(candidates).forEach((name, candidate) -> {
      ConnectorSource source = sourceOf.get(candidate);
      tools.add(new ConnectorTool<>(name, source, candidate.toolName(), definitionOf.get(candidate), caller(source, candidate.toolName())));
    });
    return List.copyOf(tools);
  }

  /**
   * Drops every cached tool list. The next {@link #tools()} lists the tools again and asks the
   * server to refresh each connector's list ({@code refresh=true}).
   */
  public void refresh() {
    cache.refresh();
  }

  private ToolCaller caller(ConnectorSource source, String toolName) {
    Integer retries = settings.callMaxRetries();
    ToolErrors errors = new ToolErrors(
        source.idOrName(), source.credentialsName(), toolName, settings.callTimeout(), retries == null ? 0 : retries);
    return new ToolCaller(client.tools(), source, toolName, callOptions, errors,
        () -> cache.invalidate(key(source)), new ToolCallReporter(client.options()));
  }

  private List<Listed<T>> toolsOf(ConnectorSource source) {
    try {
      return cache.get(key(source), (key, refresh) -> lister.list(source, refresh));
    } catch (MistralException e) {
      if (settings.failIfOneConnectorFails()) {
        throw new MistralException("Could not list the tools of connector '" + source.idOrName() + "': " + e.getMessage(), e);
      }
      System.Logger log = settings.logger();
      log.log(Level.WARNING, "Skipping connector ''{0}'': its tools could not be listed: {1}", source.idOrName(), e.getMessage());
      log.log(Level.DEBUG, "Listing the tools of connector '" + source.idOrName() + "' failed", e);
      return List.of();
    }
  }

  private Candidate candidate(ConnectorSource source, Listed<T> listed) {
    BiFunction<ConnectorSource, T, @Nullable String> mapper = settings.toolNameMapper();
    String mapped = mapper == null ? null : mapper.apply(source, listed.definition());
    if (mapped != null) {
      return new Candidate(source.idOrName(), listed.toolName(), mapped, true);
    }
    String prefix = source.prefix();
    return prefix == null
        ? new Candidate(source.idOrName(), listed.toolName(), listed.toolName(), false)
        : new Candidate(source.idOrName(), listed.toolName(), prefix + listed.toolName(), true);
  }

  private static String key(ConnectorSource source) {
    return source.credentialsName() == null ? source.idOrName() : source.idOrName() + "\u0000" + source.credentialsName();
  }

  @Override
  public String toString() {
    return "ConnectorTools{" + settings + '}';
  }
}
