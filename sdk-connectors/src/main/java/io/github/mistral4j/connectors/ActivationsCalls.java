package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.internal.ActivationsApi;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import java.util.Objects;

/**
 * The operations of {@link ActivationsService} and of its async twin, one method per operation
 * method (same name and parameters): argument checks, the request and the post-processing. Short
 * overloads that only leave out trailing parameters with a {@code none()} have none: both classes
 * call their full overload.
 */
final class ActivationsCalls {
  private final ActivationsApi api;

  ActivationsCalls(MistralTransport transport) {
    this.api = transport.api(ActivationsApi.class);
  }

  ApiCall<MessageResponse> activate(String connectorId, Scope scope, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    return ApiCall.of(requestOptions, () -> api.activate(id, segment));
  }

  ApiCall<MessageResponse> activate(
      String connectorId, Scope scope, ToolExecutionConfiguration configuration, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    Objects.requireNonNull(configuration, "configuration");
    return ApiCall.of(requestOptions, () -> api.activate(id, segment, configuration));
  }

  ApiCall<MessageResponse> deactivate(String connectorId, Scope scope, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    return ApiCall.of(requestOptions, () -> api.deactivate(id, segment));
  }

  ApiCall<MessageResponse> activateForOrganization(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.ORGANIZATION, requestOptions);
  }

  ApiCall<MessageResponse> activateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.WORKSPACE, requestOptions);
  }

  ApiCall<MessageResponse> activateForUser(String connectorId, RequestOptions requestOptions) {
    return activate(connectorId, Scope.USER, requestOptions);
  }

  ApiCall<MessageResponse> deactivateForOrganization(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.ORGANIZATION, requestOptions);
  }

  ApiCall<MessageResponse> deactivateForWorkspace(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.WORKSPACE, requestOptions);
  }

  ApiCall<MessageResponse> deactivateForUser(String connectorId, RequestOptions requestOptions) {
    return deactivate(connectorId, Scope.USER, requestOptions);
  }
}
