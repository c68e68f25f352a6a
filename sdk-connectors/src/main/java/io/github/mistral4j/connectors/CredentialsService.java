package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.CredentialsResponse;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.Page;

/**
 * Credentials of connectors per scope (organization, workspace, user): list, create or update,
 * delete. One method per action takes the {@link Scope}, covering the contract's per-scope
 * operations ({@code connector_list_organization_credentials_v1}, ...). Get it from {@link
 * ConnectorsClient#credentials()}.
 */
@RawView
@AsyncTwin
public final class CredentialsService {
  private final MistralTransport transport;
  private final CredentialsCalls calls;
  private final CredentialsAsyncService async;

  CredentialsService(MistralTransport transport) {
    this.transport = transport;
    this.calls = new CredentialsCalls(transport);
    this.async = new CredentialsAsyncService(this, calls, transport);
  }

  /** {@return the same operations, asynchronous} */
  CredentialsAsyncService async() {
    return async;
  }

  /**
   * Lists the credentials of a connector at a scope.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @return a single page (the API does not paginate credentials): the credentials, without
   *     secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the
   *     methods that have preset credentials
   */
  public Page<AuthenticationConfiguration> list(String connectorIdOrName, Scope scope) {
    return list(connectorIdOrName, scope, ListCredentialsParams.none(), RequestOptions.none());
  }

  /**
   * Lists the credentials of a connector at a scope.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @return a single page (the API does not paginate credentials): the credentials, without
   *     secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the
   *     methods that have preset credentials
   */
  public Page<AuthenticationConfiguration> list(String connectorIdOrName, Scope scope, ListCredentialsParams params) {
    return list(connectorIdOrName, scope, params, RequestOptions.none());
  }

  /**
   * Lists the credentials of a connector at a scope ({@code GET .../{scope}/credentials}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @param requestOptions per-call options
   * @return a single page (the API does not paginate credentials): the credentials, without
   *     secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the
   *     methods that have preset credentials
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<AuthenticationConfiguration> list(
      String connectorIdOrName, Scope scope, ListCredentialsParams params, RequestOptions requestOptions) {
    return calls.list(connectorIdOrName, scope, params, requestOptions).page(transport);
  }

  /**
   * Creates or updates a set of credentials of a connector at a scope.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @return the server's message
   */
  public MessageResponse createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials) {
    return createOrUpdate(connectorIdOrName, scope, credentials, RequestOptions.none());
  }

  /**
   * Creates or updates a set of credentials of a connector at a scope ({@code POST
   * .../{scope}/credentials}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse createOrUpdate(
      String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials, RequestOptions requestOptions) {
    return transport.run(calls.createOrUpdate(connectorIdOrName, scope, credentials, requestOptions));
  }

  /**
   * Deletes one set of credentials of a connector at a scope.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name
   * @return the server's message
   */
  public MessageResponse delete(String connectorIdOrName, Scope scope, String credentialsName) {
    return delete(connectorIdOrName, scope, credentialsName, RequestOptions.none());
  }

  /**
   * Deletes one set of credentials of a connector at a scope ({@code DELETE
   * .../{scope}/credentials/{credentials_name}}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when a parameter breaks its pattern
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse delete(
      String connectorIdOrName, Scope scope, String credentialsName, RequestOptions requestOptions) {
    return transport.run(calls.delete(connectorIdOrName, scope, credentialsName, requestOptions));
  }

  /**
   * Deletes every user-level credential of a connector for the calling user.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the server's message
   */
  public MessageResponse deleteAllUser(String connectorIdOrName) {
    return deleteAllUser(connectorIdOrName, RequestOptions.none());
  }

  /**
   * Deletes every user-level credential of a connector for the calling user ({@code
   * connector_delete_all_user_credentials_v1}).
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse deleteAllUser(String connectorIdOrName, RequestOptions requestOptions) {
    return transport.run(calls.deleteAllUser(connectorIdOrName, requestOptions));
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawCredentialsService withRawResponse() {
    return RawViews.of(RawCredentialsService.class, this);
  }
}
