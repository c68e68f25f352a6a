package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;

/**
 * The versions of an agent: every update creates a version; one of them is the agent's current
 * version. Reached through {@link AgentsClient#versions()}. Every method throws a {@link
 * io.github.mistral4j.core.MistralException} when the call fails, and {@link
 * IllegalArgumentException} or {@link NullPointerException} for bad arguments, before any request.
 */
@RawView
@AsyncTwin
public final class AgentVersionsClient {
  private final MistralTransport transport;
  private final AgentVersionsCalls calls;
  private final AgentVersionsAsyncClient async;

  AgentVersionsClient(MistralTransport transport) {
    this.transport = transport;
    this.calls = new AgentVersionsCalls(transport);
    this.async = new AgentVersionsAsyncClient(this, calls, transport);
  }

  /** {@return the same operations, asynchronous} */
  AgentVersionsAsyncClient async() {
    return async;
  }

  /**
   * Makes a version the agent's current one ({@code agents_api_v1_agents_update_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the agent at that version
   */
  public Agent update(String agentId, int version) {
    return update(agentId, version, RequestOptions.none());
  }

  /**
   * Makes a version the agent's current one ({@code agents_api_v1_agents_update_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent update(String agentId, int version, RequestOptions options) {
    return transport.run(calls.update(agentId, version, options));
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}), 20
   * a page.
   *
   * @param agentId the agent id
   * @return the page, each version as a full agent; {@link Page#nextPage()} asks for the next
   *     page number
   */
  public Page<Agent> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}), 20
   * a page.
   *
   * @param agentId the agent id
   * @param options per-call options, applied to every page
   * @return the page, each version as a full agent
   */
  public Page<Agent> list(String agentId, RequestOptions options) {
    return calls.list(agentId, options).page(transport);
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @return the page, each version as a full agent
   */
  public Page<Agent> list(String agentId, int page, int pageSize) {
    return list(agentId, page, pageSize, RequestOptions.none());
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}). Every
   * request sends {@code page} and {@code page_size}; {@link Page#nextPage()} asks for the next
   * page number, and {@link Page#hasNextPage()} is false once a page holds fewer versions than
   * {@code pageSize}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return the page, each version as a full agent; {@link Page#response()} is the list received
   */
  public Page<Agent> list(String agentId, int page, int pageSize, RequestOptions options) {
    return calls.list(agentId, page, pageSize, options).page(transport);
  }

  /**
   * Every version of an agent, fetched page by page as iteration goes (20 a page).
   *
   * @param agentId the agent id
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(String agentId) {
    return calls.listAll(agentId).autoPager(transport);
  }

  /**
   * Every version of an agent, fetched page by page as iteration goes: nothing is fetched before
   * iteration starts. Paging stops at the first page holding fewer than {@code pageSize} versions.
   *
   * @param agentId the agent id
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(String agentId, int pageSize, RequestOptions options) {
    return calls.listAll(agentId, pageSize, options).autoPager(transport);
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the agent at that version
   */
  public Agent get(String agentId, int version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent get(String agentId, int version, RequestOptions options) {
    return transport.run(calls.get(agentId, version, options));
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}), the version given as
   * the contract types it, a string path segment.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @return the agent at that version
   */
  public Agent get(String agentId, String version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}), the version given as
   * the contract types it, a string path segment.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent get(String agentId, String version, RequestOptions options) {
    return transport.run(calls.get(agentId, version, options));
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentVersionsClient withRawResponse() {
    return RawViews.of(RawAgentVersionsClient.class, this);
  }
}
