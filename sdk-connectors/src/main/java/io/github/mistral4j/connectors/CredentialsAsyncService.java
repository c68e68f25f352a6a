package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Async twin of {@link CredentialsService} (Credentials of connectors per scope): each method makes the matching {@link
 * CredentialsService} operation on the calling thread and sends it asynchronously (see {@link
 * ConnectorsAsyncClient}). Get it from {@link
 * ConnectorsAsyncClient#credentials()}.
 */
@RawView
public final class CredentialsAsyncService {
  private final CredentialsService sync;
  private final MistralTransport transport;

  CredentialsAsyncService(CredentialsService sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
  }

  /**
   * See {@link CredentialsService#list(String, Scope)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @return a single page of credentials, without secrets
   */
  public CompletableFuture<AsyncPage<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope) {
    return list(connectorIdOrName, scope, ListCredentialsParams.none(), RequestOptions.none());
  }

  /**
   * See {@link CredentialsService#list(String, Scope, ListCredentialsParams)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @return a single page of credentials, without secrets
   */
  public CompletableFuture<AsyncPage<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params) {
    return list(connectorIdOrName, scope, params, RequestOptions.none());
  }

  /**
   * See {@link CredentialsService#list(String, Scope, ListCredentialsParams, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @param requestOptions per-call options
   * @return a single page of credentials, without secrets
   */
  public CompletableFuture<AsyncPage<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.listCall(connectorIdOrName, scope, params, requestOptions))
        .thenApply(response -> AsyncPage.single(response.credentials(), response));
  }

  /**
   * See {@link CredentialsService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials) {
    return createOrUpdate(connectorIdOrName, scope, credentials, RequestOptions.none());
  }

  /**
   * See {@link CredentialsService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.createOrUpdateCall(connectorIdOrName, scope, credentials, requestOptions));
  }

  /**
   * See {@link CredentialsService#delete(String, Scope, String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> delete(String connectorIdOrName, Scope scope, String credentialsName) {
    return delete(connectorIdOrName, scope, credentialsName, RequestOptions.none());
  }

  /**
   * See {@link CredentialsService#delete(String, Scope, String, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> delete(String connectorIdOrName, Scope scope, String credentialsName, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.deleteCall(connectorIdOrName, scope, credentialsName, requestOptions));
  }

  /**
   * See {@link CredentialsService#deleteAllUser(String)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deleteAllUser(String connectorIdOrName) {
    return deleteAllUser(connectorIdOrName, RequestOptions.none());
  }

  /**
   * See {@link CredentialsService#deleteAllUser(String, RequestOptions)}.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deleteAllUser(String connectorIdOrName, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.deleteAllUserCall(connectorIdOrName, requestOptions));
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawCredentialsAsyncService withRawResponse() {
    return RawViews.of(RawCredentialsAsyncService.class, this);
  }
}
