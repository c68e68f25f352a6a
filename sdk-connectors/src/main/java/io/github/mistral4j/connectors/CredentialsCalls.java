package io.github.mistral4j.connectors;

import io.github.mistral4j.connectors.internal.CredentialsApi;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.Slice;
import java.util.Objects;

/**
 * The operations of {@link CredentialsService} and of its async twin, one method per operation
 * method (same name and parameters): argument checks, the request and the post-processing. Short
 * overloads that only leave out trailing parameters with a {@code none()} have none: both classes
 * call their full overload.
 */
final class CredentialsCalls {
  private final CredentialsApi api;

  CredentialsCalls(MistralTransport transport) {
    this.api = transport.api(CredentialsApi.class);
  }

  ApiCall<MessageResponse> createOrUpdate(
      String connectorIdOrName, Scope scope, CredentialsCreateOrUpdate credentials, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    Objects.requireNonNull(credentials, "credentials");
    return ApiCall.of(requestOptions, () -> api.createOrUpdate(id, segment, credentials));
  }

  ApiCall<MessageResponse> delete(
      String connectorIdOrName, Scope scope, String credentialsName, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    String name = PathParams.name("credentials_name", credentialsName);
    return ApiCall.of(requestOptions, () -> api.delete(id, segment, name));
  }

  ApiCall<MessageResponse> deleteAllUser(String connectorIdOrName, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    return ApiCall.of(requestOptions, () -> api.deleteAllUser(id));
  }

  Listing<AuthenticationConfiguration> list(
      String connectorIdOrName, Scope scope, ListCredentialsParams params, RequestOptions requestOptions) {
    String id = PathParams.uuidOrName("connector_id_or_name", connectorIdOrName);
    String segment = Objects.requireNonNull(scope, "scope").pathSegment();
    Objects.requireNonNull(params, "params");
    String authType = params.authType() == null ? null : params.authType().value();
    return Listing.single(ApiCall.of(requestOptions, () -> api.list(id, segment, authType, params.fetchDefault()))
        .map(response -> new Slice<>(response.credentials(), null, response)));
  }
}
