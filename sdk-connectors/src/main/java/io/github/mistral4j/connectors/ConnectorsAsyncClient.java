package io.github.mistral4j.connectors;

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
import org.jspecify.annotations.Nullable;

/**
 * Async twin of {@link ConnectorsClient}: every operation returns a {@link
 * java.util.concurrent.CompletableFuture}. Arguments are checked on the calling thread, then the
 * request is sent with the JDK client's {@code sendAsync}: no thread waits while it is in flight,
 * and retries wait on a scheduler, not in a sleeping thread (see {@link MistralHttp}). Each
 * operation is the matching {@link ConnectorsClient} operation (same preparation, options,
 * retries, limits and events), so both behave alike; a failure, invalid arguments included,
 * completes the future exceptionally with the exception the sync call would throw. With a custom
 * {@link ClientOptions#feignClient() feignClient}, calls run as blocking calls on the async
 * executor instead.
 */
@RawView
public final class ConnectorsAsyncClient implements AutoCloseable {
  private final ConnectorsClient sync;
  private final MistralTransport transport;
  private final ToolsAsyncService tools;
  private final ActivationsAsyncService activations;
  private final CredentialsAsyncService credentials;

  ConnectorsAsyncClient(ConnectorsClient sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
    this.tools = new ToolsAsyncService(sync.tools(), transport);
    this.activations = new ActivationsAsyncService(sync.activations(), transport);
    this.credentials = new CredentialsAsyncService(sync.credentials(), transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static ConnectorsAsyncClient create(ClientOptions options) {
    return ConnectorsClient.create(options).async();
  }

  /**
   * Creates a client on shared HTTP resources; see {@link ConnectorsClient#create(ClientOptions,
   * MistralHttp)}.
   *
   * @param options the client options
   * @param http the shared resources; close it after the clients using it
   * @return the client
   */
  public static ConnectorsAsyncClient create(ClientOptions options, MistralHttp http) {
    return ConnectorsClient.create(options, http).async();
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ConnectorsAsyncClient fromEnv() {
    return create(ClientOptions.fromEnv());
  }

  /**
   * A client with modified options, sharing this one's HTTP client and threads; this client is left
   * unchanged and open. See {@link ConnectorsClient#withOptions}.
   *
   * @param modifier changes a builder holding this client's options
   * @return the new client
   */
  public ConnectorsAsyncClient withOptions(Consumer<ClientOptions.Builder> modifier) {
    return sync.withOptions(Objects.requireNonNull(modifier, "modifier")).async();
  }

  /** {@return the options of this client} */
  public ClientOptions options() {
    return sync.options();
  }

  /** {@return the tools of connectors: list and call them} */
  public ToolsAsyncService tools() {
    return tools;
  }

  /** {@return activation of connectors for an organization, a workspace or the calling user} */
  public ActivationsAsyncService activations() {
    return activations;
  }

  /** {@return credentials of connectors per scope} */
  public CredentialsAsyncService credentials() {
    return credentials;
  }

  /**
   * See {@link ConnectorsClient#create(CreateConnectorRequest)}.
   *
   * @param request the connector to create
   * @return the created connector
   */
  public CompletableFuture<Connector> create(CreateConnectorRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#create(CreateConnectorRequest, RequestOptions)}.
   *
   * @param request the connector to create
   * @param requestOptions per-call options
   * @return the created connector
   */
  public CompletableFuture<Connector> create(CreateConnectorRequest request, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.createCall(request, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#list()}.
   *
   * @return the first page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}
   */
  public CompletableFuture<AsyncPage<Connector>> list() {
    return list(ListConnectorsParams.none(), RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#list(ListConnectorsParams)}.
   *
   * @param params filter, cursor, page size
   * @return the page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}
   */
  public CompletableFuture<AsyncPage<Connector>> list(ListConnectorsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#list(ListConnectorsParams, RequestOptions)}.
   *
   * @param params filter, cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return the page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}, its {@link
   *     AsyncPage#response(Class)} is the {@link io.github.mistral4j.connectors.model.PaginatedConnectors}
   *     received
   */
  public CompletableFuture<AsyncPage<Connector>> list(ListConnectorsParams params, RequestOptions requestOptions) {
    Function<@Nullable String, ApiCall<Slice<Connector>>> pages;
    try {
      pages = sync.pageCalls(params, requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncPage.byToken(params.cursor(), cursor -> transport.runAsync(() -> pages.apply(cursor)));
  }

  /**
   * Every connector, page by page (see {@link ConnectorsClient#listAll()}).
   *
   * @return a lazy async auto-pager: nothing is fetched before a traversal starts
   */
  public AsyncAutoPager<Connector> listAll() {
    return listAll(ListConnectorsParams.none(), RequestOptions.none());
  }

  /**
   * Every connector matching the filter, page by page (see {@link
   * ConnectorsClient#listAll(ListConnectorsParams)}).
   *
   * @param params filter, first cursor, page size
   * @return a lazy async auto-pager
   */
  public AsyncAutoPager<Connector> listAll(ListConnectorsParams params) {
    return listAll(params, RequestOptions.none());
  }

  /**
   * Every connector matching the filter, page by page (see {@link
   * ConnectorsClient#listAll(ListConnectorsParams, RequestOptions)}): each page is fetched when
   * the items before it have been consumed.
   *
   * @param params filter, first cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return a lazy async auto-pager; each traversal starts again from the first page
   */
  public AsyncAutoPager<Connector> listAll(ListConnectorsParams params, RequestOptions requestOptions) {
    return AsyncAutoPager.from(() -> list(params, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#get(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the connector
   */
  public CompletableFuture<Connector> get(String connectorIdOrName) {
    return get(connectorIdOrName, GetConnectorParams.none(), RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#get(String, GetConnectorParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @return the connector
   */
  public CompletableFuture<Connector> get(String connectorIdOrName, GetConnectorParams params) {
    return get(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#get(String, GetConnectorParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @param requestOptions per-call options
   * @return the connector
   */
  public CompletableFuture<Connector> get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.getCall(connectorIdOrName, params, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#update(String, UpdateConnectorRequest)}.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @return the updated connector
   */
  public CompletableFuture<Connector> update(String connectorId, UpdateConnectorRequest request) {
    return update(connectorId, request, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#update(String, UpdateConnectorRequest, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @param requestOptions per-call options
   * @return the updated connector
   */
  public CompletableFuture<Connector> update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.updateCall(connectorId, request, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#delete(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> delete(String connectorId) {
    return delete(connectorId, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#delete(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> delete(String connectorId, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.deleteCall(connectorId, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#getAuthUrl(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the URL and how long it stays valid
   */
  public CompletableFuture<AuthUrlResponse> getAuthUrl(String connectorIdOrName) {
    return getAuthUrl(connectorIdOrName, GetAuthUrlParams.none(), RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#getAuthUrl(String, GetAuthUrlParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @return the URL and how long it stays valid
   */
  public CompletableFuture<AuthUrlResponse> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params) {
    return getAuthUrl(connectorIdOrName, params, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#getAuthUrl(String, GetAuthUrlParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @param requestOptions per-call options
   * @return the URL and how long it stays valid
   */
  public CompletableFuture<AuthUrlResponse> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.getAuthUrlCall(connectorIdOrName, params, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#getAuthenticationMethods(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the methods, without secrets
   */
  public CompletableFuture<List<PublicAuthenticationMethod>> getAuthenticationMethods(String connectorIdOrName) {
    return getAuthenticationMethods(connectorIdOrName, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#getAuthenticationMethods(String, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the methods, without secrets
   */
  public CompletableFuture<List<PublicAuthenticationMethod>> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.getAuthenticationMethodsCall(connectorIdOrName, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#share(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> share(String connectorId) {
    return share(connectorId, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#share(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> share(String connectorId, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.shareCall(connectorId, requestOptions));
  }

  /**
   * See {@link ConnectorsClient#unshare(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> unshare(String connectorId) {
    return unshare(connectorId, RequestOptions.none());
  }

  /**
   * See {@link ConnectorsClient#unshare(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> unshare(String connectorId, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.unshareCall(connectorId, requestOptions));
  }

  /** {@return the blocking client this one runs on (sharing its connections and threads)} */
  public ConnectorsClient sync() {
    return sync;
  }

  /** Closes the client; see {@link ConnectorsClient#close()}. */
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
  public RawConnectorsAsyncClient withRawResponse() {
    return RawViews.of(RawConnectorsAsyncClient.class, this);
  }
}
