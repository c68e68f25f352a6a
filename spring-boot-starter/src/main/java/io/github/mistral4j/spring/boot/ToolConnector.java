package io.github.mistral4j.spring.boot;

import org.jspecify.annotations.Nullable;

/**
 * One connector of {@code mistral.tools.connectors}: its id or name, and optionally the stored
 * credentials to call it with and a prefix for its tool names. A plain string binds to the name.
 */
public class ToolConnector {
  /** The connector's UUID or name. */
  private @Nullable String name;

  /** The stored credentials to list and call its tools with. Default: the connector's default. */
  private @Nullable String credentialsName;

  /** A prefix put before each of its tool names, e.g. gh_. */
  private @Nullable String prefix;

  /** Creates an empty entry; Spring binds it. */
  public ToolConnector() {}

  /**
   * Creates an entry from a plain string (as in {@code mistral.tools.connectors=weather,github}).
   *
   * @param name the connector's UUID or name
   */
  public ToolConnector(String name) {
    this.name = name;
  }

  /** {@return the connector's UUID or name, or {@code null} when not set} */
  public @Nullable String getName() {
    return name;
  }

  /**
   * Sets the connector.
   *
   * @param name its UUID or name
   */
  public void setName(@Nullable String name) {
    this.name = name;
  }

  /** {@return the credentials name, or {@code null} for the default} */
  public @Nullable String getCredentialsName() {
    return credentialsName;
  }

  /**
   * Sets the credentials name.
   *
   * @param credentialsName the stored credentials' name
   */
  public void setCredentialsName(@Nullable String credentialsName) {
    this.credentialsName = credentialsName;
  }

  /** {@return the tool name prefix, or {@code null}} */
  public @Nullable String getPrefix() {
    return prefix;
  }

  /**
   * Sets the tool name prefix.
   *
   * @param prefix 1 to 32 characters from {@code [a-zA-Z0-9_-]}
   */
  public void setPrefix(@Nullable String prefix) {
    this.prefix = prefix;
  }

  @Override
  public String toString() {
    return "ToolConnector{name=" + name + ", credentialsName=" + credentialsName + ", prefix=" + prefix + '}';
  }
}
