package io.github.mistral4j.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code mistral.tools.*} properties: the connectors whose tools a Spring AI {@code
 * ToolCallbackProvider} offers, and how their tools are cached and called.
 *
 * <pre>
 * mistral.tools.connectors=weather,github
 * # or, with credentials and prefixes:
 * mistral.tools.connectors[0].name=github
 * mistral.tools.connectors[0].credentials-name=work
 * mistral.tools.connectors[0].prefix=gh_
 * </pre>
 */
public class MistralToolsProperties {
  /** The connectors, by id or name, whose tools are offered; none means no tool provider. */
  private List<ToolConnector> connectors = new ArrayList<>();

  /** How long a connector's tool list is used before it is listed again. Default: 5 minutes. */
  private @Nullable Duration cacheTtl;

  /** The timeout of each tool call. Default: 60 seconds. */
  private @Nullable Duration callTimeout;

  /** Retries of a failed tool call, server errors and timeouts included. Default: only safe retries. */
  private @Nullable Integer callMaxRetries;

  /** Whether one connector whose tools cannot be listed fails the listing. Default: false (skipped, logged). */
  private boolean failIfOneConnectorFails;

  /** Creates empty properties; Spring binds them. */
  public MistralToolsProperties() {}

  /** {@return the connectors, in order} */
  public List<ToolConnector> getConnectors() {
    return connectors;
  }

  /**
   * Sets the connectors.
   *
   * @param connectors the connectors
   */
  public void setConnectors(List<ToolConnector> connectors) {
    this.connectors = connectors;
  }

  /** {@return the cache time to live, or {@code null} for the default} */
  public @Nullable Duration getCacheTtl() {
    return cacheTtl;
  }

  /**
   * Sets the cache time to live.
   *
   * @param cacheTtl zero or more
   */
  public void setCacheTtl(@Nullable Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }

  /** {@return the call timeout, or {@code null} for the default} */
  public @Nullable Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the call timeout.
   *
   * @param callTimeout positive
   */
  public void setCallTimeout(@Nullable Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** {@return the call retries, or {@code null} for the default} */
  public @Nullable Integer getCallMaxRetries() {
    return callMaxRetries;
  }

  /**
   * Sets the call retries.
   *
   * @param callMaxRetries zero or more
   */
  public void setCallMaxRetries(@Nullable Integer callMaxRetries) {
    this.callMaxRetries = callMaxRetries;
  }

  /** {@return whether one failing connector fails the listing} */
  public boolean isFailIfOneConnectorFails() {
    return failIfOneConnectorFails;
  }

  /**
   * Sets whether one failing connector fails the listing.
   *
   * @param failIfOneConnectorFails true to fail
   */
  public void setFailIfOneConnectorFails(boolean failIfOneConnectorFails) {
    this.failIfOneConnectorFails = failIfOneConnectorFails;
  }

  @Override
  public String toString() {
    return "MistralToolsProperties{connectors=" + connectors + ", cacheTtl=" + cacheTtl + ", callTimeout=" + callTimeout
        + ", callMaxRetries=" + callMaxRetries + ", failIfOneConnectorFails=" + failIfOneConnectorFails + '}';
  }
}
