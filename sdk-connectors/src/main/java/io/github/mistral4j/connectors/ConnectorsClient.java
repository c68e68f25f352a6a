package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of Mistral's beta Connectors API (remote MCP servers). Thread-safe; build one per set of
 * options and share it. Close it to release its threads and connections.
 *
 * <pre>{@code
 * try (ConnectorsClient connectors = ConnectorsClient.fromEnv()) {
 *   Connector c = connectors.create(CreateConnectorRequest.builder()
 *       .name("weather").description("Weather tools").server("https://mcp.example.com/mcp").build());
 *   for (Connector each : connectors.listAll()) { ... }
 *   connectors.activations().activate(c.id(), Scope.WORKSPACE);
 *   for (McpTool tool : connectors.tools().listAll("weather")) { ... }   // every page
 *   ConnectorToolCallResponse r = connectors.tools().call("weather", "forecast", Map.of("city", "Paris"));
 * }
 * }</pre>
 *
 * <p>The operations and their documentation are those of {@link ConnectorsOperations}, which this
 * class implements. Every operation has an overload taking {@link RequestOptions}.
 * Invalid arguments fail with {@link IllegalArgumentException} or {@link NullPointerException}
 * before any request; failed calls throw a {@link io.github.mistral4j.core.MistralException}.
 */
@RawView
@AsyncTwin
public final class ConnectorsClient implements ConnectorsOperations, AutoCloseable {
  private final MistralTransport transport;
  private final ConnectorsCalls calls;
  private final ToolsService tools;
  private final ActivationsService activations;
  private final CredentialsService credentials;
  private final ConnectorsAsyncClient async;

  private ConnectorsClient(MistralTransport transport) {
    this.transport = transport;
    this.calls = new ConnectorsCalls(transport);
    this.tools = new ToolsService(transport);
    this.activations = new ActivationsService(transport);
    this.credentials = new CredentialsService(transport);
    this.async = new ConnectorsAsyncClient(this, calls, transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static ConnectorsClient create(ClientOptions options) {
    return new ConnectorsClient(MistralTransport.create(options));
  }

  /**
   * Creates a client on shared HTTP resources (for example the ones an {@code AgentsClient} uses
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
  public static ConnectorsClient create(ClientOptions options, MistralHttp http) {
    return new ConnectorsClient(MistralTransport.create(options, http));
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ConnectorsClient fromEnv() {
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
   * @param modifier changes a builder holding this client's options
   * @return the new client
   * @throws io.github.mistral4j.core.MistralException when this client is closed
   */
  public ConnectorsClient withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder builder = transport.options().toBuilder();
    Objects.requireNonNull(modifier, "modifier").accept(builder);
    return new ConnectorsClient(transport.derive(builder.build()));
  }

  /** {@return the options of this client} */
  public ClientOptions options() {
    return transport.options();
  }

  /** {@return the tools of connectors: list and call them} */
  public ToolsService tools() {
    return tools;
  }

  /** {@return activation of connectors for an organization, a workspace or the calling user} */
  public ActivationsService activations() {
    return activations;
  }

  /** {@return credentials of connectors per scope} */
  public CredentialsService credentials() {
    return credentials;
  }

  @Override
  public Connector create(CreateConnectorRequest request, RequestOptions requestOptions) {
    return transport.run(calls.create(request, requestOptions));
  }

  @Override
  public Page<Connector> list(ListConnectorsParams params, RequestOptions requestOptions) {
    return calls.list(params, requestOptions).page(transport);
  }

  @Override
  public AutoPager<Connector> listAll(ListConnectorsParams params, RequestOptions requestOptions) {
    return calls.listAll(params, requestOptions).autoPager(transport);
  }

  @Override
  public Connector get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions) {
    return transport.run(calls.get(connectorIdOrName, params, requestOptions));
  }

  @Override
  public Connector update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions) {
    return transport.run(calls.update(connectorId, request, requestOptions));
  }

  @Override
  public MessageResponse delete(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.delete(connectorId, requestOptions));
  }

  @Override
  public AuthUrlResponse getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions) {
    return transport.run(calls.getAuthUrl(connectorIdOrName, params, requestOptions));
  }

  @Override
  public List<PublicAuthenticationMethod> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions) {
    return transport.run(calls.getAuthenticationMethods(connectorIdOrName, requestOptions));
  }

  @Override
  public MessageResponse share(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.share(connectorId, requestOptions));
  }

  @Override
  public MessageResponse unshare(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.unshare(connectorId, requestOptions));
  }

  /** {@return an async view of this client, sharing its connections and threads (closing either closes both)} */
  public ConnectorsAsyncClient async() {
    return async;
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
  public RawConnectorsClient withRawResponse() {
    return RawViews.of(RawConnectorsClient.class, this);
  }
}
