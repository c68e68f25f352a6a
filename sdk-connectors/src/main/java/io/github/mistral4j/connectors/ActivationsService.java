package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.AsyncTwin;
import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;

/**
 * Enables and disables connectors for an organization, a workspace or the calling user ({@code
 * connector_activate_for_consumer_v1}, {@code connector_deactivate_for_consumer_v1}). The named
 * methods ({@link #activateForOrganization(String)}, ...) match the official Python SDK and run
 * {@link #activate(String, Scope, RequestOptions)} or {@link #deactivate(String, Scope,
 * RequestOptions)}. {@link #activate(String, Scope, ToolExecutionConfiguration)} also sets which
 * tools run and which need the user's confirmation, as the Python SDK's {@code activate_for_*}
 * methods do. Get it from {@link ConnectorsClient#activations()}.
 */
@RawView
@AsyncTwin
public final class ActivationsService {
  private final MistralTransport transport;
  private final ActivationsCalls calls;
  private final ActivationsAsyncService async;

  ActivationsService(MistralTransport transport) {
    this.transport = transport;
    this.calls = new ActivationsCalls(transport);
    this.async = new ActivationsAsyncService(this, calls, transport);
  }

  /** {@return the same operations, asynchronous} */
  ActivationsAsyncService async() {
    return async;
  }

  /**
   * Activates a connector for a scope.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the server's message
   */
  public MessageResponse activate(String connectorId, Scope scope) {
    return activate(connectorId, scope, RequestOptions.none());
  }

  /**
   * Activates a connector for a scope ({@code POST /v1/connectors/{connector_id}/{scope}/activate}).
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse activate(String connectorId, Scope scope, RequestOptions requestOptions) {
    return transport.run(calls.activate(connectorId, scope, requestOptions));
  }

  /**
   * Activates a connector for a scope with a tool configuration.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation
   * @return the server's message
   */
  public MessageResponse activate(String connectorId, Scope scope, ToolExecutionConfiguration configuration) {
    return activate(connectorId, scope, configuration, RequestOptions.none());
  }

  /**
   * Activates a connector for a scope with a tool configuration ({@code POST
   * /v1/connectors/{connector_id}/{scope}/activate}, the configuration as the JSON body, as the
   * official Python SDK sends it). The body holds exactly the configuration's fields: a field not
   * set is left out.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run ({@code include}, {@code exclude}) and which need the
   *     user's confirmation ({@code requires_confirmation}, {@code skip_confirmation})
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration, RequestOptions requestOptions) {
    return transport.run(calls.activate(connectorId, scope, configuration, requestOptions));
  }

  /**
   * Deactivates a connector for a scope.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the server's message
   */
  public MessageResponse deactivate(String connectorId, Scope scope) {
    return deactivate(connectorId, scope, RequestOptions.none());
  }

  /**
   * Deactivates a connector for a scope ({@code POST /v1/connectors/{connector_id}/{scope}/deactivate}).
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public MessageResponse deactivate(String connectorId, Scope scope, RequestOptions requestOptions) {
    return transport.run(calls.deactivate(connectorId, scope, requestOptions));
  }

  /**
   * Activates a connector for the organization.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse activateForOrganization(String connectorId) {
    return activateForOrganization(connectorId, RequestOptions.none());
  }

  /**
   * Activates a connector for the organization.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse activateForOrganization(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.activateForOrganization(connectorId, requestOptions));
  }

  /**
   * Activates a connector for the workspace.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse activateForWorkspace(String connectorId) {
    return activateForWorkspace(connectorId, RequestOptions.none());
  }

  /**
   * Activates a connector for the workspace.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse activateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.activateForWorkspace(connectorId, requestOptions));
  }

  /**
   * Activates a connector for the calling user.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse activateForUser(String connectorId) {
    return activateForUser(connectorId, RequestOptions.none());
  }

  /**
   * Activates a connector for the calling user.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse activateForUser(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.activateForUser(connectorId, requestOptions));
  }

  /**
   * Deactivates a connector for the organization.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse deactivateForOrganization(String connectorId) {
    return deactivateForOrganization(connectorId, RequestOptions.none());
  }

  /**
   * Deactivates a connector for the organization.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse deactivateForOrganization(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.deactivateForOrganization(connectorId, requestOptions));
  }

  /**
   * Deactivates a connector for the workspace.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse deactivateForWorkspace(String connectorId) {
    return deactivateForWorkspace(connectorId, RequestOptions.none());
  }

  /**
   * Deactivates a connector for the workspace.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse deactivateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.deactivateForWorkspace(connectorId, requestOptions));
  }

  /**
   * Deactivates a connector for the calling user.
   *
   * @param connectorId the connector's UUID
   * @return the server's message
   */
  public MessageResponse deactivateForUser(String connectorId) {
    return deactivateForUser(connectorId, RequestOptions.none());
  }

  /**
   * Deactivates a connector for the calling user.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the server's message
   */
  public MessageResponse deactivateForUser(String connectorId, RequestOptions requestOptions) {
    return transport.run(calls.deactivateForUser(connectorId, requestOptions));
  }

  /**
   * The operations of this service returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this service
   */
  public RawActivationsService withRawResponse() {
    return RawViews.of(RawActivationsService.class, this);
  }
}
