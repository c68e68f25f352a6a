package io.github.mistral4j.testkit.internal.agents;

import java.time.Instant;

/**
 * A named pointer to a version of an agent.
 *
 * @param alias the alias
 * @param version the version it points to
 * @param createdAt when the alias was created
 * @param updatedAt when it was last pointed somewhere
 */
record AgentAlias(String alias, int version, Instant createdAt, Instant updatedAt) {}
