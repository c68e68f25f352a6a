package io.github.mistral4j.langchain4j;

import org.jspecify.annotations.Nullable;

/**
 * One connector whose tools a {@link ConnectorToolProvider} offers: the connector's id or name,
 * the stored credentials to call it with (optional) and a prefix for its tool names (optional).
 *
 * <pre>{@code
 * ConnectorSource github = ConnectorSource.builder("github").credentialsName("work").prefix("gh_").build();
 * }</pre>
 *
 * <p>The rules and values are those of the tools core's {@link io.github.mistral4j.tools.ConnectorSource},
 * which this class holds.
 */
public final class ConnectorSource {
  private final io.github.mistral4j.tools.ConnectorSource source;

  private ConnectorSource(io.github.mistral4j.tools.ConnectorSource source) {
    this.source = source;
  }

  /**
   * A connector with its default credentials and no prefix.
   *
   * @param idOrName the connector's UUID or name
   * @return the source
   * @throws IllegalArgumentException when {@code idOrName} is neither a UUID nor a valid name
   */
  public static ConnectorSource of(String idOrName) {
    return builder(idOrName).build();
  }

  /**
   * A builder for a connector.
   *
   * @param idOrName the connector's UUID or name
   * @return the builder
   * @throws IllegalArgumentException when {@code idOrName} is neither a UUID nor a valid name
   */
  public static Builder builder(String idOrName) {
    return new Builder(io.github.mistral4j.tools.ConnectorSource.builder(idOrName));
  }

  /** The bridge's source holding {@code source} (for the builder's connectors by id or name). */
  static ConnectorSource holding(io.github.mistral4j.tools.ConnectorSource source) {
    return new ConnectorSource(source);
  }

  /** {@return a builder holding these values} */
  public Builder toBuilder() {
    return new Builder(source.toBuilder());
  }

  /** {@return the tools core's source this one holds: same connector, credentials and prefix} */
  public io.github.mistral4j.tools.ConnectorSource toolsSource() {
    return source;
  }

  /** {@return the connector's UUID or name} */
  public String idOrName() {
    return source.idOrName();
  }

  /**
   * {@return the name of the stored credentials to list and call tools with, or {@code null} for
   * the default}
   */
  public @Nullable String credentialsName() {
    return source.credentialsName();
  }

  /** {@return the prefix put before each tool name of this connector, or {@code null}} */
  public @Nullable String prefix() {
    return source.prefix();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorSource s && source.equals(s.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source.toString();
  }

  /** Builds a {@link ConnectorSource}. */
  public static final class Builder {
    private final io.github.mistral4j.tools.ConnectorSource.Builder builder;

    private Builder(io.github.mistral4j.tools.ConnectorSource.Builder builder) {
      this.builder = builder;
    }

    /**
     * Uses these stored credentials instead of the connector's default ones.
     *
     * @param credentialsName a name matching {@code ^[a-zA-Z0-9_-]{1,64}$}
     * @return this builder
     */
    public Builder credentialsName(String credentialsName) {
      builder.credentialsName(credentialsName);
      return this;
    }

    /**
     * Puts a prefix before each tool name of this connector, e.g. {@code gh_} makes {@code search}
     * {@code gh_search}. Ignored when the provider has a tool name mapper.
     *
     * @param prefix 1 to 32 characters from {@code [a-zA-Z0-9_-]}
     * @return this builder
     */
    public Builder prefix(String prefix) {
      builder.prefix(prefix);
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the connector source
     */
    public ConnectorSource build() {
      return new ConnectorSource(builder.build());
    }
  }
}
