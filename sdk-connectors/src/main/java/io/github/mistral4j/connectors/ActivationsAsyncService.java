package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.concurrent.CompletableFuture;

/**
 * Async twin of {@link ActivationsService} (Enables and disables connectors for an organization, a workspace or the calling user): each method makes the matching {@link
 * ActivationsService} operation on the calling thread and sends it asynchronously (see {@link
 * ConnectorsAsyncClient}). Get it from {@link
 * ConnectorsAsyncClient#activations()}.
 */
@RawView
public final class ActivationsAsyncService {
  private final ActivationsService sync;
  private final MistralTransport transport;

  ActivationsAsyncService(ActivationsService sync, MistralTransport transport) {
    this.sync = sync;
    this.transport = transport;
  }

  /**
   * See {@link ActivationsService#activate(String, Scope)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activate(String connectorId, Scope scope) {
    return activate(connectorId, scope, RequestOptions.none());
  }

  /**
   * See {@link ActivationsService#activate(String, Scope, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activate(String connectorId, Scope scope, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.activateCall(connectorId, scope, requestOptions));
  }

  /**
   * See {@link ActivationsService#activate(String, Scope, ToolExecutionConfiguration)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration) {
    return activate(connectorId, scope, configuration, RequestOptions.none());
  }

  /**
   * See {@link ActivationsService#activate(String, Scope, ToolExecutionConfiguration, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.activateCall(connectorId, scope, configuration, requestOptions));
  }

  /**
   * See {@link ActivationsService#deactivate(String, Scope)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivate(String connectorId, Scope scope) {
    return deactivate(connectorId, scope, RequestOptions.none());
  }

  /**
   * See {@link ActivationsService#deactivate(String, Scope, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivate(String connectorId, Scope scope, RequestOptions requestOptions) {
    return transport.runAsync(() -> sync.deactivateCall(connectorId, scope, requestOptions));
  }

  /**
   * See {@link ActivationsService#activateForOrganization(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForOrganization(String connectorId) {
    return activate(connectorId, Scope.ORGANIZATION);
  }

  /**
   * See {@link ActivationsService#activateForOrganization(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForOrganization(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.ORGANIZATION, requestOptions);
  }

  /**
   * See {@link ActivationsService#activateForWorkspace(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForWorkspace(String connectorId) {
    return activate(connectorId, Scope.WORKSPACE);
  }

  /**
   * See {@link ActivationsService#activateForWorkspace(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.WORKSPACE, requestOptions);
  }

  /**
   * See {@link ActivationsService#activateForUser(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForUser(String connectorId) {
    return activate(connectorId, Scope.USER);
  }

  /**
   * See {@link ActivationsService#activateForUser(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> activateForUser(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.USER, requestOptions);
  }

  /**
   * See {@link ActivationsService#deactivateForOrganization(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForOrganization(String connectorId) {
    return deactivate(connectorId, Scope.ORGANIZATION);
  }

  /**
   * See {@link ActivationsService#deactivateForOrganization(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForOrganization(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.ORGANIZATION, requestOptions);
  }

  /**
   * See {@link ActivationsService#deactivateForWorkspace(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForWorkspace(String connectorId) {
    return deactivate(connectorId, Scope.WORKSPACE);
  }

  /**
   * See {@link ActivationsService#deactivateForWorkspace(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.WORKSPACE, requestOptions);
  }

  /**
   * See {@link ActivationsService#deactivateForUser(String)}.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForUser(String connectorId) {
    return deactivate(connectorId, Scope.USER);
  }

  /**
   * See {@link ActivationsService#deactivateForUser(String, RequestOptions)}.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public CompletableFuture<MessageResponse> deactivateForUser(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.USER, requestOptions);
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawActivationsAsyncService withRawResponse() {
    return RawViews.of(RawActivationsAsyncService.class, this);
  }
}
