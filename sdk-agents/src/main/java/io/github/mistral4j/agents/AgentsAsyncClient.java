package io.github.mistral4j.agents;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link AgentsClient}: the same operations, each returning a {@link
 * CompletableFuture} run on the client's async executor ({@link ClientOptions#asyncExecutor()}, by
 * default the bounded pool of daemon threads of its {@link MistralHttp}, where it blocks a thread
 * for the whole call).
 * Each call runs the synchronous implementation, so behaviour (validation, retries, errors) is the
 * same; bad arguments complete the future with {@link IllegalArgumentException} or {@link
 * NullPointerException}. For lazy auto-paging use {@code sync().listAll(...)}.
 */
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

  /** The options this client was built with. */
  public ClientOptions options() {
    return sync.options();
  }

  /** The synchronous client sharing this client's connections and threads. */
  public AgentsClient sync() {
    return sync;
  }

  /** The operations on an agent's versions. */
  public AgentVersionsAsyncClient versions() {
    return versions;
  }

  /** The operations on an agent's version aliases. */
  public AgentAliasesAsyncClient aliases() {
    return aliases;
  }

  /**
   * Lists the first page of agents (page-numbered listing), asynchronously: see {@link
   * AgentsClient#list()}.
   *
   * @return a future completed with the agents, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@link #listPage()}
   */
  @Deprecated
  public CompletableFuture<List<Agent>> list() {
    return list(ListAgentsParams.none());
  }

  /**
   * Lists the first page of agents (cursor listing), asynchronously: see {@link
   * AgentsClient#listPage()}.
   *
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AgentListPage> listPage() {
    return listPage(ListAgentsPageParams.none());
  }

  /**
   * Lists the first page of an agent's versions, asynchronously: see {@link
   * AgentsClient#listVersions(String)}.
   *
   * @param agentId the agent id
   * @return a future completed with the versions, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> listVersions(String agentId) {
    return listVersions(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions, asynchronously: see {@link
   * AgentsClient#listVersions(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the versions, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> listVersions(String agentId, RequestOptions options) {
    return transport.supplyAsync(() -> sync.listVersions(agentId, options));
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
    return transport.supplyAsync(() -> sync.create(request, options));
  }

  /**
   * Lists one page of agents (page-numbered listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsParams, RequestOptions)}.
   *
   * @param params the parameters
   * @return a future completed with the agents, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@code listPage}
   */
  @Deprecated
  public CompletableFuture<List<Agent>> list(ListAgentsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents (page-numbered listing), asynchronously: see {@link
   * AgentsClient#list(ListAgentsParams, RequestOptions)}.
   *
   * @param params the parameters
   * @param options per-call options
   * @return a future completed with the agents, or with the exception the call failed with
   * @deprecated the API deprecates this listing; use {@code listPage}
   */
  @Deprecated
  public CompletableFuture<List<Agent>> list(ListAgentsParams params, RequestOptions options) {
    return transport.supplyAsync(() -> sync.list(params, options));
  }

  /**
   * Lists one page of agents (cursor listing), asynchronously: see {@link
   * AgentsClient#listPage(ListAgentsPageParams, RequestOptions)}.
   *
   * @param params the parameters
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AgentListPage> listPage(ListAgentsPageParams params) {
    return listPage(params, RequestOptions.none());
  }

  /**
   * Lists one page of agents (cursor listing), asynchronously: see {@link
   * AgentsClient#listPage(ListAgentsPageParams, RequestOptions)}.
   *
   * @param params the parameters
   * @param options per-call options
   * @return a future completed with the page, or with the exception the call failed with
   */
  public CompletableFuture<AgentListPage> listPage(
      ListAgentsPageParams params, RequestOptions options) {
    return transport.supplyAsync(() -> sync.listPage(params, options));
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
    return transport.supplyAsync(() -> sync.get(agentId, options));
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
    return transport.supplyAsync(() -> sync.get(agentId, agentVersion, options));
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
    return transport.supplyAsync(() -> sync.get(agentId, agentVersion, options));
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
    return transport.supplyAsync(() -> sync.update(agentId, request, options));
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
    return transport.supplyAsync(
        () -> {
          sync.delete(agentId, options);
          return null;
        });
  }

  /**
   * Makes a version the agent's current one, asynchronously: see {@link
   * AgentsClient#updateVersion(String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> updateVersion(String agentId, int version) {
    return updateVersion(agentId, version, RequestOptions.none());
  }

  /**
   * Makes a version the agent's current one, asynchronously: see {@link
   * AgentsClient#updateVersion(String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> updateVersion(
      String agentId, int version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.updateVersion(agentId, version, options));
  }

  /**
   * Lists one page of an agent's versions, asynchronously: see {@link
   * AgentsClient#listVersions(String, int, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @return a future completed with the agents, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> listVersions(String agentId, int page, int pageSize) {
    return listVersions(agentId, page, pageSize, RequestOptions.none());
  }

  /**
   * Lists one page of an agent's versions, asynchronously: see {@link
   * AgentsClient#listVersions(String, int, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize items a page
   * @param options per-call options
   * @return a future completed with the agents, or with the exception the call failed with
   */
  public CompletableFuture<List<Agent>> listVersions(
      String agentId, int page, int pageSize, RequestOptions options) {
    return transport.supplyAsync(() -> sync.listVersions(agentId, page, pageSize, options));
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentsClient#getVersion(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> getVersion(String agentId, int version) {
    return getVersion(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentsClient#getVersion(String, int,
   * RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> getVersion(String agentId, int version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.getVersion(agentId, version, options));
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentsClient#getVersion(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> getVersion(String agentId, String version) {
    return getVersion(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent, asynchronously: see {@link AgentsClient#getVersion(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param version the version
   * @param options per-call options
   * @return a future completed with the agent, or with the exception the call failed with
   */
  public CompletableFuture<Agent> getVersion(
      String agentId, String version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.getVersion(agentId, version, options));
  }

  /**
   * Creates or moves a version alias, asynchronously: see {@link
   * AgentsClient#createVersionAlias(String, String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @return a future completed with the alias, or with the exception the call failed with
   */
  public CompletableFuture<AgentAliasResponse> createVersionAlias(
      String agentId, String alias, int version) {
    return createVersionAlias(agentId, alias, version, RequestOptions.none());
  }

  /**
   * Creates or moves a version alias, asynchronously: see {@link
   * AgentsClient#createVersionAlias(String, String, int, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version
   * @param options per-call options
   * @return a future completed with the alias, or with the exception the call failed with
   */
  public CompletableFuture<AgentAliasResponse> createVersionAlias(
      String agentId, String alias, int version, RequestOptions options) {
    return transport.supplyAsync(() -> sync.createVersionAlias(agentId, alias, version, options));
  }

  /**
   * Lists an agent's version aliases, asynchronously: see {@link
   * AgentsClient#listVersionAliases(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @return a future completed with the aliases, or with the exception the call failed with
   */
  public CompletableFuture<List<AgentAliasResponse>> listVersionAliases(String agentId) {
    return listVersionAliases(agentId, RequestOptions.none());
  }

  /**
   * Lists an agent's version aliases, asynchronously: see {@link
   * AgentsClient#listVersionAliases(String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a future completed with the aliases, or with the exception the call failed with
   */
  public CompletableFuture<List<AgentAliasResponse>> listVersionAliases(
      String agentId, RequestOptions options) {
    return transport.supplyAsync(() -> sync.listVersionAliases(agentId, options));
  }

  /**
   * Deletes a version alias, asynchronously: see {@link AgentsClient#deleteVersionAlias(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> deleteVersionAlias(String agentId, String alias) {
    return deleteVersionAlias(agentId, alias, RequestOptions.none());
  }

  /**
   * Deletes a version alias, asynchronously: see {@link AgentsClient#deleteVersionAlias(String,
   * String, RequestOptions)}.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   * @return a future completed with {@code null}, or with the exception the call failed with
   */
  public CompletableFuture<@Nullable Void> deleteVersionAlias(
      String agentId, String alias, RequestOptions options) {
    return transport.supplyAsync(
        () -> {
          sync.deleteVersionAlias(agentId, alias, options);
          return null;
        });
  }

  /** Closes the client (and {@link #sync()}); see {@link AgentsClient#close()}. */
  @Override
  public void close() {
    sync.close();
  }
}
