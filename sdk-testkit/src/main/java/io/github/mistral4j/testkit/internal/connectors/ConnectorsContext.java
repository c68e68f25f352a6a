package io.github.mistral4j.testkit.internal.connectors;

import java.time.Clock;
import java.time.Instant;

/**
 * What the connectors resources share: the store, the registered tools and the clock.
 *
 * @param store the connectors
 * @param tools the registered tools
 * @param clock the clock timestamps come from
 */
record ConnectorsContext(ConnectorStore store, ToolRegistry tools, Clock clock) {

  /** The current time. */
  Instant now() {
    return clock.instant();
  }
}
