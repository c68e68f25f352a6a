package io.github.mistral4j.testkit.internal.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Nodes;
import io.github.mistral4j.testkit.internal.http.Router;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A connector's authentication methods, and the authorization URL of an interactive one. */
final class ConnectorAuthResource {
  private static final Set<String> INTERACTIVE = Set.of("oauth2", "github_app", "slack_app");
  private static final int AUTH_URL_TTL_SECONDS = 600;

  private final ConnectorsContext ctx;

  ConnectorAuthResource(ConnectorsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add(
            "GET",
            "/v1/connectors/{connector_id_or_name}/auth_url",
            "connector_get_auth_url_v1",
            this::authUrl)
        .add(
            "GET",
            "/v1/connectors/{connector_id_or_name}/authentication_methods",
            "connector_get_authentication_methods_v1",
            this::authenticationMethods);
  }

  private ApiResponse authenticationMethods(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    in.validate();
    return ctx.store()
        .withConnector(idOrName, c -> ApiResponse.ok(ConnectorView.authenticationMethods(c)));
  }

  private ApiResponse authUrl(Inputs in) {
    String idOrName = in.path("connector_id_or_name");
    String returnUrl = in.query("app_return_url");
    String methodParam = in.query("method_type", ConnectorRequests.OUTBOUND_AUTH_TYPE);
    String credentialsName = in.query("credentials_name", ConnectorRequests.CREDENTIALS_NAME);
    String credentialsTitle = in.query("credentials_title", ConnectorRequests.CREDENTIALS_TITLE);
    boolean githubInstallation = in.queryBool("github_installation_link", false);
    in.validate();
    String method = methodParam == null ? "oauth2" : methodParam;
    if (!INTERACTIVE.contains(method)) {
      throw ApiException.badRequest(
          "Authentication method " + method + " has no authorization URL");
    }
    return ctx.store().withConnector(idOrName, c -> {
      ObjectNode stored = c.authMethods.get(method);
      if (stored == null) {
        throw ApiException.badRequest(
            "Connector " + c.name + " does not support the " + method + " authentication method");
      }
      Map<String, String> params = new LinkedHashMap<>();
      params.put("response_type", "code");
      params.put("client_id", stored.path("client_id").asText("mistral"));
      params.put("state", UUID.randomUUID().toString());
      putIfPresent(params, "redirect_uri", returnUrl);
      putIfPresent(params, "credentials_name", credentialsName);
      putIfPresent(params, "credentials_title", credentialsTitle);
      String endpoint = githubInstallation && method.equals("oauth2")
          ? "https://github.com/apps/" + c.name + "/installations/new"
          : authorizationEndpoint(c, stored);
      ObjectNode out = Nodes.object();
      out.put("auth_url", endpoint + "?" + query(params));
      out.put("ttl", AUTH_URL_TTL_SECONDS);
      return ApiResponse.ok(out);
    });
  }

  private static String authorizationEndpoint(StoredConnector c, ObjectNode method) {
    JsonNode endpoint = method.path("oauth2_server_metadata").get("authorization_endpoint");
    if (endpoint != null && endpoint.isTextual()) {
      return endpoint.asText();
    }
    URI server = URI.create(c.server == null ? "https://auth.invalid" : c.server);
    return server.getScheme() + "://" + server.getRawAuthority() + "/authorize";
  }

  private static void putIfPresent(
      Map<String, String> params, String name, @Nullable String value) {
    if (value != null) {
      params.put(name, value);
    }
  }

  private static String query(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
