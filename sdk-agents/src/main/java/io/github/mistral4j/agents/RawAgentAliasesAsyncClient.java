package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link AgentAliasesAsyncClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link AgentAliasesAsyncClient}.
 */
public interface RawAgentAliasesAsyncClient {
  /**
   * {@link AgentAliasesAsyncClient#createOrUpdate(String, String, int)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the alias, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AgentAliasResponse>> createOrUpdate(String agentId, String alias, int version);

  /**
   * {@link AgentAliasesAsyncClient#createOrUpdate(String, String, int, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the alias, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AgentAliasResponse>> createOrUpdate(String agentId, String alias, int version, RequestOptions options);

  /**
   * {@link AgentAliasesAsyncClient#list(String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the aliases, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<AgentAliasResponse>>> list(String agentId);

  /**
   * {@link AgentAliasesAsyncClient#list(String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the aliases, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<AsyncPage<AgentAliasResponse>>> list(String agentId, RequestOptions options);

  /**
   * {@link AgentAliasesAsyncClient#delete(String, String)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with {@code null}, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<@Nullable Void>> delete(String agentId, String alias);

  /**
   * {@link AgentAliasesAsyncClient#delete(String, String, RequestOptions)} with the HTTP response.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a future completed with {@code null}, or with the exception the call failed with
   */
  CompletableFuture<RawResponse<@Nullable Void>> delete(String agentId, String alias, RequestOptions options);
}
