package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
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
 * <p>Every operation has an overload taking {@link io.github.mistral4j.core.RequestOptions}.
 * Invalid arguments fail with {@link IllegalArgumentException} or {@link NullPointerException}
 * before any request; failed calls throw a {@link io.github.mistral4j.core.MistralException}.
 */
@RawView
@AsyncTwin
public final class ConnectorsClient implements AutoCloseable {
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
    return new ConnectorsClient(MistralTransport.create(Objects.requireNonNull(options, "options")));
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
    return new ConnectorsClient(MistralTransport.create(Objects.requireNonNull(options, "options"), http));
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

  /**
   * Creates an MCP connector ({@code connector_create_v1}).
   *
   * @param request the connector to create
   * @return the created connector
   */
  public Connector create(CreateConnectorRequest request) {
    return transport.run(calls.create(request));
  }

  /**
   * Creates an MCP connector ({@code connector_create_v1}). Not replayed once the server may have
   * seen it, unless the request options allow it.
   *
   * @param request the connector to create
   * @param requestOptions per-call options
   * @return the created connector
   * @throws io.github.mistral4j.core.UnprocessableEntityException when the server rejects the
   *     request (its {@code validationErrors()} say why)
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Connector create(CreateConnectorRequest request, RequestOptions requestOptions) {
    return transport.run(calls.create(request, requestOptions));
  }

  /**
   * Lists the first page of connectors ({@code connector_list_v1}).
   *
   * @return the page; {@link Page#nextPage()} follows {@code next_cursor}, {@link
   *     Page#response(Class)} gives the {@link PaginatedConnectors} received
   */
  public Page<Connector> list() {
    return calls.list().page(transport);
  }

  /**
   * Lists one page of connectors ({@code connector_list_v1}), from {@code params.cursor()}.
   *
   * @param params filter, cursor, page size
   * @return the page; {@link Page#nextPage()} follows {@code next_cursor}
   */
  public Page<Connector> list(ListConnectorsParams params) {
    return calls.list(params).page(transport);
  }

  /**
   * Lists one page of connectors ({@code connector_list_v1}), from {@code params.cursor()}. The
   * page's {@link Page#nextPage()} sends the same filter and page size with the page's {@code
   * pagination.next_cursor}; its {@link Page#response(Class)} is the {@link PaginatedConnectors}
   * received.
   *
   * @param params filter, cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return the page
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<Connector> list(ListConnectorsParams params, RequestOptions requestOptions) {
    return calls.list(params, requestOptions).page(transport);
  }

  /**
   * Every connector, fetched page by page as iteration goes.
   *
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Connector> listAll() {
    return calls.listAll().autoPager(transport);
  }

  /**
   * Every connector matching the filter, from {@code params.cursor()} on, fetched page by page.
   *
   * @param params filter, first cursor, page size
   * @return a lazy iterable
   */
  public AutoPager<Connector> listAll(ListConnectorsParams params) {
    return calls.listAll(params).autoPager(transport);
  }

  /**
   * Every connector matching the filter, from {@code params.cursor()} on, fetched page by page:
   * nothing is fetched before iteration starts, and each page's {@code next_cursor} is followed
   * when iteration reaches it, until it is absent (or repeats).
   *
   * @param params filter, first cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Connector> listAll(ListConnectorsParams params, RequestOptions requestOptions) {
    return calls.listAll(params, requestOptions).autoPager(transport);
  }


  /**
   * Gets a connector ({@code connector_get_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the connector
   */
  public Connector get(String connectorIdOrName) {
    return transport.run(calls.get(connectorIdOrName));
  }

  /**
   * Gets a connector ({@code connector_get_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @return the connector
   */
  public Connector get(String connectorIdOrName, GetConnectorParams params) {
    return transport.run(calls.get(connectorIdOrName, params));
  }

  /**
   * Gets a connector ({@code connector_get_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @param requestOptions per-call options
   * @return the connector
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Connector get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions) {
    return transport.run(calls.get(connectorIdOrName, params, requestOptions));
  }

  /**
   * Updates a connector ({@code connector_update_v1}, PATCH): fields left absent are unchanged.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @return the updated connector
   */
  public Connector update(String connectorId, UpdateConnectorRequest request) {
    return transport.run(calls.update(connectorId, request));
  }

  /**
   * Updates a connector ({@code connector_update_v1}, PATCH): fields left absent are unchanged,
   * cleared fields are sent as {@code null}.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @param requestOptions per-call options
   * @return the updated connector
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Connector update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions) {
    return transport.run(calls.update(connectorId, request, requestOptions));
  }

  /**
   * Deletes a connector ({@code connector_delete_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse delete(String connectorId) {
    return transport.run(calls.delete(connectorId));
  }

  /**
   * Deletes a connector ({@code connector_delete_v1}).
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse delete(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.delete(connectorId, requestOptions));
  }

  /**
   * Gets the OAuth2 authorization URL a user opens to connect a connector ({@code
   * connector_get_auth_url_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the URL and how long it stays valid
   */
  public AuthUrlResponse getAuthUrl(String connectorIdOrName) {
    return transport.run(calls.getAuthUrl(connectorIdOrName));
  }

  /**
   * Gets the authorization URL a user opens to connect a connector ({@code
   * connector_get_auth_url_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @return the URL and how long it stays valid
   */
  public AuthUrlResponse getAuthUrl(String connectorIdOrName, GetAuthUrlParams params) {
    return transport.run(calls.getAuthUrl(connectorIdOrName, params));
  }

  /**
   * Gets the authorization URL a user opens to connect a connector ({@code
   * connector_get_auth_url_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @param requestOptions per-call options
   * @return the URL and how long it stays valid
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public AuthUrlResponse getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions) {
    return transport.run(calls.getAuthUrl(connectorIdOrName, params, requestOptions));
  }

  /**
   * Lists the authentication methods a connector supports and the headers they take ({@code
   * connector_get_authentication_methods_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the methods, without secrets
   */
  public List<PublicAuthenticationMethod> getAuthenticationMethods(String connectorIdOrName) {
    return transport.run(calls.getAuthenticationMethods(connectorIdOrName));
  }

  /**
   * Lists the authentication methods a connector supports and the headers they take ({@code
   * connector_get_authentication_methods_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the methods, without secrets
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public List<PublicAuthenticationMethod> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions) {
    return transport.run(calls.getAuthenticationMethods(connectorIdOrName, requestOptions));
  }

  /**
   * Shares a private connector with the current workspace ({@code connector_share_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse share(String connectorId) {
    return transport.run(calls.share(connectorId));
  }

  /**
   * Shares a private connector with the current workspace ({@code connector_share_v1}): the
   * workspace becomes its owner. Only its creator may do this.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse share(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.share(connectorId, requestOptions));
  }

  /**
   * Makes a shared connector private to its creator again ({@code connector_unshare_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse unshare(String connectorId) {
    return transport.run(calls.unshare(connectorId));
  }

  /**
   * Makes a shared connector private to its creator again ({@code connector_unshare_v1}).
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
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
