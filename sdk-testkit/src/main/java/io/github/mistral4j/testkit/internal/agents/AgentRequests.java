package io.github.mistral4j.testkit.internal.agents;

import io.github.mistral4j.testkit.internal.validation.ObjectSpec;
import io.github.mistral4j.testkit.internal.validation.RequestSpecs;
import io.github.mistral4j.testkit.internal.validation.Spec;

/**
 * The request bodies and parameters of the agents operations, as the server validates them, all
 * generated from the contract ({@link RequestSpecs}).
 */
final class AgentRequests {
  static final Spec ALIAS = RequestSpecs.ALIAS;

  static final Spec REQUEST_SOURCE = RequestSpecs.REQUEST_SOURCE;

  /** {@code CreateAgentRequest}. */
  static final ObjectSpec CREATE = RequestSpecs.CREATE_AGENT_REQUEST;

  /** {@code UpdateAgentRequest}: partial, absent fields stay absent. */
  static final ObjectSpec UPDATE = RequestSpecs.UPDATE_AGENT_REQUEST;

  private AgentRequests() {}
}
