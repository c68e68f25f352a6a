package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.agents.model.Agent;
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
 * <p>The operations and their documentation are those of {@link AgentsOperations}, which this
 * class implements. Thread-safe. Every operation has an overload taking {@link RequestOptions}.
 * Failures are {@link io.github.mistral4j.core.MistralException}s; bad arguments throw {@link
 * IllegalArgumentException} or {@link NullPointerException} before any request. Close the client to
 * release its threads and connections.
 */
@RawView
@AsyncTwin
public final class AgentsClient implements AgentsOperations, AutoCloseable {
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
    return new AgentsClient(MistralTransport.create(options));
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
    return new AgentsClient(MistralTransport.create(options, http));
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

  @Override
  public Agent create(CreateAgentRequest request, RequestOptions options) {
    return transport.run(calls.create(request, options));
  }

  @Override
  public Page<Agent> list(ListAgentsPageParams params, RequestOptions options) {
    return calls.list(params, options).page(transport);
  }

  @Deprecated
  @Override
  public Page<Agent> list(ListAgentsParams params, RequestOptions options) {
    return calls.list(params, options).page(transport);
  }

  @Deprecated
  @Override
  public AutoPager<Agent> listAll(ListAgentsParams params, RequestOptions options) {
    return calls.listAll(params, options).autoPager(transport);
  }

  @Override
  public AutoPager<Agent> listAll(ListAgentsPageParams params, RequestOptions options) {
    return calls.listAll(params, options).autoPager(transport);
  }

  @Override
  public Agent get(String agentId, RequestOptions options) {
    return transport.run(calls.get(agentId, options));
  }

  @Override
  public Agent get(String agentId, int agentVersion, RequestOptions options) {
    return transport.run(calls.get(agentId, agentVersion, options));
  }

  @Override
  public Agent get(String agentId, String agentVersion, RequestOptions options) {
    return transport.run(calls.get(agentId, agentVersion, options));
  }

  @Override
  public Agent update(String agentId, UpdateAgentRequest request, RequestOptions options) {
    return transport.run(calls.update(agentId, request, options));
  }

  @Override
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
