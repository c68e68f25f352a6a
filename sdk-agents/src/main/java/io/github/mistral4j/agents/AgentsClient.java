package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of Mistral's beta Agents API: create, list, get, update and delete agents, with {@link
 * #versions()} and {@link #aliases()} for their versions and version aliases. Every list returns a
 * {@link Page}; {@code listAll(...)} iterates every page lazily. {@link #async()} gives the same
 * operations returning {@code CompletableFuture}s.
 *
 * <pre>{@code
 * try (AgentsClient agents = AgentsClient.fromEnv()) {
 *   Agent agent = agents.create(CreateAgentRequest.builder()
 *       .model("mistral-medium-latest").name("weather")
 *       .addTool(AgentTool.connector(connectorId)).build());
 *   for (Agent each : agents.listAll()) { ... }
 *   agents.aliases().createOrUpdate(agent.id(), "prod", agent.version());
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every operation has an overload taking {@link RequestOptions}. Failures are
 * {@link io.github.mistral4j.core.MistralException}s; bad arguments throw {@link
 * IllegalArgumentException} or {@link NullPointerException} before any request. Close the client to
 * release its threads and connections.
 */
@RawView
@AsyncTwin
public final class AgentsClient implements AutoCloseable {
  private final MistralTransport transport;
  private final AgentsCalls calls;
  private final AgentVersionsClient versions;
  private final AgentAliasesClient aliases;
  private final AgentsAsyncClient async;

  private AgentsClient(MistralTransport transport) {
    this.transport = transport;
    this.calls = new AgentsCalls(transport);
    this.versions = new AgentVersionsClient(transport);
    this.aliases = new AgentAliasesClient(transport);
    this.async = new AgentsAsyncClient(this, calls, transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static AgentsClient create(ClientOptions options) {
    return new AgentsClient(MistralTransport.create(Objects.requireNonNull(options, "options")));
  }

  /**
   * Creates a client on shared HTTP resources (for example the ones a {@code ConnectorsClient} uses
   * too): it sends with {@code http}'s JDK client and runs async calls on its executor, and never
   * closes it. Closing this client only makes it refuse calls; closing {@code http} makes every
   * client on it refuse calls. A JDK client, Feign client or async executor set in the options is
   * used instead of the shared one.
   *
   * @param options the client options
   * @param http the shared resources; close it after the clients using it
   * @return the client
   * @throws IllegalArgumentException when the options' {@code connectTimeout} differs from the one
   *     {@code http} built its JDK client with (and the options give no client of their own)
   * @throws io.github.mistral4j.core.MistralException when {@code http} is closed
   */
  public static AgentsClient create(ClientOptions options, MistralHttp http) {
    return new AgentsClient(MistralTransport.create(Objects.requireNonNull(options, "options"), http));
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY} (required), {@code MISTRAL_BASE_URL} and {@code
   * MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static AgentsClient fromEnv() {
    return create(ClientOptions.fromEnv());
  }

  /**
   * A client with modified options; this client is left unchanged and open. The new client shares
   * this one's HTTP client, connections, async executor and threads, so deriving many costs no
   * threads. Closing it only makes it refuse calls; closing the client that owns the shared
   * resources (the one made by {@code create(options)}) makes every client derived from it refuse
   * calls with a {@link io.github.mistral4j.core.MistralException}. One exception: a changed {@code
   * connectTimeout}, when the SDK builds the JDK client (no {@code httpClient} or {@code
   * feignClient} set), needs a JDK client of its own; the new client then builds and owns its own
   * resources, as {@code create(options)} would, and closing it releases them.
   *
   * @param modify changes to a copy of this client's options
   * @return the new client
   * @throws io.github.mistral4j.core.MistralException when this client is closed
   */
  public AgentsClient withOptions(Consumer<ClientOptions.Builder> modify) {
    ClientOptions.Builder b = options().toBuilder();
    Objects.requireNonNull(modify, "modify").accept(b);
    return new AgentsClient(transport.derive(b.build()));
  }

  /** {@return the options this client was built with} */
  public ClientOptions options() {
    return transport.options();
  }

  /** {@return the operations on an agent's versions} */
  public AgentVersionsClient versions() {
    return versions;
  }

  /** {@return the operations on an agent's version aliases} */
  public AgentAliasesClient aliases() {
    return aliases;
  }

  /** {@return the same operations, asynchronous; it shares this client's connections and threads} */
  public AgentsAsyncClient async() {
    return async;
  }

  /**
   * Creates an agent ({@code agents_api_v1_agents_create}). Not retried once the server may have
   * seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param request the agent to create
   * @return the created agent, at its first version
   */
  public Agent create(CreateAgentRequest request) {
    return transport.run(calls.create(request));
  }

  /**
   * Creates an agent ({@code agents_api_v1_agents_create}). Not retried once the server may have
   * seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param request the agent to create
   * @param options per-call options
   * @return the created agent, at its first version
   */
  public Agent create(CreateAgentRequest request, RequestOptions options) {
    return transport.run(calls.create(request, options));
  }

  /**
   * Lists the first page of agents the caller may see ({@code agents_api_v1_agents_list_pages}).
   *
   * @return the page; {@link Page#nextPage()} follows {@code next_page_token}, {@link
   *     Page#response(Class)} is the {@link AgentListPage} received
   */
  public Page<Agent> list() {
    return calls.list().page(transport);
  }

  /**
   * Lists one page of agents the caller may see ({@code agents_api_v1_agents_list_pages}), from
   * {@link ListAgentsPageParams#pageToken()} when set.
   *
   * @param params cursor, page size and filters
   * @return the page; {@link Page#nextPage()} follows {@code next_page_token}
   */
  public Page<Agent> list(ListAgentsPageParams params) {
    return calls.list(params).page(transport);
  }

  /**
   * Lists one page of agents the caller may see ({@code agents_api_v1_agents_list_pages}), from
   * {@link ListAgentsPageParams#pageToken()} when set. {@link Page#nextPage()} sends the same
   * filters and page size with the page's {@code next_page_token} as {@code page_token}.
   *
   * @param params cursor, page size and filters
   * @param options per-call options, applied to every page
   * @return the page; {@link Page#response(Class)} is the {@link AgentListPage} received
   */
  public Page<Agent> list(ListAgentsPageParams params, RequestOptions options) {
    return calls.list(params, options).page(transport);
  }

  /**
   * Lists the first page of agents with the older, page-numbered listing ({@code
   * agents_api_v1_agents_list}).
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @return the page; {@link Page#nextPage()} asks for the next page number
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@link
   *     #list(ListAgentsPageParams)}
   */
  @Deprecated
  public Page<Agent> list(ListAgentsParams params) {
    return calls.list(params).page(transport);
  }

  /**
   * Lists one page of agents with the older, page-numbered listing ({@code
   * agents_api_v1_agents_list}). Every request sends {@code page} and {@code page_size} (0 and
   * 20 unless set); {@link Page#hasNextPage()} is false once a page holds fewer agents than the
   * page size.
   *
   * @param params page (0-based, default 0), page size (default 20) and filters
   * @param options per-call options, applied to every page
   * @return the page; {@link Page#response()} is the list received
   * @deprecated the API deprecates this listing (it ignores agent sharing); use {@link
   *     #list(ListAgentsPageParams, RequestOptions)}
   */
  @Deprecated
  public Page<Agent> list(ListAgentsParams params, RequestOptions options) {
    return calls.list(params, options).page(transport);
  }

  /**
   * Every agent of the page-numbered listing, fetched page by page as iteration goes, from {@link
   * ListAgentsParams#page()} (default 0). Paging stops at the first page holding fewer agents than
   * the page size (default 20, sent explicitly).
   *
   * @param params filters, first page and page size
   * @return a lazy iterable; each iteration starts again from the first page
   * @deprecated the API deprecates this listing; use {@link #listAll(ListAgentsPageParams)}
   */
  @Deprecated
  public AutoPager<Agent> listAll(ListAgentsParams params) {
    return calls.listAll(params).autoPager(transport);
  }

  /**
   * Every agent of the page-numbered listing, fetched page by page as iteration goes.
   *
   * @param params filters, first page and page size
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   * @deprecated the API deprecates this listing; use {@link #listAll(ListAgentsPageParams,
   *     RequestOptions)}
   */
  @Deprecated
  public AutoPager<Agent> listAll(ListAgentsParams params, RequestOptions options) {
    return calls.listAll(params, options).autoPager(transport);
  }

  /**
   * Every agent the caller may see, fetched page by page (by {@code next_page_token}) as iteration
   * goes.
   *
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll() {
    return calls.listAll().autoPager(transport);
  }

  /**
   * Every agent matching the filters, fetched page by page (by {@code next_page_token}) as
   * iteration goes, from {@link ListAgentsPageParams#pageToken()} when set.
   *
   * @param params filters, page size and first cursor
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(ListAgentsPageParams params) {
    return calls.listAll(params).autoPager(transport);
  }

  /**
   * Every agent matching the filters, fetched page by page (by {@code next_page_token}) as
   * iteration goes: nothing is fetched before iteration starts; a repeated token ends paging.
   *
   * @param params filters, page size and first cursor
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(ListAgentsPageParams params, RequestOptions options) {
    return calls.listAll(params, options).autoPager(transport);
  }

  /**
   * Gets an agent at its current version ({@code agents_api_v1_agents_get}).
   *
   * @param agentId the agent id
   * @return the agent
   */
  public Agent get(String agentId) {
    return transport.run(calls.get(agentId));
  }

  /**
   * Gets an agent at its current version ({@code agents_api_v1_agents_get}).
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the agent
   */
  public Agent get(String agentId, RequestOptions options) {
    return transport.run(calls.get(agentId, options));
  }

  /**
   * Gets an agent at a version ({@code agents_api_v1_agents_get} with {@code agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @return the agent
   */
  public Agent get(String agentId, int agentVersion) {
    return transport.run(calls.get(agentId, agentVersion));
  }

  /**
   * Gets an agent at a version ({@code agents_api_v1_agents_get} with {@code agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion the version number, 0 or more
   * @param options per-call options
   * @return the agent
   */
  public Agent get(String agentId, int agentVersion, RequestOptions options) {
    return transport.run(calls.get(agentId, agentVersion, options));
  }

  /**
   * Gets an agent at the version an alias points to ({@code agents_api_v1_agents_get} with {@code
   * agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @return the agent
   */
  public Agent get(String agentId, String agentVersion) {
    return transport.run(calls.get(agentId, agentVersion));
  }

  /**
   * Gets an agent at the version an alias points to ({@code agents_api_v1_agents_get} with {@code
   * agent_version}).
   *
   * @param agentId the agent id
   * @param agentVersion a version alias such as {@code prod} (or a version number as text)
   * @param options per-call options
   * @return the agent
   */
  public Agent get(String agentId, String agentVersion, RequestOptions options) {
    return transport.run(calls.get(agentId, agentVersion, options));
  }

  /**
   * Updates an agent, which creates a new version ({@code agents_api_v1_agents_update}). Fields
   * left out of the request are unchanged; {@code tools} replaces the whole tool list. Not retried
   * once the server may have seen it, unless {@link RequestOptions#retryNonIdempotent()} allows it.
   *
   * @param agentId the agent id
   * @param request the changes
   * @return the agent at its new version
   */
  public Agent update(String agentId, UpdateAgentRequest request) {
    return transport.run(calls.update(agentId, request));
  }

  /**
   * Updates an agent, which creates a new version ({@code agents_api_v1_agents_update}).
   *
   * @param agentId the agent id
   * @param request the changes
   * @param options per-call options
   * @return the agent at its new version
   * @see #update(String, UpdateAgentRequest)
   */
  public Agent update(String agentId, UpdateAgentRequest request, RequestOptions options) {
    return transport.run(calls.update(agentId, request, options));
  }

  /**
   * Deletes an agent ({@code agents_api_v1_agents_delete}).
   *
   * @param agentId the agent id
   */
  public void delete(String agentId) {
    transport.run(calls.delete(agentId));
  }

  /**
   * Deletes an agent ({@code agents_api_v1_agents_delete}).
   *
   * @param agentId the agent id
   * @param options per-call options
   */
  public void delete(String agentId, RequestOptions options) {
    transport.run(calls.delete(agentId, options));
  }

  /**
   * Closes the client: later calls fail with {@link io.github.mistral4j.core.MistralException}. If
   * it owns its HTTP resources (made by {@code create(options)}), they are closed too (see {@link
   * MistralHttp#close()}): the async threads end, an HTTP client the SDK built is closed (Java 21+;
   * on Java 17-20 the JDK client cannot be closed and its idle connections end when it is
   * garbage-collected), and every client derived with {@link #withOptions} refuses calls. A client
   * made with {@code withOptions} or on a {@link MistralHttp} you gave leaves them open. An HTTP
   * client you passed in is yours to close. The async twin shares this state.
   */
  @Override
  public void close() {
    transport.close();
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentsClient withRawResponse() {
    return RawViews.of(RawAgentsClient.class, this);
  }
}
