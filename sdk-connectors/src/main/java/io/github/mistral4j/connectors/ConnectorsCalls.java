package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.internal.ConnectorsApi;
import io.github.mistral4j.connectors.internal.Responses;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.Slice;
import java.util.List;
import java.util.Objects;

/**
 * The operations of {@link ConnectorsClient} and of its async twin, one method per operation method
 * (same name and parameters): argument checks, the request and the post-processing. Short overloads
 * that only leave out trailing parameters with a {@code none()} have none: both classes call their
 * full overload.
 */
final class ConnectorsCalls {
  private final ConnectorsApi api;

  ConnectorsCalls(MistralTransport transport) {
    this.api = transport.api(ConnectorsApi.class);
  }

  ApiCall<Connector> create(CreateConnectorRequest request, RequestOptions requestOptions) {
    Objects.requireNonNull(request, "request");
    return ApiCall.of(requestOptions, () -> api.create(request));
  }

  ApiCall<Connector> get(String connectorIdOrName, GetConnectorParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    return ApiCall.of(requestOptions, () -> api.get(id, params.fetchUserData(), params.fetchCustomerData()));
  }

  ApiCall<Connector> update(
      String connectorId, UpdateConnectorRequest request, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    Objects.requireNonNull(request, "request");
    return ApiCall.of(requestOptions, () -> api.update(id, request));
  }

  ApiCall<MessageResponse> delete(String connectorId, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    return ApiCall.of(requestOptions, () -> api.delete(id));
  }

  ApiCall<AuthUrlResponse> getAuthUrl(
      String connectorIdOrName, GetAuthUrlParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    Objects.requireNonNull(params, "params");
    String methodType = params.methodType() == null ? null : params.methodType().value();
    return ApiCall.of(requestOptions, () -> api.getAuthUrl(
                id,
                params.appReturnUrl(),
                methodType,
                params.credentialsName(),
                params.credentialsTitle(),
                params.githubInstallationLink()));
  }

  ApiCall<List<PublicAuthenticationMethod>> getAuthenticationMethods(
      String connectorIdOrName, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    return ApiCall.of(requestOptions, () -> api.getAuthenticationMethods(id))
        .map(items -> Responses.items(items, "get_authentication_methods"));
  }

  ApiCall<MessageResponse> share(String connectorId, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    return ApiCall.of(requestOptions, () -> api.share(id));
  }

  ApiCall<MessageResponse> unshare(String connectorId, RequestOptions requestOptions) {
    String id = PathParams.uuid("connector_id", connectorId);
    return ApiCall.of(requestOptions, () -> api.unshare(id));
  }

  Listing<Connector> list(ListConnectorsParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return Listing.byToken(params.cursor(), cursor ->
        ApiCall.of(requestOptions, () -> api.list(params.active(), cursor, params.pageSize()))
            .map(page -> new Slice<>(page.items(), Models.needed(() -> page.pagination()).nextCursor(), page)));
  }

  Listing<Connector> listAll(ListConnectorsParams params, RequestOptions requestOptions) {
    return list(params, requestOptions);
  }
}
