package io.github.mistral4j.testkit.internal.connectors;

import static io.github.mistral4j.testkit.internal.http.Nodes.present;
import static io.github.mistral4j.testkit.internal.http.Nodes.text;
import static io.github.mistral4j.testkit.internal.http.Nodes.textIfSent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.Map;

/**
 * Credentials per scope: list, create or update (with the contract's default rules), delete one, delete all of
 * the user's. Secrets are accepted and dropped; only name, title, type and default flag are kept.
 */
final class CredentialsResource {
  private final ConnectorsContext ctx;

  CredentialsResource(ConnectorsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    for (Scope scope : Scope.values()) {
      String base = "/v1/connectors/{connector_id_or_name}/" + scope.pathName() + "/credentials";
      String suffix = scope.pathName() + "_credentials_v1";
      router
          .add("GET", base, "connector_list_" + suffix, in -> list(in, scope))
          .add(
              "POST", base, "connector_create_or_update_" + suffix, in -> createOrUpdate(in, scope))
          .add(
              "DELETE",
              base + "/{credentials_name}",
              "connector_delete_" + suffix,
              in -> delete(in, scope));
    }
    router.add(
        "DELETE",
        "/v1/connectors/{connector_id_or_name}/user/credentials",
        "connector_delete_all_user_credentials_v1",
        this::deleteAllOfUser);
  }

  private ApiResponse list(Inputs in, Scope scope) {
    String idOrName = in.path("connector_id_or_name");
    String authType = in.query("auth_type", ConnectorRequests.OUTBOUND_AUTH_TYPE);
    boolean defaultOnly = in.queryBool("fetch_default", false);
    in.validate();
    return ctx.store().withConnector(idOrName, c -> {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      ArrayNode list = out.putArray("credentials");
      for (StoredCredential cred : c.credentials(scope).values()) {
        if ((authType == null || authType.equals(cred.authType))
            && (!defaultOnly || cred.isDefault)) {
          list.add(ConnectorView.credential(cred, scope));
        }
      }
      out.putArray("connector_preset_credentials_for_auth");
      return ApiResponse.ok(out);
    });
  }

  private ApiResponse createOrUpdate(Inputs in, Scope scope) {
    String idOrName = in.path("connector_id_or_name");
    ObjectNode body = in.body(ConnectorRequests.CREDENTIALS);
    in.validate();
    String name = body.get("name").asText();
    JsonNode isDefault = body.path("is_default");
    return ctx.store().withConnector(idOrName, c -> {
      Map<String, StoredCredential> creds = c.credentials(scope);
      StoredCredential existing = creds.get(name);
      if (existing == null) {
        String type = authType(body.get("credentials"));
        boolean first = creds.values().stream().noneMatch(x -> x.authType.equals(type));
        if (first && isDefault.isBoolean() && !isDefault.booleanValue()) {
          throw ApiException.badRequest("The first " + type
              + " credentials of a connector must be the default: is_default cannot be false");
        }
        boolean makeDefault = first || isDefault.asBoolean(false);
        if (makeDefault) {
          demote(creds, type);
        }
        creds.put(
            name, new StoredCredential(name, text(body, "title"), type, makeDefault, ctx.now()));
        return ApiResponse.message("Credentials " + name + " created");
      }
      if (isDefault.isBoolean() && !isDefault.booleanValue() && existing.isDefault) {
        throw ApiException.badRequest(
            "Credentials " + name + " are the default: promote other credentials first");
      }
      if (present(body, "credentials")) {
        existing.authType = authType(body.get("credentials"));
      }
      if (isDefault.asBoolean(false)) {
        demote(creds, existing.authType);
        existing.isDefault = true;
      }
      existing.title = textIfSent(body, "title", existing.title);
      existing.checkedAt = ctx.now();
      return ApiResponse.message("Credentials " + name + " updated");
    });
  }

  /** The authentication type credentials are for, from what they hold. */
  private static String authType(JsonNode credentials) {
    if (credentials == null || credentials.isNull()) {
      return "none";
    }
    if (present(credentials, "oauth")) {
      return "oauth2";
    }
    if (present(credentials, "github_installation_id")) {
      return "github_app";
    }
    if (present(credentials, "bearer_token") || present(credentials, "headers")) {
      return "bearer";
    }
    return "none";
  }

  private static void demote(Map<String, StoredCredential> creds, String type) {
    creds.values().stream().filter(x -> x.authType.equals(type)).forEach(x -> x.isDefault = false);
  }

  private ApiResponse delete(Inputs in, Scope scope) {
    String idOrName = in.path("connector_id_or_name");
    String name = in.path("credentials_name", ConnectorRequests.CREDENTIALS_NAME);
    in.validate();
    return ctx.store().withConnector(idOrName, c -> {
      Map<String, StoredCredential> creds = c.credentials(scope);
      StoredCredential removed = creds.remove(name);
      if (removed == null) {
        throw ApiException.notFound(
            "Credentials '" + name + "' not found at " + scope.pathName() + " level");
      }
      if (removed.isDefault) {
        creds.values().stream()
            .filter(x -> x.authType.equals(removed.authType))
            .findFirst()
            .ifPresent(x -> x.isDefault = true);
      }
      return ApiResponse.message("Credentials " + name + " deleted");
    });
  }

  private ApiResponse deleteAllOfUser(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    in.validate();
    return ctx.store().withConnector(idOrName, c -> {
      int count = c.credentials(Scope.USER).size();
      c.credentials(Scope.USER).clear();
      return ApiResponse.message(count + " user credentials deleted");
    });
  }
}
