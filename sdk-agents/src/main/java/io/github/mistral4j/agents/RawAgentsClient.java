package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;

/**
 * The operations of {@link AgentsClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentsClient}.
 */
public interface RawAgentsClient {
  /**
   * {@return the raw view of {@link AgentsClient#versions()}}
   */
  RawAgentVersionsClient versions();

  /**
   * {@return the raw view of {@link AgentsClient#aliases()}}
   */
  RawAgentAliasesClient aliases();

  /**
   * {@link AgentsClient#create(CreateAgentRequest)} with the HTTP response.
   *
   * @param request the agent to create
   * @return the response; {@link RawResponse#parse()} gives the created agent, at its first version
   */
  RawResponse<Agent> create(CreateAgentRequest request);

  /**
   * {@link AgentsClient#create(CreateAgentRequest, RequestOptions)} with the HTTP response.
   *
   * @param request the agent to create
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the created agent, at its first version
   */
  RawResponse<Agent> create(CreateAgentRequest request, RequestOptions options);

  /**
   * {@link AgentsClient#list()} with the HTTP response.
   *
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#nextPage()} follows {@code next_page_token}, {@link Page#response(Class)} is the {@link AgentListPage} received
   */
  RawResponse<Page<Agent>> list();

  /**
   * {@link AgentsClient#list(ListAgentsPageParams)} with the HTTP response.
   *
   * @param params cursor, page size and filters
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#nextPage()} follows {@code next_page_token}
   */
  RawResponse<Page<Agent>> list(ListAgentsPageParams params);

  /**
   * {@link AgentsClient#list(ListAgentsPageParams, RequestOptions)} with the HTTP response.
   *
   * @param params cursor, page size and filters
   * @param options per-call options, applied to every page
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#response(Class)} is the {@link AgentListPage} received
   */
  RawResponse<Page<Agent>> list(ListAgentsPageParams params, RequestOptions options);

  /**
   * {@link AgentsClient#list(ListAgentsParams)} with the HTTP response.
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#nextPage()} asks for the next page number
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@code list(ListAgentsPageParams)}
   */
  @Deprecated
  RawResponse<Page<Agent>> list(ListAgentsParams params);

  /**
   * {@link AgentsClient#list(ListAgentsParams, RequestOptions)} with the HTTP response.
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @param options per-call options, applied to every page
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#response()} is the list received
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@code list(ListAgentsPageParams, RequestOptions)}
   */
  @Deprecated
  RawResponse<Page<Agent>> list(ListAgentsParams params, RequestOptions options);

  /**
   * {@link AgentsClient#get(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId);

  /**
   * {@link AgentsClient#get(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId, RequestOptions options);

  /**
   * {@link AgentsClient#get(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId, int agentVersion);

  /**
   * {@link AgentsClient#get(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId, int agentVersion, RequestOptions options);

  /**
   * {@link AgentsClient#get(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId, String agentVersion);

  /**
   * {@link AgentsClient#get(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent
   */
  RawResponse<Agent> get(String agentId, String agentVersion, RequestOptions options);

  /**
   * {@link AgentsClient#update(String, UpdateAgentRequest)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param request the changes
   * @return the response; {@link RawResponse#parse()} gives the agent at its new version
   */
  RawResponse<Agent> update(String agentId, UpdateAgentRequest request);

  /**
   * {@link AgentsClient#update(String, UpdateAgentRequest, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param request the changes
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent at its new version @see #update(String, UpdateAgentRequest)
   */
  RawResponse<Agent> update(String agentId, UpdateAgentRequest request, RequestOptions options);

  /**
   * {@link AgentsClient#delete(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return the response; {@link RawResponse#parse()} gives the result
   */
  RawResponse<Void> delete(String agentId);

  /**
   * {@link AgentsClient#delete(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the result
   */
  RawResponse<Void> delete(String agentId, RequestOptions options);
}
