package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;

/**
 * The operations on agents of Mistral's beta Agents API, as {@link AgentsClient} runs them; a type to
 * depend on where a test double or a decorator should stand in for the client. The methods taking
 * {@link RequestOptions} are abstract; each overload without them is a default method calling it
 * with {@link RequestOptions#none()} (and, for the listings without parameters, the parameters'
 * {@code none()}), so that an implementation overrides only the abstract ones.
 *
 * <p>Failures are {@link io.github.mistral4j.core.MistralException}s; in {@link AgentsClient}, bad
 * arguments throw {@link IllegalArgumentException} or {@link NullPointerException} before any
 * request.
 */
public interface AgentsOperations {
  /**
   * Creates an agent ({@code agents_api_v1_agents_create}). Not retried once the server may have
   * seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param request the agent to create
   * @return the created agent, at its first version
   */
  default Agent create(CreateAgentRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an agent ({@code agents_api_v1_agents_create}). Not retried once the server may have
   * seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param request the agent to create
   * @param options per-call options
   * @return the created agent, at its first version
   */
  Agent create(CreateAgentRequest request, RequestOptions options);

  /**
   * Lists the first page of agents the caller may see ({@code agents_api_v1_agents_list_pages}).
   *
   * @return the page; {@link Page#nextPage()} follows {@code next_page_token}, {@link
   *     Page#response(Class)} is the {@link AgentListPage} received
   */
  default Page<Agent> list() {
    return list(ListAgentsPageParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of agents the caller may see ({@code agents_api_v1_agents_list_pages}), from
   * {@link ListAgentsPageParams#pageToken()} when set.
   *
   * @param params cursor, page size and filters
   * @return the page; {@link Page#nextPage()} follows {@code next_page_token}
   */
  default Page<Agent> list(ListAgentsPageParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents the caller may see ({@code agents_api_v1_agents_list_pages}), from
   * {@link ListAgentsPageParams#pageToken()} when set. {@link Page#nextPage()} sends the same
   * filters and page size with the page's {@code next_page_token} as {@code page_token}.
   *
   * @param params cursor, page size and filters
   * @param options per-call options, applied to every page
   * @return the page; {@link Page#response(Class)} is the {@link AgentListPage} received
   */
  Page<Agent> list(ListAgentsPageParams params, RequestOptions options);

  /**
   * Lists the first page of agents with the older, page-numbered listing ({@code
   * agents_api_v1_agents_list}).
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @return the page; {@link Page#nextPage()} asks for the next page number
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@link
   *     #list(ListAgentsPageParams)}
   */
  @Deprecated
  default Page<Agent> list(ListAgentsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents with the older, page-numbered listing ({@code
   * agents_api_v1_agents_list}). Every request sends {@code page} and {@code page_size} (0 and
   * 20 unless set); {@link Page#hasNextPage()} is false once a page holds fewer agents than the
   * page size.
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @param options per-call options, applied to every page
   * @return the page; {@link Page#response()} is the list received
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@link
   *     #list(ListAgentsPageParams, RequestOptions)}
   */
  @Deprecated
  Page<Agent> list(ListAgentsParams params, RequestOptions options);

  /**
   * Every agent of the page-numbered listing, fetched page by page as iteration goes, from {@link
   * ListAgentsParams#page()} (default 0). Paging stops at the first page holding fewer agents than
   * the page size (default 20, sent explicitly).
   *
   * @param params filters, first page and page size
   * @return a lazy iterable; each iteration starts again from the first page
   * @deprecated the API deprecates this listing; use {@link #listAll(ListAgentsPageParams)}
   */
  @Deprecated
  default AutoPager<Agent> listAll(ListAgentsParams params) {
    return listAll(params, RequestOptions.none());
  }

  /**
   * Every agent of the page-numbered listing, fetched page by page as iteration goes.
   *
   * @param params filters, first page and page size
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   * @deprecated the API deprecates this listing; use {@link #listAll(ListAgentsPageParams,
   *     RequestOptions)}
   */
  @Deprecated
  AutoPager<Agent> listAll(ListAgentsParams params, RequestOptions options);

  /**
   * Every agent the caller may see, fetched page by page (by {@code next_page_token}) as iteration
   * goes.
   *
   * @return a lazy iterable; each iteration starts again from the first page
   */
  default AutoPager<Agent> listAll() {
    return listAll(ListAgentsPageParams.none(), RequestOptions.none());
  }

  /**
   * Every agent matching the filters, fetched page by page (by {@code next_page_token}) as
   * iteration goes, from {@link ListAgentsPageParams#pageToken()} when set.
   *
   * @param params filters, page size and first cursor
   * @return a lazy iterable; each iteration starts again from the first page
   */
  default AutoPager<Agent> listAll(ListAgentsPageParams params) {
    return listAll(params, RequestOptions.none());
  }

  /**
   * Every agent matching the filters, fetched page by page (by {@code next_page_token}) as
   * iteration goes: nothing is fetched before iteration starts; a repeated token ends paging.
   *
   * @param params filters, page size and first cursor
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  AutoPager<Agent> listAll(ListAgentsPageParams params, RequestOptions options);

  /**
   * Gets an agent at its current version ({@code agents_api_v1_agents_get}).
   *
   * @param agentId the agent id
   * @return the agent
   */
  default Agent get(String agentId) {
    return get(agentId, RequestOptions.none());
  }

  /**
   * Gets an agent at its current version ({@code agents_api_v1_agents_get}).
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the agent
   */
  Agent get(String agentId, RequestOptions options);

  /**
   * Gets an agent at a version ({@code agents_api_v1_agents_get} with {@code agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @return the agent
   */
  default Agent get(String agentId, int agentVersion) {
    return get(agentId, agentVersion, RequestOptions.none());
  }

  /**
   * Gets an agent at a version ({@code agents_api_v1_agents_get} with {@code agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @param options per-call options
   * @return the agent
   */
  Agent get(String agentId, int agentVersion, RequestOptions options);

  /**
   * Gets an agent at the version an alias points to ({@code agents_api_v1_agents_get} with {@code
   * agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @return the agent
   */
  default Agent get(String agentId, String agentVersion) {
    return get(agentId, agentVersion, RequestOptions.none());
  }

  /**
   * Gets an agent at the version an alias points to ({@code agents_api_v1_agents_get} with {@code
   * agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @param options per-call options
   * @return the agent
   */
  Agent get(String agentId, String agentVersion, RequestOptions options);

  /**
   * Updates an agent, which creates a new version ({@code agents_api_v1_agents_update}). Fields
   * left out of the request are unchanged; {@code tools} replaces the whole tool list. Not retried
   * once the server may have seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param agentId the agent id
   * @param request the changes
   * @return the agent at its new version
   */
  default Agent update(String agentId, UpdateAgentRequest request) {
    return update(agentId, request, RequestOptions.none());
  }

  /**
   * Updates an agent, which creates a new version ({@code agents_api_v1_agents_update}).
   *
   * @param agentId the agent id
   * @param request the changes
   * @param options per-call options
   * @return the agent at its new version
   * @see #update(String, UpdateAgentRequest)
   */
  Agent update(String agentId, UpdateAgentRequest request, RequestOptions options);

  /**
   * Deletes an agent ({@code agents_api_v1_agents_delete}).
   *
   * @param agentId the agent id
   */
  default void delete(String agentId) {
    delete(agentId, RequestOptions.none());
  }

  /**
   * Deletes an agent ({@code agents_api_v1_agents_delete}).
   *
   * @param agentId the agent id
   * @param options per-call options
   */
  void delete(String agentId, RequestOptions options);
}
