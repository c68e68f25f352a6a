package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link CredentialsAsyncService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link CredentialsAsyncService}.
 */
public interface RawCredentialsAsyncService {
  /**
   * {@link CredentialsAsyncService#list(String, Scope)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @return a future of the response; {@link RawResponse#parse()} gives a single page of credentials, without secrets
   */
  CompletableFuture<RawResponse<AsyncPage<AuthenticationConfiguration>>> list(String connectorIdOrName, Scope scope);

  /**
   * {@link CredentialsAsyncService#list(String, Scope, ListCredentialsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @return a future of the response; {@link RawResponse#parse()} gives a single page of credentials, without secrets
   */
  CompletableFuture<RawResponse<AsyncPage<AuthenticationConfiguration>>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params);

  /**
   * {@link CredentialsAsyncService#list(String, Scope, ListCredentialsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives a single page of credentials, without secrets
   */
  CompletableFuture<RawResponse<AsyncPage<AuthenticationConfiguration>>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params, RequestOptions requestOptions);

  /**
   * {@link CredentialsAsyncService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials);

  /**
   * {@link CredentialsAsyncService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials, RequestOptions requestOptions);

  /**
   * {@link CredentialsAsyncService#delete(String, Scope, String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> delete(String connectorIdOrName, Scope scope, String credentialsName);

  /**
   * {@link CredentialsAsyncService#delete(String, Scope, String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> delete(String connectorIdOrName, Scope scope, String credentialsName, RequestOptions requestOptions);

  /**
   * {@link CredentialsAsyncService#deleteAllUser(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deleteAllUser(String connectorIdOrName);

  /**
   * {@link CredentialsAsyncService#deleteAllUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deleteAllUser(String connectorIdOrName, RequestOptions requestOptions);
}
