package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.CredentialsResponse;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.Page;

/**
 * The operations of {@link CredentialsService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link CredentialsService}.
 */
public interface RawCredentialsService {
  /**
   * {@link CredentialsService#list(String, Scope)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @return the response; {@link RawResponse#parse()} gives a single page (the API does not paginate credentials): the credentials, without secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the methods that have preset credentials
   */
  RawResponse<Page<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope);

  /**
   * {@link CredentialsService#list(String, Scope, ListCredentialsParams)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @return the response; {@link RawResponse#parse()} gives a single page (the API does not paginate credentials): the credentials, without secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the methods that have preset credentials
   */
  RawResponse<Page<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params);

  /**
   * {@link CredentialsService#list(String, Scope, ListCredentialsParams, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param params method filter, default credentials
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives a single page (the API does not paginate credentials): the credentials, without secrets; {@link Page#response(Class)} is the {@link CredentialsResponse}, with the methods that have preset credentials
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<Page<AuthenticationConfiguration>> list(String connectorIdOrName, Scope scope, ListCredentialsParams params, RequestOptions requestOptions);

  /**
   * {@link CredentialsService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials);

  /**
   * {@link CredentialsService#createOrUpdate(String, Scope, CredentialsCreateOrUpdate, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentials the credentials
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> createOrUpdate(String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials, RequestOptions requestOptions);

  /**
   * {@link CredentialsService#delete(String, Scope, String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> delete(String connectorIdOrName, Scope scope, String credentialsName);

  /**
   * {@link CredentialsService#delete(String, Scope, String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param scope organization, workspace or user
   * @param credentialsName the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when a parameter breaks its pattern
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> delete(String connectorIdOrName, Scope scope, String credentialsName, RequestOptions requestOptions);

  /**
   * {@link CredentialsService#deleteAllUser(String)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deleteAllUser(String connectorIdOrName);

  /**
   * {@link CredentialsService#deleteAllUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorIdOrName the connector's UUID or name
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorIdOrName} is neither a UUID nor a name
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> deleteAllUser(String connectorIdOrName, RequestOptions requestOptions);
}
