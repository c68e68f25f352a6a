package io.github.mistral4j.connectors;

import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.model.AuthData;
import io.github.mistral4j.connectors.model.AuthDirection;
import io.github.mistral4j.connectors.model.AuthenticationMethodCreateOrUpdateRequest;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.ConnectorAuthenticationHeader;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.ExtendedOAuthServerMetadata;
import io.github.mistral4j.connectors.model.GlobalHeaderValue;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.OAuth2MetadataSecrets;
import io.github.mistral4j.connectors.model.OAuth2Token;
import io.github.mistral4j.connectors.model.OAuthMetadataSource;
import io.github.mistral4j.connectors.model.ResourceVisibility;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.testsupport.ContractMock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation against the validating mock of the contract: a request that breaks the
 * contract gets a 422 with an {@code sl-violations} header (reported in the failure), and every
 * response, static or random ({@code Prefer: dynamic=true}), must decode.
 */
class ContractConformanceTest {
  private static final RequestOptions DYNAMIC = RequestOptions.builder().putHeader("Prefer", "dynamic=true").build();
  private static final RequestOptions STATIC = RequestOptions.none();

  private static ConnectorsClient client;

  @BeforeAll
  static void start() {
    client =
        ConnectorsClient.create(
            ClientOptions.builder()
                .apiKey("test-key")
                .baseUrl(ContractMock.baseUrl())
                .maxRetries(0)
                .sleeper(d -> {})
                .build());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
  }

  private static <T> T valid(String operation, Supplier<T> call) {
    try {
      T result = call.get();
      assertThat(result).as(operation).isNotNull();
      return result;
    } catch (MistralServiceException e) {
      String violations = e.headers().getOrDefault("sl-violations", List.of("(no sl-violations header)")).toString();
      return fail(operation + " was refused with HTTP " + e.statusCode() + ": " + violations + " " + e.body(), e);
    }
  }

  static CreateConnectorRequest fullCreateRequest() {
    return CreateConnectorRequest.builder()
        .name("weather_2")
        .title("Weather")
        .description("Weather tools")
        .iconUrl("https://example.com/icon.png")
        .visibility(ResourceVisibility.SHARED_WORKSPACE)
        .server("https://mcp.example.com/mcp")
        .putHeader("X-Org", "acme")
        .putGlobalHeader("X-Tenant", GlobalHeaderValue.plain("acme"))
        .authData(AuthData.builder().clientId("client").clientSecret("secret").build())
        .oauth2ServerMetadata(metadata())
        .systemPrompt("You forecast weather.")
        .build();
  }

  private static ExtendedOAuthServerMetadata metadata() {
    return ExtendedOAuthServerMetadata.builder()
        .issuer("https://auth.example.com")
        .authorizationEndpoint("https://auth.example.com/authorize")
        .tokenEndpoint("https://auth.example.com/token")
        .registrationEndpoint("https://auth.example.com/register")
        .scopesSupported(List.of("read"))
        .responseTypesSupported(List.of("code"))
        .grantTypesSupported(List.of("authorization_code"))
        .codeChallengeMethodsSupported(List.of("S256"))
        .clientIdMetadataDocumentSupported(true)
        .xSource(OAuthMetadataSource.PROVIDED)
        .xScope("read")
        .build();
  }

  private static UpdateConnectorRequest fullUpdateRequest() {
    return UpdateConnectorRequest.builder()
        .title("New title")
        .name("weather_3")
        .description("New description")
        .clearIconUrl()
        .clearSystemPrompt()
        .server("https://mcp.example.com/v2")
        .authMethods(
            List.of(
                AuthenticationMethodCreateOrUpdateRequest.builder()
                    .methodType(AuthenticationType.OAUTH2)
                    .authDirection(AuthDirection.OUTBOUND)
                    .addHeader(ConnectorAuthenticationHeader.builder().name("X-Api-Key").build())
                    .putGlobalHeader("X-Tenant", GlobalHeaderValue.secret("t"))
                    .oauth2MetadataSecrets(OAuth2MetadataSecrets.builder().clientId("c").clientSecret("s").clientIdIssuedAt(1L).build())
                    .oauth2ServerMetadata(metadata())
                    .build()))
        .build();
  }

  private static CredentialsCreateOrUpdate fullCredentials() {
    return CredentialsCreateOrUpdate.builder()
        .name("team")
        .title("Team")
        .isDefault(true)
        .credentials(
            ConnectionCredentials.builder()
                .putHeader("X-Api-Key", "k")
                .bearerToken("tok")
                .githubInstallationId("42")
                .oauth(
                    OAuth2Token.builder()
                        .accessToken("at")
                        .refreshToken("rt")
                        .expiresIn(3600L)
                        .scope("read")
                        .expiresAt(OffsetDateTime.parse("2026-03-01T00:00:00Z"))
                        .build())
                .build())
        .build();
  }

  @Test
  void connectorOperations_conformAndDecode() {
    Connector created = valid("create", () -> client.create(fullCreateRequest(), STATIC));
    assertThat(created.id()).isNotBlank();
    valid("create (minimal)", () -> client.create(CreateConnectorRequest.builder().name("w").description("d").server("https://x.example.com").build()));
    valid("create (metadata url)", () -> client.create(CreateConnectorRequest.builder().name("w").description("d")
        .server("https://x.example.com").oauth2ServerMetadataUrl("https://auth.example.com/.well-known/oauth-authorization-server").build()));
    valid("list", () -> client.list(ListConnectorsParams.builder().active(true).cursor("c1").pageSize(10).build(), STATIC));
    valid("list (no parameters)", () -> client.list());
    assertThat(valid("listAll", () -> client.listAll(ListConnectorsParams.builder().pageSize(1000).build()).stream().toList())).isNotEmpty();
    valid("get", () -> client.get("weather", GetConnectorParams.builder().fetchUserData(true).fetchCustomerData(true).build(), STATIC));
    valid("get (uuid)", () -> client.get(CONNECTOR_ID));
    valid("update", () -> client.update(CONNECTOR_ID, fullUpdateRequest(), STATIC));
    valid("update (empty)", () -> client.update(CONNECTOR_ID, UpdateConnectorRequest.builder().build()));
    valid("delete", () -> client.delete(CONNECTOR_ID));
    valid("getAuthUrl", () -> client.getAuthUrl("weather", GetAuthUrlParams.builder()
        .appReturnUrl("https://app.example.com/back").methodType(AuthenticationType.OAUTH2).credentialsName("team")
        .credentialsTitle("Team").githubInstallationLink(false).build(), STATIC));
    valid("getAuthenticationMethods", () -> client.getAuthenticationMethods(CONNECTOR_ID));
    valid("share", () -> client.share(CONNECTOR_ID));
    valid("unshare", () -> client.unshare(CONNECTOR_ID));
  }

  @Test
  void activationOperations_conformForEveryScope() {
    for (Scope scope : Scope.values()) {
      valid("activate " + scope, () -> client.activations().activate(CONNECTOR_ID, scope));
      valid("deactivate " + scope, () -> client.activations().deactivate(CONNECTOR_ID, scope));
    }
    valid("activateForWorkspace", () -> client.activations().activateForWorkspace(CONNECTOR_ID));
  }

  @Test
  void credentialsOperations_conformForEveryScope() {
    for (Scope scope : Scope.values()) {
      valid("list credentials " + scope, () -> client.credentials().list("weather", scope,
          ListCredentialsParams.builder().authType(AuthenticationType.BEARER).fetchDefault(true).build()));
      valid("list credentials (no parameters) " + scope, () -> client.credentials().list(CONNECTOR_ID, scope));
      valid("createOrUpdate credentials " + scope, () -> client.credentials().createOrUpdate("weather", scope, fullCredentials()));
      valid("createOrUpdate credentials (cleared default) " + scope, () -> client.credentials().createOrUpdate("weather", scope,
          CredentialsCreateOrUpdate.builder().name("n").clearIsDefault().build()));
      valid("delete credentials " + scope, () -> client.credentials().delete("weather", scope, "team"));
    }
    valid("deleteAllUser", () -> client.credentials().deleteAllUser("weather"));
  }

  @Test
  void toolOperations_conformAndDecode() {
    List<McpTool> tools = valid("list_tools", () -> client.tools().list("weather",
        ListToolsParams.builder().page(2).pageSize(5).refresh(true).credentialsName("team").build(), STATIC).items());
    assertThat(tools).allSatisfy(t -> assertThat(t.name()).isNotNull());
    valid("list_tools (pretty)", () -> client.tools().listPretty(CONNECTOR_ID, ListToolsParams.builder().refresh(false).build()));
    valid("list_tools (all pages)", () -> client.tools().listAll("weather").stream().toList());
    ConnectorToolCallResponse response = valid("call_tool", () -> client.tools().call("weather", "forecast",
        Map.of("city", "Paris", "days", 3, "options", Map.of("units", "metric")), "team", STATIC));
    assertThat(response.content()).isNotNull();
    valid("call_tool (no arguments)", () -> client.tools().call(CONNECTOR_ID, "forecast", Map.of()));
  }

  @RepeatedTest(5)
  void randomResponses_decode() {
    valid("create", () -> client.create(fullCreateRequest(), DYNAMIC));
    valid("list", () -> client.list(ListConnectorsParams.none(), DYNAMIC));
    valid("get", () -> client.get("weather", GetConnectorParams.none(), DYNAMIC));
    valid("update", () -> client.update(CONNECTOR_ID, fullUpdateRequest(), DYNAMIC));
    valid("delete", () -> client.delete(CONNECTOR_ID, DYNAMIC));
    valid("getAuthUrl", () -> client.getAuthUrl("weather", GetAuthUrlParams.none(), DYNAMIC));
    valid("getAuthenticationMethods", () -> client.getAuthenticationMethods("weather", DYNAMIC));
    valid("share", () -> client.share(CONNECTOR_ID, DYNAMIC));
    valid("activate", () -> client.activations().activate(CONNECTOR_ID, Scope.USER, DYNAMIC));
    valid("list credentials", () -> client.credentials().list("weather", Scope.WORKSPACE, ListCredentialsParams.none(), DYNAMIC));
    MessageResponse saved = valid("createOrUpdate credentials",
        () -> client.credentials().createOrUpdate("weather", Scope.ORGANIZATION, fullCredentials(), DYNAMIC));
    assertThat(saved.message()).isNotNull();
    valid("list_tools (pretty)", () -> client.tools().listPretty("weather", ListToolsParams.none(), DYNAMIC));
    valid("call_tool", () -> client.tools().call("weather", "forecast", Map.of("city", "Paris"), DYNAMIC));
  }
}
