package io.github.mistral4j.testkit.internal.connectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a connector belongs to and where it is active: share, unshare, activate and deactivate. An
 * activation may carry a tool configuration; each activation of a scope replaces the one before
 * (none when the body is empty), and deactivation drops it.
 */
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
    return ctx.store().withConnectorById(id, c -> {
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
    return ctx.store().withConnectorById(id, c -> {
      if (!c.visibility.equals("shared_workspace")) {
        throw ApiException.badRequest(
            "Only a connector shared with the workspace can be unshared; this one is "
                + c.visibility);
      }
      c.visibility = "private";
      c.credentials(Scope.WORKSPACE).clear();
      c.activeScopes.remove(Scope.WORKSPACE);
      c.toolConfigurations.remove(Scope.WORKSPACE);
      c.modifiedAt = ctx.now();
      return ApiResponse.message("Connector " + c.name + " is private again");
    });
  }

  private ApiResponse activation(Inputs in, boolean activate) {
    String id = in.pathUuid("connector_id");
    String scopeName = in.path("consumer_scope", ConnectorRequests.CONSUMER_SCOPE);
    // activate takes an optional ToolExecutionConfiguration body (as the Python SDK sends it)
    @Nullable ObjectNode configuration =
        activate && in.request().hasBody() ? in.body(ConnectorRequests.TOOL_EXECUTION_CONFIGURATION) : null;
    in.validate();
    Scope scope = Objects.requireNonNull(Scope.fromPath(scopeName));
    return ctx.store().withConnectorById(id, c -> {
      if (activate) {
        c.activeScopes.add(scope);
        if (configuration != null) {
          c.toolConfigurations.put(scope, configuration);
        } else {
          c.toolConfigurations.remove(scope);
        }
      } else {
        c.activeScopes.remove(scope);
        c.toolConfigurations.remove(scope);
      }
      return ApiResponse.message("Connector " + c.name + (activate ? " activated" : " deactivated")
          + " for the " + scope.pathName());
    });
  }
}
