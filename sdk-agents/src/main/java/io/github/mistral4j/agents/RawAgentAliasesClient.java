package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;

/**
 * The operations of {@link AgentAliasesClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentAliasesClient}.
 */
public interface RawAgentAliasesClient {
  /**
   * {@link AgentAliasesClient#createOrUpdate(String, String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @return the response; {@link RawResponse#parse()} gives the alias
   */
  RawResponse<AgentAliasResponse> createOrUpdate(String agentId, String alias, int version);

  /**
   * {@link AgentAliasesClient#createOrUpdate(String, String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the alias
   */
  RawResponse<AgentAliasResponse> createOrUpdate(String agentId, String alias, int version, RequestOptions options);

  /**
   * {@link AgentAliasesClient#list(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return the response; {@link RawResponse#parse()} gives a single page (the API does not paginate aliases)
   */
  RawResponse<Page<AgentAliasResponse>> list(String agentId);

  /**
   * {@link AgentAliasesClient#list(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives a single page (the API does not paginate aliases)
   */
  RawResponse<Page<AgentAliasResponse>> list(String agentId, RequestOptions options);

  /**
   * {@link AgentAliasesClient#delete(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @return the response; {@link RawResponse#parse()} gives the result
   */
  RawResponse<Void> delete(String agentId, String alias);

  /**
   * {@link AgentAliasesClient#delete(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   * @return the response; {@link RawResponse#parse()} gives the result
   */
  RawResponse<Void> delete(String agentId, String alias, RequestOptions options);
}
