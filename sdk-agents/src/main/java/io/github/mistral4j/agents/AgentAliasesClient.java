package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.Page;

/**
 * Named aliases of agent versions (such as {@code prod} pointing at version 3), unique per agent.
 * Reached through {@link AgentsClient#aliases()}. An alias is 1 to 64 characters matching {@code
 * ^[a-z]([a-z0-9_-]*[a-z0-9])?$}. Every method throws a {@link
 * io.github.mistral4j.core.MistralException} when the call fails, and {@link
 * IllegalArgumentException} or {@link NullPointerException} for bad arguments, before any request.
 */
@RawView
@AsyncTwin
public final class AgentAliasesClient {
  private final MistralTransport transport;
  private final AgentAliasesCalls calls;
  private final AgentAliasesAsyncClient async;

  AgentAliasesClient(MistralTransport transport) {
    this.transport = transport;
    this.calls = new AgentAliasesCalls(transport);
    this.async = new AgentAliasesAsyncClient(this, calls, transport);
  }

  /** {@return the same operations, asynchronous} */
  AgentAliasesAsyncClient async() {
    return async;
  }

  /**
   * Creates an alias, or points an existing one at another version ({@code
   * agents_api_v1_agents_create_or_update_alias}).
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @return the alias
   */
  public AgentAliasResponse createOrUpdate(String agentId, String alias, int version) {
    return createOrUpdate(agentId, alias, version, RequestOptions.none());
  }

  /**
   * Creates an alias, or points an existing one at another version ({@code
   * agents_api_v1_agents_create_or_update_alias}).
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @param options per-call options
   * @return the alias
   */
  public AgentAliasResponse createOrUpdate(
      String agentId, String alias, int version, RequestOptions options) {
    return transport.run(calls.createOrUpdate(agentId, alias, version, options));
  }

  /**
   * Lists an agent's aliases ({@code agents_api_v1_agents_list_version_aliases}).
   *
   * @param agentId the agent id
   * @return a single page (the API does not paginate aliases)
   */
  public Page<AgentAliasResponse> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists an agent's aliases ({@code agents_api_v1_agents_list_version_aliases}).
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a single page (the API does not paginate aliases)
   */
  public Page<AgentAliasResponse> list(String agentId, RequestOptions options) {
    return calls.list(agentId, options).page(transport);
  }

  /**
   * Deletes an alias ({@code agents_api_v1_agents_delete_alias}); the version stays.
   *
   * @param agentId the agent id
   * @param alias the alias
   */
  public void delete(String agentId, String alias) {
    delete(agentId, alias, RequestOptions.none());
  }

  /**
   * Deletes an alias ({@code agents_api_v1_agents_delete_alias}); the version stays.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   */
  public void delete(String agentId, String alias, RequestOptions options) {
    transport.run(calls.delete(agentId, alias, options));
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentAliasesClient withRawResponse() {
    return RawViews.of(RawAgentAliasesClient.class, this);
  }
}
