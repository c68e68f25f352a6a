package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;

/**
 * The operations of {@link AgentVersionsClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentVersionsClient}.
 */
public interface RawAgentVersionsClient {
  /**
   * {@link AgentVersionsClient#update(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> update(String agentId, int version);

  /**
   * {@link AgentVersionsClient#update(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> update(String agentId, int version, RequestOptions options);

  /**
   * {@link AgentVersionsClient#list(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return the response; {@link RawResponse#parse()} gives the page, each version as a full agent; {@link Page#nextPage()} asks for the next page number
   */
  RawResponse<Page<Agent>> list(String agentId);

  /**
   * {@link AgentVersionsClient#list(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options, applied to every page
   * @return the response; {@link RawResponse#parse()} gives the page, each version as a full agent
   */
  RawResponse<Page<Agent>> list(String agentId, RequestOptions options);

  /**
   * {@link AgentVersionsClient#list(String, int, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @return the response; {@link RawResponse#parse()} gives the page, each version as a full agent
   */
  RawResponse<Page<Agent>> list(String agentId, int page, int pageSize);

  /**
   * {@link AgentVersionsClient#list(String, int, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return the response; {@link RawResponse#parse()} gives the page, each version as a full agent; {@link Page#response()} is the list received
   */
  RawResponse<Page<Agent>> list(String agentId, int page, int pageSize, RequestOptions options);

  /**
   * {@link AgentVersionsClient#get(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> get(String agentId, int version);

  /**
   * {@link AgentVersionsClient#get(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> get(String agentId, int version, RequestOptions options);

  /**
   * {@link AgentVersionsClient#get(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> get(String agentId, String version);

  /**
   * {@link AgentVersionsClient#get(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the agent at that version
   */
  RawResponse<Agent> get(String agentId, String version, RequestOptions options);
}
