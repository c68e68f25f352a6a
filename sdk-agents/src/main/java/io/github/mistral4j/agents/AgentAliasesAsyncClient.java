package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link AgentAliasesClient}, reached through {@link
 * AgentsAsyncClient#aliases()}.
 */
@RawView
public final class AgentAliasesAsyncClient {
  private final AgentAliasesClient sync;
  private final MistralTransport transport;

  AgentAliasesAsyncClient(AgentAliasesClient sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
  }

  /**
   * Creates or moves a version alias, asynchronously: see {@link
   * AgentAliasesClient#createOrUpdate(String, String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @return a future completed with the alias, or with the exception the call failed with
   */
  public CompletableFuture<AgentAliasResponse> createOrUpdate(
      String agentId, String alias, int version) {
    return createOrUpdate(agentId, alias, version, RequestOptions.none());
  }

  /**
   * Creates or moves a version alias, asynchronously: see {@link
   * AgentAliasesClient#createOrUpdate(String, String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @param options per-call options
   * @return a future completed with the alias, or with the exception the call failed with
   */
  public CompletableFuture<AgentAliasResponse> createOrUpdate(
      String agentId, String alias, int version, RequestOptions options) {
    return transport.runAsync(() -> sync.createOrUpdateCall(agentId, alias, version, options));
  }

  /**
   * Lists an agent's version aliases, asynchronously: see {@link AgentAliasesClient#list(String,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @return a future completed with the aliases, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<AgentAliasResponse>> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists an agent's version aliases, asynchronously: see {@link AgentAliasesClient#list(String,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the aliases, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<AgentAliasResponse>> list(String agentId, RequestOptions options) {
    return transport
        .runAsync(() -> sync.listCall(agentId, options))
        .thenApply(aliases -> AsyncPage.single(aliases, aliases));
  }

  /**
   * Deletes a version alias, asynchronously: see {@link AgentAliasesClient#delete(String, String,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> delete(String agentId, String alias) {
    return delete(agentId, alias, RequestOptions.none());
  }

  /**
   * Deletes a version alias, asynchronously: see {@link AgentAliasesClient#delete(String, String,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> delete(
      String agentId, String alias, RequestOptions options) {
    return transport.runAsync(() -> sync.deleteCall(agentId, alias, options));
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentAliasesAsyncClient withRawResponse() {
    return RawViews.of(RawAgentAliasesAsyncClient.class, this);
  }
}
