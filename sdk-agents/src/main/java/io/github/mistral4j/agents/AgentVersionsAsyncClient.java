package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link AgentVersionsClient}, reached through {@link
 * AgentsAsyncClient#versions()}.
 */
public final class AgentVersionsAsyncClient {
  private final AgentVersionsClient sync;
  private final MistralTransport transport;

  AgentVersionsAsyncClient(AgentVersionsClient sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
  }

  /**
   * Lists the first page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String)}.
   *
   * @param agentId the agent id
   * @return a future completed with the versions, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the versions, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> list(String agentId, RequestOptions options) {
    return transport.supplyAsync(() -> sync.list(agentId, options));
  }

  /**
   * Makes a version the agent's current one, asynchronously: see {@link
   * AgentVersionsClient#update(String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> update(String agentId, int version) {
    return update(agentId, version, RequestOptions.none());
  }

  /**
   * Makes a version the agent's current one, asynchronously: see {@link
   * AgentVersionsClient#update(String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> update(String agentId, int version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.update(agentId, version, options));
  }

  /**
   * Lists one page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String, int, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @return a future completed with the agents, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> list(String agentId, int page, int pageSize) {
    return list(agentId, page, pageSize, RequestOptions.none());
  }

  /**
   * Lists one page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String, int, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @param options per-call options
   * @return a future completed with the agents, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> list(
      String agentId, int page, int pageSize, RequestOptions options) {
    return transport.supplyAsync(() -> sync.list(agentId, page, pageSize, options));
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentVersionsClient#get(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, int version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentVersionsClient#get(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, int version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.get(agentId, version, options));
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentVersionsClient#get(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, String version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentVersionsClient#get(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, String version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.get(agentId, version, options));
  }
}
