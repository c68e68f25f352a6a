package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The asynchronous twin of {@link AgentVersionsClient}, reached through {@link
 * AgentsAsyncClient#versions()}.
 */
@RawView
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
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(String agentId, RequestOptions options) {
    return pages(agentId, 0, AgentVersionsClient.DEFAULT_PAGE_SIZE, options);
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
    return transport.runAsync(() -> sync.updateCall(agentId, version, options));
  }

  /**
   * Lists one page of an agent's versions, asynchronously: see {@link
   * AgentVersionsClient#list(String, int, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(String agentId, int page, int pageSize) {
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
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(
      String agentId, int page, int pageSize, RequestOptions options) {
    return pages(agentId, page, pageSize, options);
  }

  /**
   * Every version of an agent, page by page (20 a page): see {@link
   * AgentVersionsClient#listAll(String)}.
   *
   * @param agentId the agent id
   * @return a lazy async auto-pager: nothing is fetched before a traversal starts
   */
  public AsyncAutoPager<Agent> listAll(String agentId) {
    return listAll(agentId, AgentVersionsClient.DEFAULT_PAGE_SIZE, RequestOptions.none());
  }

  /**
   * Every version of an agent, page by page: see {@link AgentVersionsClient#listAll(String, int,
   * RequestOptions)}. Each page is fetched when the versions before it have been consumed.
   *
   * @param agentId the agent id
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return a lazy async auto-pager; each traversal starts again from the first page
   */
  public AsyncAutoPager<Agent> listAll(String agentId, int pageSize, RequestOptions options) {
    return AsyncAutoPager.from(() -> pages(agentId, 0, pageSize, options));
  }

  private CompletableFuture<AsyncPage<Agent>> pages(
      String agentId, int page, int pageSize, RequestOptions options) {
    IntFunction<ApiCall<List<Agent>>> pages;
    try {
      AgentVersionsClient.checkPage(page);
      pages = sync.pageCalls(agentId, pageSize, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncPage.byPageNumber(page, pageSize, number -> transport.runAsync(() -> pages.apply(number)));
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
    return transport.runAsync(() -> sync.getCall(agentId, version, options));
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
    return transport.runAsync(() -> sync.getCall(agentId, version, options));
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentVersionsAsyncClient withRawResponse() {
    return RawViews.of(RawAgentVersionsAsyncClient.class, this);
  }
}
