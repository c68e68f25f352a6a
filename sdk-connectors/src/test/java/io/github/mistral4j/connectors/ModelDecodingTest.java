package io.github.mistral4j.connectors;

import static io.github.mistral4j.connectors.Fixtures.json;
import static io.github.mistral4j.connectors.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.connectors.mcp.McpServerCard;
import io.github.mistral4j.connectors.model.AuthStatus;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.ConfirmationRule;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.ConnectorProtocol;
import io.github.mistral4j.connectors.model.ConsumerType;
import io.github.mistral4j.connectors.model.CredentialsStatusErrorReason;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.OAuthMetadataSource;
import io.github.mistral4j.connectors.model.ResourceVisibility;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.ToolNameList;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.connectors.model.UnknownConfirmationRule;
import io.github.mistral4j.core.internal.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelDecodingTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static Connector connector(String json) throws Exception {
    return MAPPER.readValue(json, Connector.class);
  }

  @Test
  void connector_decodesEveryNestedPart() throws Exception {
    Connector c = connector(read("connector.json"));

    assertThat(c.id()).isEqualTo(Fixtures.CONNECTOR_ID);
    assertThat(c.name()).isEqualTo("weather");
    assertThat(c.createdAt()).isEqualTo(OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(c.modifiedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(c.protocol()).isEqualTo(ConnectorProtocol.MCP);
    assertThat(c.ownerType()).isEqualTo(ConsumerType.WORKSPACE);
    assertThat(c.visibility()).isEqualTo(ResourceVisibility.SHARED_WORKSPACE);
    assertThat(c.locale().name()).containsEntry("pt-BR", "Clima");
    assertThat(c.privateToolExecution()).isFalse();
    assertThat(c.isAuthenticated()).isTrue();
    assertThat(c.systemPromptRoute()).isEqualTo("/prompts/weather");
    assertThat(c.additionalProperties()).containsEntry("x-future-field", json("{\"nested\":[1,2]}"));

    McpServerCard card = c.serverCard();
    assertThat(card.schema()).startsWith("https://static.modelcontextprotocol.io");
    assertThat(card.capabilities().tools()).isEqualTo(json("{\"listChanged\":true}"));
    assertThat(card.capabilities().experimental()).containsKey("streaming");
    assertThat(card.requires().roots()).isEqualTo(json("{\"listChanged\":true}"));
    assertThat(card.repository().source()).isEqualTo("github");
    assertThat(card.remotes()).singleElement().satisfies(r -> {
      assertThat(r.type()).isEqualTo("streamable-http");
      assertThat(r.headers().get(0).defaultValue()).isEqualTo("eu");
      assertThat(r.headers().get(0).choices()).containsExactly("eu", "us");
      assertThat(r.authentication().required()).isTrue();
      assertThat(r.authentication().schemes()).containsExactly("bearer", "oauth2");
    });
    assertThat(card.tools().isDynamic()).isTrue();
    assertThat(card.resources().isDynamic()).isFalse();
    assertThat(card.resources().items()).singleElement().satisfies(r -> {
      assertThat(r.size()).isEqualTo(2048L);
      assertThat(r.annotations().priority()).isEqualTo(0.2);
    });
    assertThat(card.prompts().items().get(0).arguments().get(0).required()).isTrue();
    assertThat(card.meta().turbine().systemPromptName()).isEqualTo("weather");
    assertThat(card.meta().turbine().locale().doneDescription()).containsEntry("en", "Done");
    assertThat(card.meta().additionalProperties()).containsKey("other/meta");
    assertThat(card.additionalProperties()).containsKey("x-card-extra");

    assertThat(c.supportedAuthMethods()).hasSize(2);
    var oauth = c.supportedAuthMethods().get(0);
    assertThat(oauth.methodType()).isEqualTo(AuthenticationType.OAUTH2);
    assertThat(oauth.globalHeaders().get("X-Tenant").isSecret()).isFalse();
    assertThat(oauth.oauth2ServerMetadata().xSource()).isEqualTo(OAuthMetadataSource.AUTODISCOVERY);
    assertThat(oauth.oauth2ServerMetadata().codeChallengeMethodsSupported()).containsExactly("S256");
    assertThat(c.supportedAuthMethods().get(1).headers()).isEmpty();

    ToolExecutionConfiguration config = c.connectionPreferences().get(0).toolConfiguration();
    assertThat(config.skipConfirmation()).isEqualTo(ToolNameList.of(java.util.List.of("forecast")));
    assertThat(config.requiresConfirmation()).isInstanceOfSatisfying(LogicalExpression.class, e -> {
      assertThat(e.type()).isEqualTo("or");
      assertThat(e.expressions()).hasSize(3);
      assertThat(e.expressions().get(0)).isInstanceOf(ToolNameList.class);
      assertThat(e.expressions().get(1)).isInstanceOfSatisfying(ToolProperties.class, p -> assertThat(p.readOnly()).isFalse());
      assertThat(e.expressions().get(2)).isInstanceOf(LogicalExpression.class);
    });
    assertThat(config.exclude()).isEmpty();

    var credentials = c.connectionCredentials().get(0);
    assertThat(credentials.scope()).isEqualTo(ConsumerType.WORKSPACE);
    assertThat(credentials.status().statusType()).isEqualTo(AuthStatus.INVALID);
    assertThat(credentials.status().errorHttpCode()).isEqualTo(401);
    assertThat(credentials.status().errorMessage()).isEqualTo(CredentialsStatusErrorReason.OAUTH_EXPIRED);

    assertThat(c.tools().get(0).executionConfig().additionalProperties()).containsEntry("timeout", json("30"));
    assertThat(c.tools().get(0).systemPrompt()).isNull();
    assertThat(c.connectionConfig().headers()).containsEntry("Authorization", "Bearer sk-live-secret");
    assertThat(c.executionEnv().tools().get(0).function().parameters()).isEqualTo(json("{\"type\":\"object\"}"));
    assertThat(c.executionEnv().toolExecutionData().useConnectorsGateway()).isTrue();
    assertThat(c.executionEnv().toolExecutionData().integrations().get(0).connectionConfig().toolConfiguration().include())
        .containsExactly("forecast");
  }

  @Test
  void connector_serializesBackToEquivalentJson() throws Exception {
    Connector c = connector(read("connector.json"));

    Connector again = connector(MAPPER.writeValueAsString(c));

    assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void connector_toStringMasksHeaderValues() throws Exception {
    Connector c = connector(read("connector.json"));

    assertThat(c.toString()).doesNotContain("sk-live-secret").contains("Authorization=****");
    assertThat(c.toString()).doesNotContain("acme");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void ownerType_decodesIntegerCodes(int code) throws Exception {
    Connector c = connector(minimal("\"owner_type\": " + code));

    assertThat(c.ownerType().code()).isEqualTo(code);
    assertThat(c.ownerType().value()).isEqualTo(Integer.toString(code));
    assertThat(c.ownerType().isKnown()).isTrue();
    assertThat(tree(c).get("owner_type")).isEqualTo(json(Integer.toString(code)));
  }

  @Test
  void ownerType_decodesStringsAndUnknownValues() throws Exception {
    assertThat(connector(minimal("\"owner_type\": \"org\"")).ownerType()).isSameAs(ConsumerType.ORG);
    ConsumerType unknown = connector(minimal("\"owner_type\": \"team\"")).ownerType();
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEqualTo("team");
    assertThat(unknown.code()).isNull();
    assertThat(connector(minimal("\"owner_type\": 9")).ownerType().isKnown()).isFalse();
  }

  @Test
  void unknownEnumValues_decodeAndKeepTheirText() throws Exception {
    Connector c = connector(minimal("\"owner_type\": \"user\", \"protocol\": \"grpc\", \"visibility_extra\": 1").replace("\"private\"", "\"shared_galaxy\""));

    assertThat(c.protocol().isKnown()).isFalse();
    assertThat(c.protocol().value()).isEqualTo("grpc");
    assertThat(c.visibility().value()).isEqualTo("shared_galaxy");
    assertThat(c.visibility()).isNotEqualTo(ResourceVisibility.PRIVATE);
    assertThat(tree(c).get("protocol").asText()).isEqualTo("grpc");
  }

  @Test
  void minimalConnector_appliesDefaultsAndEmptyCollections() throws Exception {
    Connector c = connector(minimal("\"owner_type\": \"user\""));

    assertThat(c.protocol()).isEqualTo(ConnectorProtocol.MCP);
    assertThat(c.mistral()).isFalse();
    assertThat(c.tools()).isEmpty();
    assertThat(c.supportedAuthMethods()).isEmpty();
    assertThat(c.serverCard()).isNull();
    assertThat(c.additionalProperties()).isEmpty();
  }

  @Test
  void dateTimeWithoutOffset_isReadAsUtc() throws Exception {
    Connector c = connector(minimal("\"owner_type\": \"user\"").replace("2026-01-15T10:00:00Z", "2026-01-15T10:00:00.5"));

    assertThat(c.createdAt()).isEqualTo(OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 500_000_000, ZoneOffset.UTC));
  }

  @Test
  void missingRequiredField_decodesAndFailsWhenRead() throws Exception {
    Connector c = connector(minimal("\"owner_type\": \"user\"").replace("\"name\": \"weather\",", ""));

    assertThat(c.description()).isNotNull();
    assertThatThrownBy(c::name)
        .isInstanceOf(io.github.mistral4j.core.MistralInvalidDataException.class)
        .hasMessageContaining("Connector.name is missing");
    assertThatThrownBy(c::validate)
        .isInstanceOf(io.github.mistral4j.core.MistralInvalidDataException.class)
        .hasMessageContaining("Connector.name");
    assertThat(c.toString()).doesNotContain("name=");
    assertThat(c.toBuilder().name("weather").build().validate().name()).isEqualTo("weather");
  }

  @Test
  void missingRequiredField_inANestedModel_isFoundByValidate() throws Exception {
    Connector c = connector(minimal("\"owner_type\": \"user\""));
    Connector withGap = Json.mapper().treeToValue(
        ((com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(c))
            .set("connection_credentials",
                Json.mapper().readTree("[{\"authentication_type\": \"bearer\", \"scope\": \"user\"}]")),
        Connector.class);

    assertThat(c.validate()).isSameAs(c);
    assertThatThrownBy(withGap::validate)
        .isInstanceOf(io.github.mistral4j.core.MistralInvalidDataException.class)
        .hasMessageContaining("AuthenticationConfiguration.name is missing");
  }

  @Test
  void buildingWithoutARequiredField_failsAtOnce() {
    assertThatThrownBy(() -> io.github.mistral4j.connectors.model.AuthUrlResponse.builder().ttl(60).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("AuthUrlResponse.auth_url is required");
  }

  @Test
  void confirmationRules_ofUnknownShapeAreKept() throws Exception {
    ToolExecutionConfiguration config =
        MAPPER.readValue("{\"requires_confirmation\": {\"mode\": \"always\"}, \"skip_confirmation\": [1, 2]}", ToolExecutionConfiguration.class);

    assertThat(config.requiresConfirmation()).isEqualTo(UnknownConfirmationRule.of(json("{\"mode\":\"always\"}")));
    assertThat(config.skipConfirmation()).isInstanceOf(UnknownConfirmationRule.class);
    assertThat(tree(config)).isEqualTo(json("{\"requires_confirmation\":{\"mode\":\"always\"},\"skip_confirmation\":[1,2]}"));
    ConfirmationRule names = ConfirmationRule.toolNames(java.util.List.of("a"));
    assertThat(tree(names)).isEqualTo(json("[\"a\"]"));
  }

  @Test
  void serverCardList_roundTripsDynamicAndArrays() throws Exception {
    McpServerCard card = MAPPER.readValue(
        "{\"name\":\"a/b\",\"version\":\"1\",\"tools\":[{\"name\":\"t\",\"inputSchema\":{}}],\"prompts\":\"dynamic\",\"resources\":null}",
        McpServerCard.class);

    assertThat(card.tools().items()).extracting(t -> t.name()).containsExactly("t");
    assertThat(card.prompts().isDynamic()).isTrue();
    assertThat(card.resources()).isNull();
    JsonNode written = tree(card);
    assertThat(written.get("prompts").asText()).isEqualTo("dynamic");
    assertThat(written.get("tools").get(0).get("name").asText()).isEqualTo("t");
    assertThat(written.has("resources")).isFalse();
  }

  private static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String minimal(String extra) {
    return "{\"id\": \"" + Fixtures.CONNECTOR_ID + "\", \"name\": \"weather\", \"description\": \"d\","
        + " \"created_at\": \"2026-01-15T10:00:00Z\", \"modified_at\": \"2026-01-15T10:00:00Z\","
        + " \"visibility\": \"private\", \"private_tool_execution\": true, " + extra + "}";
  }
}
