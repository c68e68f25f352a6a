package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link ActivationsAsyncService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ActivationsAsyncService}.
 */
public interface RawActivationsAsyncService {
  /**
   * {@link ActivationsAsyncService#activate(String, Scope)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activate(String connectorId, Scope scope);

  /**
   * {@link ActivationsAsyncService#activate(String, Scope, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activate(String connectorId, Scope scope, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#activate(String, Scope, ToolExecutionConfiguration)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation, sent as the body
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activate(String connectorId, Scope scope, ToolExecutionConfiguration configuration);

  /**
   * {@link ActivationsAsyncService#activate(String, Scope, ToolExecutionConfiguration, RequestOptions)} with the HTTP
   * response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation, sent as the body
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#deactivate(String, Scope)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivate(String connectorId, Scope scope);

  /**
   * {@link ActivationsAsyncService#deactivate(String, Scope, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivate(String connectorId, Scope scope, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#activateForOrganization(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForOrganization(String connectorId);

  /**
   * {@link ActivationsAsyncService#activateForOrganization(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForOrganization(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#activateForWorkspace(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForWorkspace(String connectorId);

  /**
   * {@link ActivationsAsyncService#activateForWorkspace(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForWorkspace(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#activateForUser(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForUser(String connectorId);

  /**
   * {@link ActivationsAsyncService#activateForUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> activateForUser(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#deactivateForOrganization(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForOrganization(String connectorId);

  /**
   * {@link ActivationsAsyncService#deactivateForOrganization(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForOrganization(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#deactivateForWorkspace(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForWorkspace(String connectorId);

  /**
   * {@link ActivationsAsyncService#deactivateForWorkspace(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForWorkspace(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsAsyncService#deactivateForUser(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForUser(String connectorId);

  /**
   * {@link ActivationsAsyncService#deactivateForUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return a future of the response; {@link RawResponse#parse()} gives the server's message
   */
  CompletableFuture<RawResponse<MessageResponse>> deactivateForUser(String connectorId, RequestOptions requestOptions);
}
