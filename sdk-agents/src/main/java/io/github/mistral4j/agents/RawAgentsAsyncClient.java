package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link AgentsAsyncClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentsAsyncClient}.
 */
public interface RawAgentsAsyncClient {
  /**
   * {@return the raw view of {@link AgentsAsyncClient#versions()}}
   */
  RawAgentVersionsAsyncClient versions();

  /**
   * {@return the raw view of {@link AgentsAsyncClient#aliases()}}
   */
  RawAgentAliasesAsyncClient aliases();

  /**
   * {@link AgentsAsyncClient#list()} with the HTTP response.
   *
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list();

  /**
   * {@link AgentsAsyncClient#list(ListAgentsPageParams)} with the HTTP response.
   *
   * @param params cursor, page size and filters
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(ListAgentsPageParams params);

  /**
   * {@link AgentsAsyncClient#list(ListAgentsPageParams, RequestOptions)} with the HTTP response.
   *
   * @param params cursor, page size and filters
   * @param options per-call options, applied to every page
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(ListAgentsPageParams params, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#list(ListAgentsParams)} with the HTTP response.
   *
   * @param params page, page size and filters
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@code list(ListAgentsPageParams)}
   */
  @Deprecated
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(ListAgentsParams params);

  /**
   * {@link AgentsAsyncClient#list(ListAgentsParams, RequestOptions)} with the HTTP response.
   *
   * @param params page, page size and filters
   * @param options per-call options, applied to every page
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@code list(ListAgentsPageParams, RequestOptions)}
   */
  @Deprecated
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(ListAgentsParams params, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#create(CreateAgentRequest)} with the HTTP response.
   *
   * @param request the request
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> create(CreateAgentRequest request);

  /**
   * {@link AgentsAsyncClient#create(CreateAgentRequest, RequestOptions)} with the HTTP response.
   *
   * @param request the request
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> create(CreateAgentRequest request, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#get(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId);

  /**
   * {@link AgentsAsyncClient#get(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#get(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, int agentVersion);

  /**
   * {@link AgentsAsyncClient#get(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, int agentVersion, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#get(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, String agentVersion);

  /**
   * {@link AgentsAsyncClient#get(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, String agentVersion, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#update(String, UpdateAgentRequest)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param request the request
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> update(String agentId, UpdateAgentRequest request);

  /**
   * {@link AgentsAsyncClient#update(String, UpdateAgentRequest, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param request the request
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> update(String agentId, UpdateAgentRequest request, RequestOptions options);

  /**
   * {@link AgentsAsyncClient#delete(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with {@code null}, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<@Nullable Void>> delete(String agentId);

  /**
   * {@link AgentsAsyncClient#delete(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with {@code null}, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<@Nullable Void>> delete(String agentId, RequestOptions options);
}
