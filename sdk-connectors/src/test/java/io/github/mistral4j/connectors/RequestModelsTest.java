package io.github.mistral4j.connectors;

import static io.github.mistral4j.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.model.AuthData;
import io.github.mistral4j.connectors.model.AuthenticationMethodCreateOrUpdateRequest;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.ExtendedOAuthServerMetadata;
import io.github.mistral4j.connectors.model.GlobalHeaderValue;
import io.github.mistral4j.connectors.model.OAuth2MetadataSecrets;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.model.Tristate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestModelsTest {
  private static CreateConnectorRequest.Builder valid() {
    return CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com");
  }

  private static ExtendedOAuthServerMetadata metadata() {
    return ExtendedOAuthServerMetadata.builder()
        .issuer("https://a")
        .authorizationEndpoint("https://a/authorize")
        .tokenEndpoint("https://a/token")
        .build();
  }

  private static JsonNode tree(Object value) {
    return Json.mapper().valueToTree(value);
  }

  @Test
  void create_rejectsServerMetadataAndItsUrlTogether() {
    CreateConnectorRequest.Builder both =
        valid().oauth2ServerMetadata(metadata()).oauth2ServerMetadataUrl("https://a/.well-known/oauth-authorization-server");

    assertThatThrownBy(both::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oauth2_server_metadata")
        .hasMessageContaining("mutually exclusive");
    assertThat(valid().oauth2ServerMetadata(metadata()).build().oauth2ServerMetadataUrl()).isNull();
    assertThat(valid().oauth2ServerMetadataUrl("https://a/meta").build().oauth2ServerMetadata()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "slash/name", "dot.name", "", "ü"})
  void create_rejectsNamesOutsideThePattern(String name) {
    assertThatThrownBy(() -> valid().name(name).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must match");
  }

  @Test
  void create_checksLengthsAndRequiredFields() {
    assertThat(valid().name("a".repeat(64)).title("t".repeat(255)).build().title()).hasSize(255);
    assertThatThrownBy(() -> valid().name("a".repeat(65)).build()).hasMessageContaining("name");
    assertThatThrownBy(() -> valid().title("t".repeat(256)).build()).hasMessageContaining("title");
    assertThatThrownBy(() -> valid().server("").build()).hasMessageContaining("server");
    assertThatThrownBy(() -> valid().server("https://x/" + "p".repeat(2080)).build()).hasMessageContaining("server");
    assertThatThrownBy(() -> CreateConnectorRequest.builder().name("w").server("https://x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("description is required");
    assertThatThrownBy(() -> ExtendedOAuthServerMetadata.builder().issuer("").authorizationEndpoint("a").tokenEndpoint("t").build())
        .hasMessageContaining("issuer");
  }

  @Test
  void create_toStringMasksSecretsAndHeaderValues() {
    CreateConnectorRequest request =
        valid()
            .putHeader("Authorization", "Bearer org-token")
            .putGlobalHeader("X-Key", GlobalHeaderValue.secret("global-secret"))
            .authData(AuthData.builder().clientId("client").clientSecret("client-secret").build())
            .build();

    String text = request.toString();

    assertThat(text).doesNotContain("org-token", "global-secret", "client-secret");
    assertThat(text).contains("Authorization=****", "clientSecret=****", "clientId=client", "name=weather");
  }

  @Test
  void create_keepsExtraFieldsForTheServer() {
    CreateConnectorRequest request = valid().putAdditionalProperty("beta_flag", json("true")).build();

    assertThat(tree(request).get("beta_flag")).isEqualTo(json("true"));
  }

  @Test
  void update_checksSetValuesOnly() {
    assertThatThrownBy(() -> UpdateConnectorRequest.builder().name("bad name").build()).hasMessageContaining("name");
    assertThatThrownBy(() -> UpdateConnectorRequest.builder().title("t".repeat(256)).build()).hasMessageContaining("title");
    assertThatThrownBy(() -> UpdateConnectorRequest.builder().server("").build()).hasMessageContaining("server");
    assertThat(UpdateConnectorRequest.builder().clearName().clearTitle().clearServer().build().name().isCleared()).isTrue();
  }

  @Test
  void update_readsBackFromJsonKeepingAbsentClearedAndSet() throws Exception {
    UpdateConnectorRequest request =
        Json.mapper().readValue("{\"title\":null,\"description\":\"x\",\"auth_methods\":[{\"method_type\":\"none\"}]}", UpdateConnectorRequest.class);

    assertThat(request.title()).isEqualTo(Tristate.cleared());
    assertThat(request.description()).isEqualTo(Tristate.of("x"));
    assertThat(request.name().isAbsent()).isTrue();
    assertThat(request.authMethods().value()).singleElement()
        .satisfies(m -> assertThat(m.methodType()).isEqualTo(AuthenticationType.NONE));
    assertThat(tree(request)).isEqualTo(json("{\"title\":null,\"description\":\"x\",\"auth_methods\":[{\"method_type\":\"none\"}]}"));
    assertThat(request.toBuilder().build()).isEqualTo(request);
  }

  @Test
  void credentials_readBackFromJsonWithTriStateIsDefault() throws Exception {
    CredentialsCreateOrUpdate cleared = Json.mapper().readValue("{\"name\":\"a\",\"is_default\":null}", CredentialsCreateOrUpdate.class);
    CredentialsCreateOrUpdate absent = Json.mapper().readValue("{\"name\":\"a\"}", CredentialsCreateOrUpdate.class);

    assertThat(cleared.isDefault().isCleared()).isTrue();
    assertThat(absent.isDefault().isAbsent()).isTrue();
    assertThat(tree(cleared)).isEqualTo(json("{\"name\":\"a\",\"is_default\":null}"));
  }

  @Test
  void authMethod_toStringMasksTheClientSecret() {
    AuthenticationMethodCreateOrUpdateRequest method =
        AuthenticationMethodCreateOrUpdateRequest.builder()
            .methodType(AuthenticationType.OAUTH2)
            .putGlobalHeader("X-Key", GlobalHeaderValue.secret("header-secret"))
            .oauth2MetadataSecrets(OAuth2MetadataSecrets.builder().clientId("id").clientSecret("very-secret").build())
            .build();

    assertThat(method.toString()).doesNotContain("very-secret", "header-secret").contains("clientSecret=****");
  }

  @Test
  void globalHeaderValue_factoriesSetTheSecretFlag() {
    assertThat(GlobalHeaderValue.secret("v").isSecret()).isTrue();
    assertThat(GlobalHeaderValue.plain("v").isSecret()).isFalse();
    assertThat(tree(GlobalHeaderValue.builder().value("v").build())).isEqualTo(json("{\"is_secret\":true,\"value\":\"v\"}"));
  }
}
