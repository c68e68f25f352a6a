package io.github.mistral4j.testkit.internal.agents;

import java.time.Clock;
import java.time.Instant;

/**
 * What the agents resources share.
 *
 * @param store the agents
 * @param clock the clock timestamps come from
 */
record AgentsContext(AgentStore store, Clock clock) {

  /** The current time. */
  Instant now() {
    return clock.instant();
  }
}
