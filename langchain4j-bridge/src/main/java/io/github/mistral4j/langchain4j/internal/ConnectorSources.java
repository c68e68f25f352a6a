package io.github.mistral4j.langchain4j.internal;

import io.github.mistral4j.langchain4j.ConnectorSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The connectors a provider is configured with, each paired with its twin in the tools core, so
 * that the user's filters, name mappers and executors see the bridge's {@link ConnectorSource}
 * they were given. Sources are added while building (one thread); the lookup from a twin is
 * thread-safe and stable once a source is added.
 */
public final class ConnectorSources {
  private final List<ConnectorSource> added = new ArrayList<>();
  private final Map<io.github.mistral4j.tools.ConnectorSource, ConnectorSource> byTwin = new ConcurrentHashMap<>();

  /**
   * Adds a connector.
   *
   * @param source the connector as configured
   * @return its twin in the tools core
   * @throws IllegalArgumentException when the same source was added before
   */
  public io.github.mistral4j.tools.ConnectorSource add(ConnectorSource source) {
    io.github.mistral4j.tools.ConnectorSource twin = source.toolsSource();
    if (byTwin.putIfAbsent(twin, source) != null) {
      throw new IllegalArgumentException("connector " + source + " is added twice");
    }
    added.add(source);
    return twin;
  }

  /** {@return the connectors added so far, in order} */
  public List<ConnectorSource> list() {
    return List.copyOf(added);
  }

  /**
   * The connector as configured, for its twin in the tools core.
   *
   * @param twin a twin returned by {@link #add}
   * @return the configured source
   * @throws IllegalStateException when the twin was not added here
   */
  public ConnectorSource configured(io.github.mistral4j.tools.ConnectorSource twin) {
    ConnectorSource source = byTwin.get(twin);
    if (source == null) {
      throw new IllegalStateException("not a configured connector: " + twin);
    }
    return source;
  }

  /**
   * A filter of the tools core that asks the user's filter with the configured source.
   *
   * @param filter the user's filter
   * @param <T> the tool definition
   * @return the filter for the tools core
   */
  public <T> BiPredicate<io.github.mistral4j.tools.ConnectorSource, T> filter(BiPredicate<ConnectorSource, T> filter) {
    return (twin, tool) -> filter.test(configured(twin), tool);
  }

  /**
   * A name mapper of the tools core that asks the user's mapper with the configured source.
   *
   * @param mapper the user's mapper
   * @param <T> the tool definition
   * @return the mapper for the tools core
   */
  public <T> BiFunction<io.github.mistral4j.tools.ConnectorSource, T, @Nullable String> mapper(
      BiFunction<ConnectorSource, T, @Nullable String> mapper) {
    return (twin, tool) -> mapper.apply(configured(twin), tool);
  }
}
