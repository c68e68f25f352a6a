package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.AuthStatus;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.ConsumerType;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.CredentialsResponse;
import io.github.mistral4j.connectors.model.OAuth2Token;
import io.github.mistral4j.core.RequestOptions;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CredentialsServiceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Scope.class)
  void list_sendsFiltersToTheScopePathAndDecodesCredentials(Scope scope) throws Exception {
    wm.stubFor(get(urlPathMatching("/v1/connectors/weather/.*/credentials")).willReturn(okJson(read("credentials.json"))));
    ListCredentialsParams params = ListCredentialsParams.builder().authType(AuthenticationType.BEARER).fetchDefault(true).build();

    Page<AuthenticationConfiguration> syncPage = client.credentials().list("weather", scope, params);
    AsyncPage<AuthenticationConfiguration> asyncPage = client.async().credentials().list("weather", scope, params).get();
    CredentialsResponse viaSync = syncPage.response(CredentialsResponse.class);
    CredentialsResponse viaAsync = asyncPage.response(CredentialsResponse.class);
    assertThat(syncPage.items()).isEqualTo(viaSync.credentials()).isEqualTo(asyncPage.items());
    assertThat(syncPage.hasNextPage()).isFalse();
    assertThat(asyncPage.hasNextPage()).isFalse();
    client.credentials().list("weather", scope);

    String path = "/v1/connectors/weather/" + scope.pathSegment() + "/credentials";
    wm.verify(2, getRequestedFor(urlEqualTo(path + "?auth_type=bearer&fetch_default=true"))
        .withHeader("Authorization", equalTo("Bearer test-key")));
    wm.verify(getRequestedFor(urlEqualTo(path)));
    assertThat(viaSync).isEqualTo(viaAsync);
    assertThat(viaSync.credentials()).hasSize(2);
    assertThat(viaSync.credentials().get(0).isDefault()).isTrue();
    assertThat(viaSync.credentials().get(0).scope()).isEqualTo(ConsumerType.WORKSPACE);
    assertThat(viaSync.credentials().get(0).status().statusType()).isEqualTo(AuthStatus.VALID);
    assertThat(viaSync.credentials().get(1).isDefault()).isFalse();
    assertThat(viaSync.connectorPresetCredentialsForAuth()).containsExactly(AuthenticationType.OAUTH2);
  }

  @ParameterizedTest
  @EnumSource(Scope.class)
  void createOrUpdate_postsTheCredentials(Scope scope) throws Exception {
    wm.stubFor(post(urlPathMatching("/v1/connectors/.*/credentials")).willReturn(okJson("{\"message\":\"saved\"}")));
    CredentialsCreateOrUpdate body =
        CredentialsCreateOrUpdate.builder()
            .name("team")
            .title("Team")
            .isDefault(true)
            .credentials(
                ConnectionCredentials.builder()
                    .putHeader("X-Api-Key", "k-1")
                    .bearerToken("tok")
                    .oauth(
                        OAuth2Token.builder()
                            .accessToken("at")
                            .refreshToken("rt")
                            .expiresIn(3600L)
                            .expiresAt(OffsetDateTime.parse("2026-03-01T00:00:00Z"))
                            .build())
                    .build())
            .build();

    assertThat(client.credentials().createOrUpdate(Fixtures.CONNECTOR_ID, scope, body).message()).isEqualTo("saved");
    assertThat(client.async().credentials().createOrUpdate(Fixtures.CONNECTOR_ID, scope, body, RequestOptions.none()).get().message())
        .isEqualTo("saved");

    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/connectors/" + Fixtures.CONNECTOR_ID + "/" + scope.pathSegment() + "/credentials"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"name": "team", "title": "Team", "is_default": true,
                     "credentials": {"oauth": {"access_token": "at", "token_type": "Bearer", "expires_in": 3600,
                                               "refresh_token": "rt", "expires_at": "2026-03-01T00:00:00Z"},
                                     "headers": {"X-Api-Key": "k-1"}, "bearer_token": "tok"}}
                    """,
                    false,
                    false)));
  }

  @Test
  void createOrUpdate_isDefaultIsTriState() {
    wm.stubFor(post(urlPathMatching("/v1/connectors/.*/credentials")).willReturn(okJson("{\"message\":\"saved\"}")));

    client.credentials().createOrUpdate("weather", Scope.USER, CredentialsCreateOrUpdate.builder().name("a").build());
    client.credentials().createOrUpdate("weather", Scope.USER, CredentialsCreateOrUpdate.builder().name("b").clearIsDefault().build());
    client.credentials().createOrUpdate("weather", Scope.USER, CredentialsCreateOrUpdate.builder().name("c").isDefault(false).build());

    String url = "/v1/connectors/weather/user/credentials";
    wm.verify(postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson("{\"name\":\"a\"}", false, false)));
    wm.verify(postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson("{\"name\":\"b\",\"is_default\":null}", false, false)));
    wm.verify(postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson("{\"name\":\"c\",\"is_default\":false}", false, false)));
  }

  @ParameterizedTest
  @EnumSource(Scope.class)
  void delete_deletesOneSetOfCredentials(Scope scope) throws Exception {
    wm.stubFor(delete(urlPathMatching("/v1/connectors/weather/.*/credentials/team")).willReturn(okJson("{\"message\":\"deleted\"}")));

    assertThat(client.credentials().delete("weather", scope, "team").message()).isEqualTo("deleted");
    assertThat(client.async().credentials().delete("weather", scope, "team").get().message()).isEqualTo("deleted");

    wm.verify(2, deleteRequestedFor(urlEqualTo("/v1/connectors/weather/" + scope.pathSegment() + "/credentials/team")));
  }

  @Test
  void deleteAllUser_deletesTheUserCredentials() throws Exception {
    wm.stubFor(delete(urlEqualTo("/v1/connectors/weather/user/credentials")).willReturn(okJson("{\"message\":\"all deleted\"}")));

    assertThat(client.credentials().deleteAllUser("weather").message()).isEqualTo("all deleted");
    assertThat(client.async().credentials().deleteAllUser("weather").get().message()).isEqualTo("all deleted");

    wm.verify(2, deleteRequestedFor(urlEqualTo("/v1/connectors/weather/user/credentials")));
  }

  @Test
  void hostileCredentialsNames_areRejectedBeforeAnyRequest() {
    for (String bad : new String[] {"../all", "a/b", "with space", "%2F", "x".repeat(65), ""}) {
      assertThatThrownBy(() -> client.credentials().delete("weather", Scope.USER, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("credentials_name");
    }
    assertThatThrownBy(() -> client.credentials().list("a/b", Scope.USER)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CredentialsCreateOrUpdate.builder().name("bad name").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void credentials_toStringNeverShowsSecrets() {
    CredentialsCreateOrUpdate body =
        CredentialsCreateOrUpdate.builder()
            .name("team")
            .credentials(
                ConnectionCredentials.builder()
                    .putHeader("X-Api-Key", "header-secret")
                    .bearerToken("bearer-secret")
                    .oauth(OAuth2Token.builder().accessToken("access-secret").refreshToken("refresh-secret").build())
                    .build())
            .build();

    String text = body.toString();

    assertThat(text).doesNotContain("header-secret", "bearer-secret", "access-secret", "refresh-secret");
    assertThat(text).contains("X-Api-Key=****", "bearerToken=****", "accessToken=****", "name=team");
  }
}
