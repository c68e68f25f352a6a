package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link AgentVersionsAsyncClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentVersionsAsyncClient}.
 */
public interface RawAgentVersionsAsyncClient {
  /**
   * {@link AgentVersionsAsyncClient#list(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(String agentId);

  /**
   * {@link AgentVersionsAsyncClient#list(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(String agentId, RequestOptions options);

  /**
   * {@link AgentVersionsAsyncClient#update(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> update(String agentId, int version);

  /**
   * {@link AgentVersionsAsyncClient#update(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> update(String agentId, int version, RequestOptions options);

  /**
   * {@link AgentVersionsAsyncClient#list(String, int, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(String agentId, int page, int pageSize);

  /**
   * {@link AgentVersionsAsyncClient#list(String, int, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the page, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<Agent>>> list(String agentId, int page, int pageSize, RequestOptions options);

  /**
   * {@link AgentVersionsAsyncClient#get(String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, int version);

  /**
   * {@link AgentVersionsAsyncClient#get(String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, int version, RequestOptions options);

  /**
   * {@link AgentVersionsAsyncClient#get(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, String version);

  /**
   * {@link AgentVersionsAsyncClient#get(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the agent, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<Agent>> get(String agentId, String version, RequestOptions options);
}
