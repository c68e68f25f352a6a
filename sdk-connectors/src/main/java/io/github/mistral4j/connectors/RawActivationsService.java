package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;

/**
 * The operations of {@link ActivationsService} returning the HTTP response with the model: status, headers,
 * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
 * Error statuses throw the same typed exceptions as {@link ActivationsService}.
 */
public interface RawActivationsService {
  /**
   * {@link ActivationsService#activate(String, Scope)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activate(String connectorId, Scope scope);

  /**
   * {@link ActivationsService#activate(String, Scope, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> activate(String connectorId, Scope scope, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#activate(String, Scope, ToolExecutionConfiguration)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation, sent as the body
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activate(String connectorId, Scope scope, ToolExecutionConfiguration configuration);

  /**
   * {@link ActivationsService#activate(String, Scope, ToolExecutionConfiguration, RequestOptions)} with the HTTP
   * response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param configuration which tools run and which need confirmation, sent as the body
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#deactivate(String, Scope)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivate(String connectorId, Scope scope);

  /**
   * {@link ActivationsService#deactivate(String, Scope, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param scope organization, workspace or user
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   * @throws IllegalArgumentException when {@code connectorId} is not a UUID
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  RawResponse<MessageResponse> deactivate(String connectorId, Scope scope, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#activateForOrganization(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForOrganization(String connectorId);

  /**
   * {@link ActivationsService#activateForOrganization(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForOrganization(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#activateForWorkspace(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForWorkspace(String connectorId);

  /**
   * {@link ActivationsService#activateForWorkspace(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForWorkspace(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#activateForUser(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForUser(String connectorId);

  /**
   * {@link ActivationsService#activateForUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> activateForUser(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#deactivateForOrganization(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForOrganization(String connectorId);

  /**
   * {@link ActivationsService#deactivateForOrganization(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForOrganization(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#deactivateForWorkspace(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForWorkspace(String connectorId);

  /**
   * {@link ActivationsService#deactivateForWorkspace(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForWorkspace(String connectorId, RequestOptions requestOptions);

  /**
   * {@link ActivationsService#deactivateForUser(String)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForUser(String connectorId);

  /**
   * {@link ActivationsService#deactivateForUser(String, RequestOptions)} with the HTTP response.
   *
   * @param connectorId the connector's UUID
   * @param requestOptions per-call options
   * @return the response; {@link RawResponse#parse()} gives the server's message
   */
  RawResponse<MessageResponse> deactivateForUser(String connectorId, RequestOptions requestOptions);
}
