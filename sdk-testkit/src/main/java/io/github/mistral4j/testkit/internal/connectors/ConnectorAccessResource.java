package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.Objects;

/** Who a connector belongs to and where it is active: share, unshare, activate and deactivate. */
final class ConnectorAccessResource {
  private final ConnectorsContext ctx;

  ConnectorAccessResource(ConnectorsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add("PUT", "/v1/connectors/{connector_id}/share", "connector_share_v1", this::share)
        .add("DELETE", "/v1/connectors/{connector_id}/share", "connector_unshare_v1", this::unshare)
        .add(
            "POST",
            "/v1/connectors/{connector_id}/{consumer_scope}/activate",
            "connector_activate_for_consumer_v1",
            in -> activation(in, true))
        .add(
            "POST",
            "/v1/connectors/{connector_id}/{consumer_scope}/deactivate",
            "connector_deactivate_for_consumer_v1",
            in -> activation(in, false));
  }

  private ApiResponse share(Inputs in) {
    String id = in.pathUuid("connector_id");
    in.validate();
    return ctx.store().locked(() -> {
      StoredConnector c = ctx.store().requireById(id);
      if (!c.visibility.equals("private")) {
        throw ApiException.badRequest(
            "Only a private connector can be shared; this one is " + c.visibility);
      }
      c.visibility = "shared_workspace";
      c.modifiedAt = ctx.now();
      return ApiResponse.message("Connector " + c.name + " shared with the workspace");
    });
  }

  private ApiResponse unshare(Inputs in) {
    String id = in.pathUuid("connector_id");
    in.validate();
    return ctx.store().locked(() -> {
      StoredConnector c = ctx.store().requireById(id);
      if (!c.visibility.equals("shared_workspace")) {
        throw ApiException.badRequest(
            "Only a connector shared with the workspace can be unshared; this one is "
                + c.visibility);
      }
      c.visibility = "private";
      c.credentials(Scope.WORKSPACE).clear();
      c.activeScopes.remove(Scope.WORKSPACE);
      c.modifiedAt = ctx.now();
      return ApiResponse.message("Connector " + c.name + " is private again");
    });
  }

  private ApiResponse activation(Inputs in, boolean activate) {
    String id = in.pathUuid("connector_id");
    String scopeName = in.path("consumer_scope", ConnectorRequests.CONSUMER_SCOPE);
    in.validate();
    Scope scope = Objects.requireNonNull(Scope.fromPath(scopeName));
    return ctx.store().locked(() -> {
      StoredConnector c = ctx.store().requireById(id);
      if (activate) {
        c.activeScopes.add(scope);
      } else {
        c.activeScopes.remove(scope);
      }
      return ApiResponse.message("Connector " + c.name + (activate ? " activated" : " deactivated")
          + " for the " + scope.pathName());
    });
  }
}
