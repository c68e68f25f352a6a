package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Slice;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link AgentsClient}: the same operations, each returning a {@link
 * CompletableFuture}. Arguments are checked on the calling thread, then the request is sent with
 * the JDK client's {@code sendAsync}: no thread waits while it is in flight, and retries wait on a
 * scheduler (see {@link MistralHttp}); steps run on the client's async executor ({@link
 * ClientOptions#asyncExecutor()}, by default a small pool of its {@link MistralHttp}). Each
 * operation is the synchronous client's (same preparation, retries, limits, events, errors); bad
 * arguments complete the future with {@link IllegalArgumentException} or {@link
 * NullPointerException}. With a custom {@link ClientOptions#feignClient() feignClient}, calls run as
 * blocking calls on the async executor instead. Lists complete with an {@link AsyncPage}; {@code listAll(...)} returns an
 * {@link AsyncAutoPager} that fetches each page only when the one before has been consumed.
 */
@RawView
public final class AgentsAsyncClient implements AutoCloseable {
  private final AgentsClient sync;
  private final MistralTransport transport;
  private final AgentVersionsAsyncClient versions;
  private final AgentAliasesAsyncClient aliases;

  AgentsAsyncClient(
      AgentsClient sync,
      AgentVersionsClient versions,
      AgentAliasesClient aliases,
      MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
    this.versions = new AgentVersionsAsyncClient(versions, transport);
    this.aliases = new AgentAliasesAsyncClient(aliases, transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static AgentsAsyncClient create(ClientOptions options) {
    return AgentsClient.create(options).async();
  }

  /**
   * Creates a client on shared HTTP resources; see {@link AgentsClient#create(ClientOptions,
   * MistralHttp)}.
   *
   * @param options the client options
   * @param http the shared resources; close it after the clients using it
   * @return the client
   */
  public static AgentsAsyncClient create(ClientOptions options, MistralHttp http) {
    return AgentsClient.create(options, http).async();
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY} (required), {@code MISTRAL_BASE_URL} and {@code
   * MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static AgentsAsyncClient fromEnv() {
    return AgentsClient.fromEnv().async();
  }

  /**
   * A client with modified options, sharing this one's HTTP client and threads; this client is left
   * unchanged and open. See {@link AgentsClient#withOptions}.
   *
   * @param modify changes to a copy of this client's options
   * @return the new client
   */
  public AgentsAsyncClient withOptions(Consumer<ClientOptions.Builder> modify) {
    return sync.withOptions(Objects.requireNonNull(modify, "modify")).async();
  }

  /** {@return the options this client was built with} */
  public ClientOptions options() {
    return sync.options();
  }

  /** {@return the synchronous client sharing this client's connections and threads} */
  public AgentsClient sync() {
    return sync;
  }

  /** {@return the operations on an agent's versions} */
  public AgentVersionsAsyncClient versions() {
    return versions;
  }

  /** {@return the operations on an agent's version aliases} */
  public AgentAliasesAsyncClient aliases() {
    return aliases;
  }

  /**
   * Lists the first page of agents the caller may see (cursor listing), asynchronously: see {@link
   * AgentsClient#list()}.
   *
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list() {
    return list(ListAgentsPageParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of agents (cursor listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsPageParams)}.
   *
   * @param params cursor, page size and filters
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(ListAgentsPageParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents (cursor listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsPageParams, RequestOptions)}. {@link AsyncPage#nextPage()} follows
   * {@code next_page_token}.
   *
   * @param params cursor, page size and filters
   * @param options per-call options, applied to every page
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AsyncPage<Agent>> list(ListAgentsPageParams params, RequestOptions options) {
    Function<@Nullable String, ApiCall<Slice<Agent>>> pages;
    try {
      pages = sync.tokenPageCalls(params, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncPage.byToken(params.pageToken(), token -> transport.runAsync(() -> pages.apply(token)));
  }

  /**
   * Lists one page of agents (page-numbered listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsParams)}.
   *
   * @param params page, page size and filters
   * @return a future completed with the page, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@link #list(ListAgentsPageParams)}
   */
  @Deprecated
  public CompletableFuture<AsyncPage<Agent>> list(ListAgentsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents (page-numbered listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsParams, RequestOptions)}.
   *
   * @param params page, page size and filters
   * @param options per-call options, applied to every page
   * @return a future completed with the page, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@link #list(ListAgentsPageParams,
   *     RequestOptions)}
   */
  @Deprecated
  public CompletableFuture<AsyncPage<Agent>> list(ListAgentsParams params, RequestOptions options) {
    IntFunction<ApiCall<List<Agent>>> pages;
    try {
      pages = sync.numberedPageCalls(params, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncPage.byPageNumber(
        AgentsClient.firstPage(params),
        AgentsClient.pageSize(params),
        page -> transport.runAsync(() -> pages.apply(page)));
  }

  /**
   * Every agent the caller may see, page by page: see {@link AgentsClient#listAll()}.
   *
   * @return a lazy async auto-pager: nothing is fetched before a traversal starts
   */
  public AsyncAutoPager<Agent> listAll() {
    return listAll(ListAgentsPageParams.none(), RequestOptions.none());
  }

  /**
   * Every agent matching the filters, page by page: see {@link
   * AgentsClient#listAll(ListAgentsPageParams)}.
   *
   * @param params filters, page size and first cursor
   * @return a lazy async auto-pager
   */
  public AsyncAutoPager<Agent> listAll(ListAgentsPageParams params) {
    return listAll(params, RequestOptions.none());
  }

  /**
   * Every agent matching the filters, page by page (by {@code next_page_token}): each page is
   * fetched when the agents before it have been consumed.
   *
   * @param params filters, page size and first cursor
   * @param options per-call options, applied to every page
   * @return a lazy async auto-pager; each traversal starts again from the first page
   */
  public AsyncAutoPager<Agent> listAll(ListAgentsPageParams params, RequestOptions options) {
    return AsyncAutoPager.from(() -> list(params, options));
  }

  /**
   * Every agent of the page-numbered listing, page by page: see {@link
   * AgentsClient#listAll(ListAgentsParams, RequestOptions)}.
   *
   * @param params filters, first page and page size
   * @param options per-call options, applied to every page
   * @return a lazy async auto-pager; each traversal starts again from the first page
   * @deprecated the API deprecates this listing; use {@link #listAll(ListAgentsPageParams,
   *     RequestOptions)}
   */
  @Deprecated
  public AsyncAutoPager<Agent> listAll(ListAgentsParams params, RequestOptions options) {
    return AsyncAutoPager.from(() -> list(params, options));
  }

  /**
   * Creates an agent, asynchronously: see {@link AgentsClient#create(CreateAgentRequest,
   * RequestOptions)}.
   *
   * @param request the request
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> create(CreateAgentRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an agent, asynchronously: see {@link AgentsClient#create(CreateAgentRequest,
   * RequestOptions)}.
   *
   * @param request the request
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> create(CreateAgentRequest request, RequestOptions options) {
    return transport.runAsync(() -> sync.createCall(request, options));
  }

  /**
   * Gets an agent, asynchronously: see {@link AgentsClient#get(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId) {
    return get(agentId, RequestOptions.none());
  }

  /**
   * Gets an agent, asynchronously: see {@link AgentsClient#get(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, RequestOptions options) {
    return transport.runAsync(() -> sync.getCall(agentId, options));
  }

  /**
   * Gets an agent at a version, asynchronously: see {@link AgentsClient#get(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, int agentVersion) {
    return get(agentId, agentVersion, RequestOptions.none());
  }

  /**
   * Gets an agent at a version, asynchronously: see {@link AgentsClient#get(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, int agentVersion, RequestOptions options) {
    return transport.runAsync(() -> sync.getCall(agentId, agentVersion, options));
  }

  /**
   * Gets an agent at an aliased version, asynchronously: see {@link AgentsClient#get(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, String agentVersion) {
    return get(agentId, agentVersion, RequestOptions.none());
  }

  /**
   * Gets an agent at an aliased version, asynchronously: see {@link AgentsClient#get(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param agentVersion the version number, or an alias
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> get(String agentId, String agentVersion, RequestOptions options) {
    return transport.runAsync(() -> sync.getCall(agentId, agentVersion, options));
  }

  /**
   * Updates an agent, creating a version, asynchronously: see {@link AgentsClient#update(String,
   * UpdateAgentRequest, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param request the request
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> update(String agentId, UpdateAgentRequest request) {
    return update(agentId, request, RequestOptions.none());
  }

  /**
   * Updates an agent, creating a version, asynchronously: see {@link AgentsClient#update(String,
   * UpdateAgentRequest, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param request the request
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> update(
      String agentId, UpdateAgentRequest request, RequestOptions options) {
    return transport.runAsync(() -> sync.updateCall(agentId, request, options));
  }

  /**
   * Deletes an agent, asynchronously: see {@link AgentsClient#delete(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> delete(String agentId) {
    return delete(agentId, RequestOptions.none());
  }

  /**
   * Deletes an agent, asynchronously: see {@link AgentsClient#delete(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> delete(String agentId, RequestOptions options) {
    return transport.runAsync(() -> sync.deleteCall(agentId, options));
  }

  /** Closes the client (and {@link #sync()}); see {@link AgentsClient#close()}. */
  @Override
  public void close() {
    sync.close();
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentsAsyncClient withRawResponse() {
    return RawViews.of(RawAgentsAsyncClient.class, this);
  }
}
