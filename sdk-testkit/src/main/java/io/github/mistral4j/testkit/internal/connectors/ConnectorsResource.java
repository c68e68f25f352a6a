package io.github.mistral4j.testkit.internal.connectors;

import static io.github.mistral4j.testkit.internal.http.Nodes.present;
import static io.github.mistral4j.testkit.internal.http.Nodes.text;
import static io.github.mistral4j.testkit.internal.http.Nodes.textIfSent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Pages;
import io.github.mistral4j.testkit.internal.http.Router;
import io.github.mistral4j.testkit.internal.validation.Loc;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Create, list, get, update and delete connectors. */
final class ConnectorsResource {
  private static final String CURSOR_KIND = "connectors";

  private final ConnectorsContext ctx;

  ConnectorsResource(ConnectorsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add("POST", "/v1/connectors", "connector_create_v1", this::create)
        .add("GET", "/v1/connectors", "connector_list_v1", this::list)
        .add("GET", "/v1/connectors/{connector_id_or_name}", "connector_get_v1", this::get)
        .add("PATCH", "/v1/connectors/{connector_id}", "connector_update_v1", this::update)
        .add("DELETE", "/v1/connectors/{connector_id}", "connector_delete_v1", this::delete);
  }

  private ApiResponse create(Inputs in) {
    ObjectNode body = in.body(ConnectorRequests.CREATE);
    if (present(body, "oauth2_server_metadata") && present(body, "oauth2_server_metadata_url")) {
      String error = "oauth2_server_metadata and oauth2_server_metadata_url are mutually exclusive";
      in.issues()
          .add(
              "value_error",
              Loc.of("body"),
              "Value error, " + error,
              in.request().hasBody() ? body : NullNode.getInstance(),
              JsonNodeFactory.instance.objectNode().put("error", error));
    }
    in.validate();
    return ctx.store().locked(() -> {
      String name = body.get("name").asText();
      if (ctx.store().byName(name) != null) {
        throw ApiException.conflict("A connector named '" + name + "' already exists");
      }
      StoredConnector c = new StoredConnector(
          UUID.randomUUID().toString(),
          ctx.store().nextSeq(),
          name,
          body.get("description").asText(),
          body.get("visibility").asText(),
          ctx.now());
      c.title = text(body, "title");
      c.server = text(body, "server");
      c.iconUrl = text(body, "icon_url");
      c.systemPrompt = text(body, "system_prompt");
      c.headers = body.get("headers") instanceof ObjectNode h ? h : null;
      c.authMethods.put(initialMethodType(body), initialMethod(body));
      ctx.store().add(c);
      return ApiResponse.created(render(c, false, false));
    });
  }

  private static String initialMethodType(ObjectNode body) {
    boolean oauth = present(body, "oauth2_server_metadata")
        || present(body, "oauth2_server_metadata_url")
        || present(body, "auth_data");
    return oauth ? "oauth2" : "none";
  }

  private static ObjectNode initialMethod(ObjectNode body) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("auth_direction", "outbound");
    m.set("headers", NullNode.getInstance());
    m.set("global_headers", body.get("global_headers"));
    if (present(body, "oauth2_server_metadata")) {
      m.set("oauth2_server_metadata", body.get("oauth2_server_metadata"));
    }
    if (present(body, "auth_data")) {
      m.put("client_id", body.get("auth_data").path("client_id").asText());
    }
    return m;
  }

  private ApiResponse list(Inputs in) {
    Boolean active = in.queryBool("active");
    boolean userData = in.queryBool("fetch_user_data", false);
    boolean customerData = in.queryBool("fetch_customer_data", false);
    in.queryBool("check_credentials_status");
    String cursor = in.query("cursor");
    long pageSize = in.queryInt("page_size", 100, 1, 1000);
    in.validate();
    return ctx.store().locked(() -> {
      long after = Pages.seqOr(CURSOR_KIND, cursor, 0);
      List<StoredConnector> matching = new ArrayList<>();
      for (StoredConnector c : ctx.store().all()) {
        if (c.seq > after && (active == null || c.active() == active)) {
          matching.add(c);
        }
      }
      Pages.CursorPage<StoredConnector> page =
          Pages.first(CURSOR_KIND, matching, pageSize, c -> c.seq);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      ArrayNode items = out.putArray("items");
      page.items().forEach(c -> items.add(render(c, userData, customerData)));
      ObjectNode pagination = out.putObject("pagination");
      pagination.set("next_cursor", page.next());
      pagination.put("page_size", pageSize);
      return ApiResponse.ok(out);
    });
  }

  private ApiResponse get(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    boolean userData = in.queryBool("fetch_user_data", false);
    boolean customerData = in.queryBool("fetch_customer_data", false);
    in.validate();
    return ctx.store()
        .withConnector(idOrName, c -> ApiResponse.ok(render(c, userData, customerData)));
  }

  private ApiResponse update(Inputs in) {
    String id = in.pathUuid("connector_id");
    ObjectNode body = in.body(ConnectorRequests.UPDATE);
    in.validate();
    return ctx.store().withConnectorById(id, c -> {
      String newName = text(body, "name");
      if (newName != null && !newName.equals(c.name)) {
        if (ctx.store().byName(newName) != null) {
          throw ApiException.conflict("A connector named '" + newName + "' already exists");
        }
        c.name = newName;
      }
      if (present(body, "description")) {
        c.description = body.get("description").asText();
      }
      c.title = textIfSent(body, "title", c.title);
      c.iconUrl = textIfSent(body, "icon_url", c.iconUrl);
      c.systemPrompt = textIfSent(body, "system_prompt", c.systemPrompt);
      c.server = textIfSent(body, "server", c.server);
      if (present(body, "auth_methods")) {
        body.get("auth_methods").forEach(m -> mergeAuthMethod(c, (ObjectNode) m));
      }
      c.modifiedAt = ctx.now();
      return ApiResponse.ok(render(c, false, false));
    });
  }

  private static void mergeAuthMethod(StoredConnector c, ObjectNode request) {
    String type = request.get("method_type").asText();
    ObjectNode stored =
        c.authMethods.computeIfAbsent(type, k -> JsonNodeFactory.instance.objectNode());
    stored.set("auth_direction", request.get("auth_direction"));
    if (request.has("headers") && !request.get("headers").isNull()) {
      stored.set("headers", request.get("headers"));
    }
    if (request.get("global_headers").size() > 0 || !stored.has("global_headers")) {
      stored.set("global_headers", request.get("global_headers"));
    }
    JsonNode metadata = request.get("oauth2_server_metadata");
    if (metadata != null && !metadata.isNull()) {
      stored.set("oauth2_server_metadata", metadata);
    }
    JsonNode secrets = request.get("oauth2_metadata_secrets");
    if (secrets != null && present(secrets, "client_id")) {
      stored.put("client_id", secrets.get("client_id").asText());
    }
  }

  private ApiResponse delete(Inputs in) {
    String id = in.pathUuid("connector_id");
    in.validate();
    return ctx.store().withConnectorById(id, c -> {
      ctx.store().remove(id);
      return ApiResponse.message("Connector " + id + " deleted");
    });
  }

  private ObjectNode render(StoredConnector c, boolean userData, boolean customerData) {
    return ConnectorView.connector(c, ctx.tools().list(c.name), userData, customerData);
  }
}
