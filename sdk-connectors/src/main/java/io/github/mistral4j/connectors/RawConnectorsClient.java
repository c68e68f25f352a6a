package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;
import java.util.List;

/**
 * The operations of {@link ConnectorsClient} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ConnectorsClient}.
 */
public interface RawConnectorsClient {
  /**
   * {@return the raw view of {@link ConnectorsClient#tools()}}
   */
  RawToolsService tools();

  /**
   * {@return the raw view of {@link ConnectorsClient#activations()}}
   */
  RawActivationsService activations();

  /**
   * {@return the raw view of {@link ConnectorsClient#credentials()}}
   */
  RawCredentialsService credentials();

  /**
   * {@link ConnectorsClient#create(CreateConnectorRequest)} with the HTTP response.
   *
   * @param request the connector to create
   * @return the response; {@link RawResponse#parse()} gives the created connector
   */
  RawResponse<Connector> create(CreateConnectorRequest request);

  /**
   * {@link ConnectorsClient#create(CreateConnectorRequest, RequestOptions)} with the HTTP response.
   *
   * @param request the connector to create
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the created connector
   * @throws io.github.mistral4j.core.UnprocessableEntityException when the server rejects the request (its {@code validationErrors()} say why)
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Connector> create(CreateConnectorRequest request, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#list()} with the HTTP response.
   *
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#nextPage()} follows {@code next_cursor}, {@link Page#response(Class)} gives the {@link PaginatedConnectors} received
   */
  RawResponse<Page<Connector>> list();

  /**
   * {@link ConnectorsClient#list(ListConnectorsParams)} with the HTTP response.
   *
   * @param params filter, cursor, page size
   * @return the response; {@link RawResponse#parse()} gives the page; {@link Page#nextPage()} follows {@code next_cursor}
   */
  RawResponse<Page<Connector>> list(ListConnectorsParams params);

  /**
   * {@link ConnectorsClient#list(ListConnectorsParams, RequestOptions)} with the HTTP response.
   *
   * @param params filter, cursor, page size
   * @param requestOptions per-call options, used for every page
   * @return the response; {@link RawResponse#parse()} gives the page
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Page<Connector>> list(ListConnectorsParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#get(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the connector
   */
  RawResponse<Connector> get(String connectorIdOrName);

  /**
   * {@link ConnectorsClient#get(String, GetConnectorParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @return the response; {@link RawResponse#parse()} gives the connector
   */
  RawResponse<Connector> get(String connectorIdOrName, GetConnectorParams params);

  /**
   * {@link ConnectorsClient#get(String, GetConnectorParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the connector
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Connector> get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#update(String, UpdateConnectorRequest)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @return the response; {@link RawResponse#parse()} gives the updated connector
   */
  RawResponse<Connector> update(String connectorId, UpdateConnectorRequest request);

  /**
   * {@link ConnectorsClient#update(String, UpdateConnectorRequest, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the updated connector
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Connector> update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#delete(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> delete(String connectorId);

  /**
   * {@link ConnectorsClient#delete(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> delete(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#getAuthUrl(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   */
  RawResponse<AuthUrlResponse> getAuthUrl(String connectorIdOrName);

  /**
   * {@link ConnectorsClient#getAuthUrl(String, GetAuthUrlParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @return the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   */
  RawResponse<AuthUrlResponse> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params);

  /**
   * {@link ConnectorsClient#getAuthUrl(String, GetAuthUrlParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the URL and how long it stays valid
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<AuthUrlResponse> getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#getAuthenticationMethods(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the methods, without secrets
   */
  RawResponse<List<PublicAuthenticationMethod>> getAuthenticationMethods(String connectorIdOrName);

  /**
   * {@link ConnectorsClient#getAuthenticationMethods(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the methods, without secrets
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<List<PublicAuthenticationMethod>> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#share(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> share(String connectorId);

  /**
   * {@link ConnectorsClient#share(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> share(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ConnectorsClient#unshare(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> unshare(String connectorId);

  /**
   * {@link ConnectorsClient#unshare(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> unshare(String connectorId, RequestOptions requestOptions);
}
