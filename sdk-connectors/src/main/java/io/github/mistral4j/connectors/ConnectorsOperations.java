package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.List;

/**
 * The operations on connectors of Mistral's beta Connectors API, as {@link ConnectorsClient} runs
 * them; a type to depend on where a test double or a decorator should stand in for the client. The
 * methods taking {@link RequestOptions} are abstract; each overload without them is a default
 * method calling the fullest overload with {@link RequestOptions#none()} and, for parameters it
 * leaves out, their {@code none()}, so that an implementation overrides only the abstract ones.
 *
 * <p>Failures are {@link io.github.mistral4j.core.MistralException}s; in {@link ConnectorsClient},
 * invalid arguments fail with {@link IllegalArgumentException} or {@link NullPointerException}
 * before any request.
 */
public interface ConnectorsOperations {
  /**
   * Creates an MCP connector ({@code connector_create_v1}).
   *
   * @param request the connector to create
   * @return the created connector
   */
  default Connector create(CreateConnectorRequest request) {
    return create(request, RequestOptions.none());
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
  Connector create(CreateConnectorRequest request, RequestOptions requestOptions);

  /**
   * Lists the first page of connectors ({@code connector_list_v1}).
   *
   * @return the page; {@link Page#nextPage()} follows {@code next_cursor}, {@link
   *     Page#response(Class)} gives the {@link PaginatedConnectors} received
   */
  default Page<Connector> list() {
    return list(ListConnectorsParams.none(), RequestOptions.none());
  }

  /**
   * Lists one page of connectors ({@code connector_list_v1}), from {@code params.cursor()}.
   *
   * @param params filter, cursor, page size
   * @return the page; {@link Page#nextPage()} follows {@code next_cursor}
   */
  default Page<Connector> list(ListConnectorsParams params) {
    return list(params, RequestOptions.none());
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
  Page<Connector> list(ListConnectorsParams params, RequestOptions requestOptions);

  /**
   * Every connector, fetched page by page as iteration goes.
   *
   * @return a lazy iterable; each iteration starts again from the first page
   */
  default AutoPager<Connector> listAll() {
    return listAll(ListConnectorsParams.none(), RequestOptions.none());
  }

  /**
   * Every connector matching the filter, from {@code params.cursor()} on, fetched page by page.
   *
   * @param params filter, first cursor, page size
   * @return a lazy iterable
   */
  default AutoPager<Connector> listAll(ListConnectorsParams params) {
    return listAll(params, RequestOptions.none());
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
  AutoPager<Connector> listAll(ListConnectorsParams params, RequestOptions requestOptions);

  /**
   * Gets a connector ({@code connector_get_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the connector
   */
  default Connector get(String connectorIdOrName) {
    return get(connectorIdOrName, GetConnectorParams.none(), RequestOptions.none());
  }

  /**
   * Gets a connector ({@code connector_get_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params whether to include user and customer data
   * @return the connector
   */
  default Connector get(String connectorIdOrName, GetConnectorParams params) {
    return get(connectorIdOrName, params, RequestOptions.none());
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
  Connector get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions);

  /**
   * Updates a connector ({@code connector_update_v1}, PATCH): fields left absent are unchanged.
   *
   * @param connectorId the connector's UUID
   * @param request the changes
   * @return the updated connector
   */
  default Connector update(String connectorId, UpdateConnectorRequest request) {
    return update(connectorId, request, RequestOptions.none());
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
  Connector update(String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions);

  /**
   * Deletes a connector ({@code connector_delete_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  default MessageResponse delete(String connectorId) {
    return delete(connectorId, RequestOptions.none());
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
  MessageResponse delete(String connectorId, RequestOptions requestOptions);

  /**
   * Gets the OAuth2 authorization URL a user opens to connect a connector ({@code
   * connector_get_auth_url_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the URL and how long it stays valid
   */
  default AuthUrlResponse getAuthUrl(String connectorIdOrName) {
    return getAuthUrl(connectorIdOrName, GetAuthUrlParams.none(), RequestOptions.none());
  }

  /**
   * Gets the authorization URL a user opens to connect a connector ({@code
   * connector_get_auth_url_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param params return URL, method, credentials name and title, GitHub installation link
   * @return the URL and how long it stays valid
   */
  default AuthUrlResponse getAuthUrl(String connectorIdOrName, GetAuthUrlParams params) {
    return getAuthUrl(connectorIdOrName, params, RequestOptions.none());
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
  AuthUrlResponse getAuthUrl(String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions);

  /**
   * Lists the authentication methods a connector supports and the headers they take ({@code
   * connector_get_authentication_methods_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the methods, without secrets
   */
  default List<PublicAuthenticationMethod> getAuthenticationMethods(String connectorIdOrName) {
    return getAuthenticationMethods(connectorIdOrName, RequestOptions.none());
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
  List<PublicAuthenticationMethod> getAuthenticationMethods(String connectorIdOrName, RequestOptions requestOptions);

  /**
   * Shares a private connector with the current workspace ({@code connector_share_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  default MessageResponse share(String connectorId) {
    return share(connectorId, RequestOptions.none());
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
  MessageResponse share(String connectorId, RequestOptions requestOptions);

  /**
   * Makes a shared connector private to its creator again ({@code connector_unshare_v1}).
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  default MessageResponse unshare(String connectorId) {
    return unshare(connectorId, RequestOptions.none());
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
  MessageResponse unshare(String connectorId, RequestOptions requestOptions);
}
