package io.github.mistral4j.tools;

import io.github.mistral4j.core.internal.PathParams;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One connector whose tools a {@link ConnectorTools} offers: the connector's id or name,
 * the stored credentials to call it with (optional) and a prefix for its tool names (optional).
 *
 * <pre>{@code
 * ConnectorSource github = ConnectorSource.builder("github").credentialsName("work").prefix("gh_").build();
 * }</pre>
 */
public final class ConnectorSource {
  private static final Pattern PREFIX = Pattern.compile("^[a-zA-Z0-9_-]{1,32}$");

  private final String idOrName;
  private final @Nullable String credentialsName;
  private final @Nullable String prefix;

  private ConnectorSource(Builder b) {
    this.idOrName = b.idOrName;
    this.credentialsName = b.credentialsName;
    this.prefix = b.prefix;
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
    return new Builder(idOrName);
  }

  /** {@return a builder holding these values} */
  public Builder toBuilder() {
    Builder b = new Builder(idOrName);
    b.credentialsName = credentialsName;
    b.prefix = prefix;
    return b;
  }

  /** {@return the connector's UUID or name} */
  public String idOrName() {
    return idOrName;
  }

  /**
   * {@return the name of the stored credentials to list and call tools with, or {@code null} for
   * the default}
   */
  public @Nullable String credentialsName() {
    return credentialsName;
  }

  /** {@return the prefix put before each tool name of this connector, or {@code null}} */
  public @Nullable String prefix() {
    return prefix;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorSource s
        && idOrName.equals(s.idOrName)
        && Objects.equals(credentialsName, s.credentialsName)
        && Objects.equals(prefix, s.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idOrName, credentialsName, prefix);
  }

  @Override
  public String toString() {
    return "ConnectorSource{idOrName=" + idOrName + ", credentialsName=" + credentialsName + ", prefix=" + prefix + '}';
  }

  /** Builds a {@link ConnectorSource}. */
  public static final class Builder {
    private final String idOrName;
    private @Nullable String credentialsName;
    private @Nullable String prefix;

    private Builder(String idOrName) {
      this.idOrName = PathParams.uuidOrName("connector", Objects.requireNonNull(idOrName, "connector"));
    }

    /**
     * Uses these stored credentials instead of the connector's default ones.
     *
     * @param credentialsName a name matching {@code ^[a-zA-Z0-9_-]{1,64}$}
     * @return this builder
     */
    public Builder credentialsName(String credentialsName) {
      this.credentialsName = PathParams.name("credentialsName", Objects.requireNonNull(credentialsName, "credentialsName"));
      return this;
    }

    /**
     * Puts a prefix before each tool name of this connector, e.g. {@code gh_} makes {@code search}
     * {@code gh_search}. Ignored when a tool name mapper is set.
     *
     * @param prefix 1 to 32 characters from {@code [a-zA-Z0-9_-]}
     * @return this builder
     */
    public Builder prefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("prefix must match ^[a-zA-Z0-9_-]{1,32}$, got '" + prefix + "'");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the connector source
     */
    public ConnectorSource build() {
      return new ConnectorSource(this);
    }
  }
}
