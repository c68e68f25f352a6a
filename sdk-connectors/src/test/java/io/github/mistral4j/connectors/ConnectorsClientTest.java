package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static io.github.mistral4j.connectors.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import io.github.mistral4j.connectors.model.AuthData;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.AuthenticationMethodCreateOrUpdateRequest;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.ConnectorAuthenticationHeader;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.ExtendedOAuthServerMetadata;
import io.github.mistral4j.connectors.model.GlobalHeaderValue;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.OAuth2MetadataSecrets;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.ResourceVisibility;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectorsClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;
  private ConnectorsAsyncClient async;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
    async = client.async();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static RequestPatternBuilder withCommonHeaders(RequestPatternBuilder pattern) {
    return pattern
        .withHeader("Authorization", equalTo("Bearer test-key"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching(".*mistral4j.*"));
  }

  @Test
  void create_postsTheFullRequestAndDecodesTheConnector() throws Exception {
    wm.stubFor(post(urlEqualTo("/v1/connectors")).willReturn(okJson(read("connector.json")).withStatus(201)));
    CreateConnectorRequest request =
        CreateConnectorRequest.builder()
            .name("weather")
            .title("Weather")
            .description("Weather tools")
            .iconUrl("https://example.com/icon.png")
            .visibility(ResourceVisibility.SHARED_WORKSPACE)
            .server("https://mcp.example.com/mcp")
            .putHeader("X-Org", "acme")
            .putGlobalHeader("X-Tenant", GlobalHeaderValue.plain("acme"))
            .putGlobalHeader("X-Key", GlobalHeaderValue.secret("k-123"))
            .authData(AuthData.builder().clientId("client").clientSecret("s3cret").build())
            .oauth2ServerMetadata(
                ExtendedOAuthServerMetadata.builder()
                    .issuer("https://auth.example.com")
                    .authorizationEndpoint("https://auth.example.com/authorize")
                    .tokenEndpoint("https://auth.example.com/token")
                    .scopesSupported(List.of("read"))
                    .build())
            .systemPrompt("You forecast weather.")
            .build();

    Connector viaSync = client.create(request);
    Connector viaAsync = async.create(request).get();

    wm.verify(
        2,
        withCommonHeaders(postRequestedFor(urlEqualTo("/v1/connectors")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"protocol": "mcp", "name": "weather", "title": "Weather", "description": "Weather tools",
                     "icon_url": "https://example.com/icon.png", "visibility": "shared_workspace",
                     "server": "https://mcp.example.com/mcp", "headers": {"X-Org": "acme"},
                     "global_headers": {"X-Tenant": {"is_secret": false, "value": "acme"}, "X-Key": {"is_secret": true, "value": "k-123"}},
                     "auth_data": {"client_id": "client", "client_secret": "s3cret"},
                     "oauth2_server_metadata": {"issuer": "https://auth.example.com",
                       "authorization_endpoint": "https://auth.example.com/authorize",
                       "token_endpoint": "https://auth.example.com/token", "scopes_supported": ["read"]},
                     "system_prompt": "You forecast weather."}
                    """,
                    false,
                    false)));
    assertThat(viaSync).isEqualTo(viaAsync);
    assertThat(viaSync.id()).isEqualTo(CONNECTOR_ID);
    assertThat(viaSync.serverCard().name()).isEqualTo("com.example/weather");
  }

  @Test
  void create_minimalRequestSendsOnlyRequiredFieldsAndProtocol() {
    wm.stubFor(post(urlEqualTo("/v1/connectors")).willReturn(okJson(read("connector.json")).withStatus(201)));

    client.create(
        CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com").build());

    wm.verify(
        postRequestedFor(urlEqualTo("/v1/connectors"))
            .withRequestBody(
                equalToJson(
                    "{\"protocol\":\"mcp\",\"name\":\"weather\",\"description\":\"d\",\"server\":\"https://mcp.example.com\"}",
                    false,
                    false)));
  }

  @Test
  void create_422SurfacesTypedValidationErrors() {
    wm.stubFor(
        post(urlEqualTo("/v1/connectors"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"detail\":[{\"loc\":[\"body\",\"server\"],\"msg\":\"URL scheme should be 'http' or 'https'\","
                            + "\"type\":\"url_scheme\",\"input\":\"ftp://x\",\"ctx\":{\"expected_schemes\":\"'http' or 'https'\"}},"
                            + "{\"loc\":[\"body\",\"global_headers\",0],\"msg\":\"bad\",\"type\":\"value_error\"}]}")));

    assertThatThrownBy(
            () ->
                client.create(CreateConnectorRequest.builder().name("weather").description("d").server("ftp://x").build()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.validationErrors())
                  .extracting(ValidationError::path, ValidationError::type)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("body.server", "url_scheme"),
                      org.assertj.core.groups.Tuple.tuple("body.global_headers.0", "value_error"));
              assertThat(e.validationErrors().get(0).msg()).contains("http");
            });
  }

  @Test
  void create_isNotReplayedAfterAServerError() {
    wm.stubFor(post(urlEqualTo("/v1/connectors")).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(
            () -> client.create(CreateConnectorRequest.builder().name("w").description("d").server("https://x").build()))
        .isInstanceOf(InternalServerException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/connectors")));
  }

  @Test
  void list_sendsFilterCursorAndPageSizeAndDecodesThePage() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors")).willReturn(okJson(read("connectors-page.json"))));
    ListConnectorsParams params = ListConnectorsParams.builder().active(true).cursor("abc").pageSize(50).build();

    Page<Connector> syncPage = client.list(params);
    AsyncPage<Connector> asyncPage = async.list(params).get();
    PaginatedConnectors viaSync = syncPage.response(PaginatedConnectors.class);
    PaginatedConnectors viaAsync = asyncPage.response(PaginatedConnectors.class);
    assertThat(syncPage.items()).isEqualTo(viaSync.items()).isEqualTo(asyncPage.items());
    assertThat(syncPage.nextPageToken()).contains("eyJpZCI6IDJ9");
    assertThat(asyncPage.hasNextPage()).isTrue();

    wm.verify(2, withCommonHeaders(getRequestedFor(urlEqualTo("/v1/connectors?active=true&cursor=abc&page_size=50"))));
    assertThat(viaSync).isEqualTo(viaAsync);
    assertThat(viaSync.items()).extracting(Connector::name).containsExactly("weather", "calendar");
    assertThat(viaSync.items().get(1).ownerType().code()).isEqualTo(2);
    assertThat(viaSync.pagination().nextCursor()).isEqualTo("eyJpZCI6IDJ9");
    assertThat(viaSync.pagination().pageSize()).isEqualTo(2);
  }

  @Test
  void list_withoutParametersSendsNoQueryString() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors")).willReturn(okJson(read("connectors-page.json"))));

    client.list();
    async.list().get();

    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors")));
  }

  @Test
  void list_rejectsAPageSizeOutsideTheContractRange() {
    assertThatThrownBy(() -> ListConnectorsParams.builder().pageSize(0)).hasMessageContaining("page_size");
    assertThatThrownBy(() -> ListConnectorsParams.builder().pageSize(1001)).hasMessageContaining("page_size");
  }

  @Test
  void listAll_followsNextCursorLazilyUntilAbsent() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors?active=false")).willReturn(okJson(page("a", "b", "c/2+=")).withHeader("X-P", "1")));
    wm.stubFor(get(urlPathEqualTo("/v1/connectors")).withQueryParam("cursor", equalTo("c/2+=")).willReturn(okJson(page("c", "d", "c3"))));
    wm.stubFor(get(urlPathEqualTo("/v1/connectors")).withQueryParam("cursor", equalTo("c3")).willReturn(okJson(page("e", null, null))));
    ListConnectorsParams params = ListConnectorsParams.builder().active(false).build();

    Iterator<Connector> lazy = client.listAll(params).iterator();
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(lazy.next().name()).isEqualTo("a");
    assertThat(wm.getAllServeEvents()).hasSize(1);

    assertThat(client.listAll(params).stream().map(Connector::name)).containsExactly("a", "b", "c", "d", "e");
    assertThat(async.listAll(params).toList().get()).extracting(Connector::name).containsExactly("a", "b", "c", "d", "e");
    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors?active=false&cursor=c%2F2%2B%3D")));
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors?active=false&cursor=c3")));
  }

  @Test
  void list_nextPage_followsNextCursorWithTheSameFilterAndPageSize() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors?active=true&page_size=2")).willReturn(okJson(page("a", "b", "c/2"))));
    wm.stubFor(get(urlEqualTo("/v1/connectors?active=true&cursor=c%2F2&page_size=2")).willReturn(okJson(page("c", null, null))));
    ListConnectorsParams params = ListConnectorsParams.builder().active(true).pageSize(2).build();

    Page<Connector> first = client.list(params);
    assertThat(wm.getAllServeEvents()).hasSize(1);
    Page<Connector> second = first.nextPage();
    assertThat(second.items()).extracting(Connector::name).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
    assertThatThrownBy(second::nextPage).isInstanceOf(java.util.NoSuchElementException.class);

    AsyncPage<Connector> asyncSecond = async.list(params).thenCompose(AsyncPage::nextPage).get();
    assertThat(asyncSecond.items()).isEqualTo(second.items());
    assertThat(asyncSecond.response(PaginatedConnectors.class).pagination().nextCursor()).isNull();
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors?active=true&page_size=2")));
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/connectors?active=true&cursor=c%2F2&page_size=2")));
    assertThat(wm.getAllServeEvents()).hasSize(4);
  }

  @Test
  void asyncListAll_fetchesEachPageOnlyWhenTheOneBeforeIsConsumed() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors")).willReturn(okJson(page("a", "b", "p2"))));
    wm.stubFor(get(urlEqualTo("/v1/connectors?cursor=p2")).willReturn(okJson(page("c", "d", "p3"))));
    wm.stubFor(get(urlEqualTo("/v1/connectors?cursor=p3")).willReturn(okJson(page("e", null, null))));

    var pager = async.listAll();
    assertThat(wm.getAllServeEvents()).isEmpty();
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    pager.forEachWhile(c -> seen.add(c.name()) && !c.name().equals("c")).get();
    assertThat(seen).containsExactly("a", "b", "c");
    assertThat(wm.getAllServeEvents()).hasSize(2);

    pager.forEach(c -> seen.add(c.name())).get();
    assertThat(seen).containsExactly("a", "b", "c", "a", "b", "c", "d", "e");
    assertThat(wm.getAllServeEvents()).hasSize(5);
  }

  @Test
  void listAll_stopsWhenTheServerRepeatsACursor() {
    wm.stubFor(get(urlEqualTo("/v1/connectors")).willReturn(okJson(page("a", null, "same"))));
    wm.stubFor(get(urlEqualTo("/v1/connectors?cursor=same")).willReturn(okJson(page("b", null, "same"))));

    assertThat(client.listAll().stream().map(Connector::name)).containsExactly("a", "b");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/connectors")));
  }

  @Test
  void get_sendsFetchFlagsAndDecodesTheConnector() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).willReturn(okJson(read("connector.json"))));
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/" + CONNECTOR_ID)).willReturn(okJson(read("connector.json"))));
    GetConnectorParams params = GetConnectorParams.builder().fetchUserData(true).fetchCustomerData(false).build();

    Connector viaSync = client.get("weather", params);
    Connector viaAsync = async.get("weather", params).get();
    client.get(CONNECTOR_ID);

    wm.verify(2, withCommonHeaders(getRequestedFor(urlEqualTo("/v1/connectors/weather?fetch_user_data=true&fetch_customer_data=false"))));
    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)));
    assertThat(viaSync).isEqualTo(viaAsync);
    assertThat(viaSync.title()).isEqualTo("Weather");
  }

  @Test
  void update_sendsOnlySetFieldsAndNullForClearedOnes() throws Exception {
    wm.stubFor(patch(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)).willReturn(okJson(read("connector.json"))));
    UpdateConnectorRequest request =
        UpdateConnectorRequest.builder()
            .description("New description")
            .clearTitle()
            .clearIconUrl()
            .authMethods(
                List.of(
                    AuthenticationMethodCreateOrUpdateRequest.builder()
                        .methodType(AuthenticationType.BEARER)
                        .addHeader(ConnectorAuthenticationHeader.builder().name("X-Api-Key").isRequired(false).build())
                        .oauth2MetadataSecrets(OAuth2MetadataSecrets.builder().clientId("c").clientSecret("s").build())
                        .build()))
            .build();

    Connector viaSync = client.update(CONNECTOR_ID, request);
    Connector viaAsync = async.update(CONNECTOR_ID, request).get();

    wm.verify(
        2,
        withCommonHeaders(patchRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"description": "New description", "title": null, "icon_url": null,
                     "auth_methods": [{"method_type": "bearer",
                       "headers": [{"name": "X-Api-Key", "is_required": false, "is_secret": true}],
                       "oauth2_metadata_secrets": {"client_id": "c", "client_secret": "s"}}]}
                    """,
                    false,
                    false)));
    assertThat(viaSync).isEqualTo(viaAsync);
  }

  @Test
  void update_withNothingSetSendsAnEmptyObject() {
    wm.stubFor(patch(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)).willReturn(okJson(read("connector.json"))));

    client.update(CONNECTOR_ID, UpdateConnectorRequest.builder().build());
    client.update(CONNECTOR_ID, UpdateConnectorRequest.builder().clearAuthMethods().clearName().build());

    wm.verify(patchRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)).withRequestBody(equalToJson("{}", false, false)));
    wm.verify(
        patchRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID))
            .withRequestBody(equalToJson("{\"auth_methods\":null,\"name\":null}", false, false)));
  }

  @Test
  void delete_sendsDeleteAndDecodesTheMessage() throws Exception {
    wm.stubFor(delete(urlEqualTo("/v1/connectors/" + CONNECTOR_ID)).willReturn(okJson("{\"message\":\"Connector deleted\"}")));

    MessageResponse viaSync = client.delete(CONNECTOR_ID);
    MessageResponse viaAsync = async.delete(CONNECTOR_ID).get();

    wm.verify(2, withCommonHeaders(deleteRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID))));
    assertThat(viaSync.message()).isEqualTo("Connector deleted");
    assertThat(viaAsync).isEqualTo(viaSync);
  }

  @Test
  void getAuthUrl_sendsEveryQueryParameter() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather/auth_url")).willReturn(okJson("{\"auth_url\":\"https://auth.example.com/a?x=1\",\"ttl\":600}")));
    GetAuthUrlParams params =
        GetAuthUrlParams.builder()
            .appReturnUrl("https://app.example.com/back?a=1&b=2")
            .methodType(AuthenticationType.GITHUB_APP)
            .credentialsName("team")
            .credentialsTitle("Team creds")
            .githubInstallationLink(true)
            .build();

    AuthUrlResponse viaSync = client.getAuthUrl("weather", params);
    AuthUrlResponse viaAsync = async.getAuthUrl("weather", params).get();
    client.getAuthUrl("weather");

    wm.verify(
        2,
        withCommonHeaders(getRequestedFor(urlPathEqualTo("/v1/connectors/weather/auth_url")))
            .withQueryParam("app_return_url", equalTo("https://app.example.com/back?a=1&b=2"))
            .withQueryParam("method_type", equalTo("github_app"))
            .withQueryParam("credentials_name", equalTo("team"))
            .withQueryParam("credentials_title", equalTo("Team creds"))
            .withQueryParam("github_installation_link", equalTo("true")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/weather/auth_url")));
    assertThat(viaSync.authUrl()).isEqualTo("https://auth.example.com/a?x=1");
    assertThat(viaSync.ttl()).isEqualTo(600);
    assertThat(viaAsync).isEqualTo(viaSync);
  }

  @Test
  void getAuthUrl_rejectsAnInvalidCredentialsNameBeforeAnyRequest() {
    assertThatThrownBy(() -> GetAuthUrlParams.builder().credentialsName("no spaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials_name");
    assertThatThrownBy(() -> GetAuthUrlParams.builder().credentialsTitle("x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials_title");
  }

  @Test
  void getAuthenticationMethods_decodesMethodsIncludingUnknownTypes() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(okJson(read("auth-methods.json"))));

    List<PublicAuthenticationMethod> viaSync = client.getAuthenticationMethods("weather");
    List<PublicAuthenticationMethod> viaAsync = async.getAuthenticationMethods("weather").get();

    wm.verify(2, withCommonHeaders(getRequestedFor(urlEqualTo("/v1/connectors/weather/authentication_methods"))));
    assertThat(viaSync).isEqualTo(viaAsync);
    assertThat(viaSync).extracting(PublicAuthenticationMethod::methodType)
        .containsExactly(AuthenticationType.OAUTH2, AuthenticationType.GITHUB_APP, AuthenticationType.of("magic_link"));
    assertThat(viaSync.get(2).methodType().isKnown()).isFalse();
    assertThat(viaSync.get(0).headers().get(0).isSecret()).isTrue();
    assertThat(viaSync.get(0).oauth2ServerMetadata().tokenEndpoint()).isEqualTo("https://auth.example.com/t");
  }

  @Test
  void share_putsAndUnshareDeletes() throws Exception {
    wm.stubFor(put(urlEqualTo("/v1/connectors/" + CONNECTOR_ID + "/share")).willReturn(okJson("{\"message\":\"shared\"}")));
    wm.stubFor(delete(urlEqualTo("/v1/connectors/" + CONNECTOR_ID + "/share")).willReturn(okJson("{\"message\":\"unshared\"}")));

    assertThat(client.share(CONNECTOR_ID).message()).isEqualTo("shared");
    assertThat(async.share(CONNECTOR_ID).get().message()).isEqualTo("shared");
    assertThat(client.unshare(CONNECTOR_ID).message()).isEqualTo("unshared");
    assertThat(async.unshare(CONNECTOR_ID).get().message()).isEqualTo("unshared");

    wm.verify(2, withCommonHeaders(putRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID + "/share"))));
    wm.verify(2, withCommonHeaders(deleteRequestedFor(urlEqualTo("/v1/connectors/" + CONNECTOR_ID + "/share"))));
  }

  @Test
  void operationsTakingAConnectorId_rejectNonUuidsBeforeAnyRequest() {
    UpdateConnectorRequest update = UpdateConnectorRequest.builder().build();
    for (String bad : List.of("weather", "../" + CONNECTOR_ID, CONNECTOR_ID + "/x", "")) {
      assertThatThrownBy(() -> client.update(bad, update)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector_id");
      assertThatThrownBy(() -> client.delete(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector_id");
      assertThatThrownBy(() -> client.share(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector_id");
      assertThatThrownBy(() -> client.unshare(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector_id");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void operationsTakingAnIdOrName_rejectHostileValuesBeforeAnyRequest() {
    for (String bad : List.of("a/b", "..", "x?y=1", "a#b", "%2e%2e", "n".repeat(65), "tab\there")) {
      assertThatThrownBy(() -> client.get(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector_id_or_name");
      assertThatThrownBy(() -> client.getAuthUrl(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.getAuthenticationMethods(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void withOptions_givesAClientWithChangedOptionsAndLeavesThisOneOpen() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(okJson("[]")));

    try (ConnectorsClient other = client.withOptions(b -> b.putDefaultHeader("X-Trace", "t1"))) {
      other.getAuthenticationMethods("weather");
    }
    client.getAuthenticationMethods("weather");

    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/weather/authentication_methods")).withHeader("X-Trace", equalTo("t1")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/connectors/weather/authentication_methods")).withoutHeader("X-Trace"));
    assertThat(client.options().defaultHeaders()).isEmpty();
  }

  @Test
  void withOptions_sharesThisClientsResources_closingItLeavesThisOneWorking_closingThisOneClosesIt() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(okJson("[]")));
    ConnectorsClient root = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
    ConnectorsClient derived = root.withOptions(b -> b.putDefaultHeader("X-Trace", "t1"));
    ConnectorsClient grandChild = derived.withOptions(b -> b.putDefaultHeader("X-Trace", "t2"));
    ConnectorsClient closedFirst = root.withOptions(b -> {});
    assertThat(derived.async().getAuthenticationMethods("weather").join()).isEmpty();

    closedFirst.close();

    assertThat(root.getAuthenticationMethods("weather")).isEmpty();
    assertThat(grandChild.async().getAuthenticationMethods("weather").join()).isEmpty();
    assertThatThrownBy(() -> closedFirst.getAuthenticationMethods("weather"))
        .isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
    int seen = wm.getAllServeEvents().size();

    root.close();

    for (ConnectorsClient each : List.of(derived, grandChild)) {
      assertThatThrownBy(() -> each.getAuthenticationMethods("weather"))
          .isExactlyInstanceOf(MistralException.class).hasMessageContaining("closed");
      assertThat(each.async().getAuthenticationMethods("weather")).failsWithin(Duration.ofSeconds(10))
          .withThrowableOfType(ExecutionException.class)
          .havingCause().isExactlyInstanceOf(MistralException.class).withMessageContaining("closed");
    }
    assertThatThrownBy(() -> derived.withOptions(b -> {})).isInstanceOf(MistralException.class);
    assertThat(wm.getAllServeEvents()).as("requests after the root closed").hasSize(seen);
    derived.close();
  }

  @Test
  void withOptions_changingTheConnectTimeout_givesAClientOwningItsOwnResources() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(okJson("[]")));
    ConnectorsClient root = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
    ConnectorsClient own = root.withOptions(b -> b.connectTimeout(Duration.ofSeconds(2)));

    root.close();

    assertThat(own.getAuthenticationMethods("weather")).isEmpty();
    own.close();
    assertThatThrownBy(() -> own.getAuthenticationMethods("weather")).isExactlyInstanceOf(MistralException.class);
  }

  @Test
  void clientsOnASharedMistralHttp_neverCloseIt() {
    wm.stubFor(get(urlEqualTo("/v1/connectors/weather/authentication_methods")).willReturn(okJson("[]")));
    ClientOptions options = Fixtures.options(wm.baseUrl());
    try (MistralHttp http = MistralHttp.create(options)) {
      ConnectorsClient first = ConnectorsClient.create(options, http);
      ConnectorsAsyncClient second = ConnectorsAsyncClient.create(options, http);
      ConnectorsClient derived = first.withOptions(b -> b.putDefaultHeader("X-Trace", "t1"));

      first.close();
      derived.close();

      assertThat(http.isClosed()).isFalse();
      assertThat(second.getAuthenticationMethods("weather").join()).isEmpty();

      http.close();

      assertThat(second.getAuthenticationMethods("weather")).failsWithin(Duration.ofSeconds(10))
          .withThrowableOfType(ExecutionException.class)
          .havingCause().isExactlyInstanceOf(MistralException.class).withMessageContaining("closed");
      assertThatThrownBy(() -> ConnectorsClient.create(options, http)).isInstanceOf(MistralException.class);
    }
    ClientOptions slower = Fixtures.options(wm.baseUrl()).toBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    try (MistralHttp http = MistralHttp.create()) {
      assertThatThrownBy(() -> ConnectorsClient.create(slower, http))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }
  }

  private static String page(String first, String second, String next) {
    StringBuilder items = new StringBuilder(item(first));
    if (second != null) {
      items.append(',').append(item(second));
    }
    String cursor = next == null ? "null" : "\"" + next + "\"";
    return "{\"items\":[" + items + "],\"pagination\":{\"next_cursor\":" + cursor + ",\"page_size\":2}}";
  }

  private static String item(String name) {
    return ModelDecodingTest.minimal("\"owner_type\": \"user\"").replace("\"weather\"", "\"" + name + "\"");
  }
}
