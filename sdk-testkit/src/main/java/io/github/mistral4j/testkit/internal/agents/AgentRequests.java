package io.github.mistral4j.testkit.internal.agents;

import static io.github.mistral4j.testkit.internal.validation.Specs.string;

import io.github.mistral4j.testkit.internal.validation.ObjectSpec;
import io.github.mistral4j.testkit.internal.validation.RequestSpecs;
import io.github.mistral4j.testkit.internal.validation.Spec;

/**
 * The request bodies and parameters of the agents operations, as the server validates them: the
 * bodies are generated from the contract ({@link RequestSpecs}), the parameters declared here.
 */
final class AgentRequests {
  /** The alias pattern of the contract. */
  static final Spec ALIAS =
      string().minLength(1).maxLength(64).pattern("^[a-z]([a-z0-9_-]*[a-z0-9])?$");

  static final Spec REQUEST_SOURCE = RequestSpecs.REQUEST_SOURCE;

  /** {@code CreateAgentRequest}. */
  static final ObjectSpec CREATE = RequestSpecs.CREATE_AGENT_REQUEST;

  /** {@code UpdateAgentRequest}: partial, absent fields stay absent. */
  static final ObjectSpec UPDATE = RequestSpecs.UPDATE_AGENT_REQUEST;

  private AgentRequests() {}
}
