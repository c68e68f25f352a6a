package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One version of an agent: its settings, frozen.
 *
 * @param number the version number (0 for the first)
 * @param settings the agent's settings at this version: the create request's members plus {@code deployment_chat}
 * @param createdAt when this version was written
 */
record AgentVersion(int number, ObjectNode settings, Instant createdAt) {

  /** Copies the settings so the version cannot change. */
  AgentVersion {
    settings = settings.deepCopy();
  }

  /** A copy of the settings. */
  @Override
  public ObjectNode settings() {
    return settings.deepCopy();
  }
}
