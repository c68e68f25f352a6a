package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link ConnectorsAsyncClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ConnectorsAsyncClient}.
 */
public interface RawConnectorsAsyncClient {
  /**
   * {@return the raw view of {@link ConnectorsAsyncClient#tools()}}
   */
  RawToolsAsyncService tools();

  /**
   * {@return the raw view of {@link ConnectorsAsyncClient#activations()}}
   */
  RawActivationsAsyncService activations();

  /**
   * {@return the raw view of {@link ConnectorsAsyncClient#credentials()}}
   */
  RawCredentialsAsyncService credentials();

  /**
   * {@link ConnectorsAsyncClient#create(CreateConnectorRequest)} with the HTTP response.
   *
   * @param request the connector to create
   * @return a future of the response; {@link RawResponse#parse()} gives the created connector
   */
  CompletableFuture<RawResponse<Connector>> create(CreateConnectorRequest request);

  /**
   * {@link ConnectorsAsyncClient#create(CreateConnectorRequest, RequestOptions)} with the HTTP response.
   *
   * @param request the connector to create
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the created connector
   */
  CompletableFuture<RawResponse<Connector>> create(CreateConnectorRequest request, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#list()} with the HTTP response.
   *
   * @return a future of the response; {@link RawResponse#parse()} gives the first page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}
   */
  CompletableFuture<RawResponse<AsyncPage<Connector>>> list();

  /**
   * {@link ConnectorsAsyncClient#list(ListConnectorsParams)} with the HTTP response.
   *
   * @param params filter, cursor, page size
   * @return a future of the response; {@link RawResponse#parse()} gives the page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}
   */
  CompletableFuture<RawResponse<AsyncPage<Connector>>> list(ListConnectorsParams params);

  /**
   * {@link ConnectorsAsyncClient#list(ListConnectorsParams, RequestOptions)} with the HTTP response.
   *
   * @param params filter, cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return a future of the response; {@link RawResponse#parse()} gives the page; its {@link AsyncPage#nextPage()} follows {@code next_cursor}, its {@link AsyncPage#response(Class)} is the {@link io.github.mistral4j.connectors.model.PaginatedConnectors} received
   */
  CompletableFuture<RawResponse<AsyncPage<Connector>>> list(ListConnectorsParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#get(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the connector
   */
  CompletableFuture<RawResponse<Connector>> get(String connectorIdOrName);

  /**
   * {@link ConnectorsAsyncClient#get(String, GetConnectorParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @return a future of the response; {@link RawResponse#parse()} gives the connector
   */
  CompletableFuture<RawResponse<Connector>> get(String connectorIdOrName, GetConnectorParams params);

  /**
   * {@link ConnectorsAsyncClient#get(String, GetConnectorParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the connector
   */
  CompletableFuture<RawResponse<Connector>> get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#update(String, UpdateConnectorRequest)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @return a future of the response; {@link RawResponse#parse()} gives the updated connector
   */
  CompletableFuture<RawResponse<Connector>> update(String connectorId, UpdateConnectorRequest request);

  /**
   * {@link ConnectorsAsyncClient#update(String, UpdateConnectorRequest, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the updated connector
   */
  CompletableFuture<RawResponse<Connector>> update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#delete(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> delete(String connectorId);

  /**
   * {@link ConnectorsAsyncClient#delete(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> delete(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#getAuthUrl(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   */
  CompletableFuture<RawResponse<AuthUrlResponse>> getAuthUrl(String connectorIdOrName);

  /**
   * {@link ConnectorsAsyncClient#getAuthUrl(String, GetAuthUrlParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @return a future of the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   */
  CompletableFuture<RawResponse<AuthUrlResponse>> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params);

  /**
   * {@link ConnectorsAsyncClient#getAuthUrl(String, GetAuthUrlParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   */
  CompletableFuture<RawResponse<AuthUrlResponse>> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#getAuthenticationMethods(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the methods, without secrets
   */
  CompletableFuture<RawResponse<List<PublicAuthenticationMethod>>> getAuthenticationMethods(String connectorIdOrName);

  /**
   * {@link ConnectorsAsyncClient#getAuthenticationMethods(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the methods, without secrets
   */
  CompletableFuture<RawResponse<List<PublicAuthenticationMethod>>> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#share(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> share(String connectorId);

  /**
   * {@link ConnectorsAsyncClient#share(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> share(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ConnectorsAsyncClient#unshare(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> unshare(String connectorId);

  /**
   * {@link ConnectorsAsyncClient#unshare(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> unshare(String connectorId, RequestOptions requestOptions);
}
