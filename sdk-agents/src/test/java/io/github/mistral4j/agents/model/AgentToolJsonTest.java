package io.github.mistral4j.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.core.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentToolJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static AgentTool decode(String json) throws Exception {
    return MAPPER.readValue(json, AgentTool.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"d\",\"strict\":true,"
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}}}",
        "{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{}}}",
        "{\"type\":\"web_search\"}",
        "{\"type\":\"web_search\",\"tool_configuration\":{\"exclude\":[\"x\"],\"include\":[\"y\"],"
            + "\"requires_confirmation\":[\"z\"]}}",
        "{\"type\":\"web_search_premium\",\"tool_configuration\":{\"include\":[\"news\"]}}",
        "{\"type\":\"code_interpreter\"}",
        "{\"type\":\"image_generation\",\"tool_configuration\":{\"requires_confirmation\":[\"draw\"]}}",
        "{\"type\":\"document_library\",\"library_ids\":[\"l1\",\"l2\"],\"tool_configuration\":{\"include\":[\"s\"]}}",
        "{\"type\":\"connector\",\"connector_id\":\"c\"}",
        "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"api-key\",\"value\":\"k\"},"
            + "\"tool_configuration\":{\"include\":[\"t\"]}}",
        "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"oauth2-token\",\"value\":\"t\"}}",
        "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"mtls\",\"cert\":\"x\"}}",
        "{\"type\":\"web_search\",\"future_field\":{\"on\":true}}",
        "{\"type\":\"teleport\",\"destination\":\"mars\",\"nested\":{\"a\":[1,2,null]}}",
        "{\"library_ids\":[\"no-type\"]}",
        "{\"type\":42}",
        "\"just a string\"",
        "[1,2]"
      })
  void everyToolJson_roundTripsUnchanged(String json) throws Exception {
    AgentTool tool = decode(json);

    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(tool))).isEqualTo(MAPPER.readTree(json));
    assertThat(decode(MAPPER.writeValueAsString(tool))).isEqualTo(tool);
  }

  @Test
  void eachTypeDecodesToItsVariant() throws Exception {
    List<AgentTool> tools =
        MAPPER.readValue(
            """
            [{"type":"function","function":{"name":"f","parameters":{"type":"object"}}},
             {"type":"web_search"},{"type":"web_search_premium"},{"type":"code_interpreter"},
             {"type":"image_generation"},{"type":"document_library","library_ids":["l"]},
             {"type":"connector","connector_id":"c"},{"type":"new_kind"}]\
            """,
            new TypeReference<List<AgentTool>>() {});

    assertThat(tools)
        .extracting(t -> (Object) t.getClass())
        .containsExactly(
            FunctionTool.class,
            WebSearchTool.class,
            WebSearchPremiumTool.class,
            CodeInterpreterTool.class,
            ImageGenerationTool.class,
            DocumentLibraryTool.class,
            ConnectorTool.class,
            UnknownAgentTool.class);
    assertThat(tools)
        .extracting(AgentTool::type)
        .containsExactly(
            "function",
            "web_search",
            "web_search_premium",
            "code_interpreter",
            "image_generation",
            "document_library",
            "connector",
            "new_kind");
  }

  @Test
  void functionTool_exposesItsSchemaAsJson() throws Exception {
    FunctionTool tool =
        (FunctionTool)
            decode(
                "{\"type\":\"function\",\"function\":{\"name\":\"forecast\",\"description\":\"d\",\"strict\":true,"
                    + "\"parameters\":{\"type\":\"object\",\"required\":[\"city\"]}}}");

    assertThat(tool.function().name()).isEqualTo("forecast");
    assertThat(tool.function().description()).isEqualTo("d");
    assertThat(tool.function().strict()).isTrue();
    assertThat(tool.function().parameters().get("type").asText()).isEqualTo("object");
    assertThat(tool.function().parameters().get("required").get(0).asText()).isEqualTo("city");
  }

  @Test
  void connectorAuthorization_decodesBothVariants_andKeepsUnknownOnes() throws Exception {
    ConnectorTool apiKey =
        (ConnectorTool)
            decode(
                "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"api-key\",\"value\":\"k1\"}}");
    ConnectorTool token =
        (ConnectorTool)
            decode(
                "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"oauth2-token\",\"value\":\"t1\"}}");
    ConnectorTool unknown =
        (ConnectorTool)
            decode(
                "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"mtls\",\"pem\":\"p\"}}");

    assertThat(apiKey.authorization()).isEqualTo(ConnectorAuthorization.apiKey("k1"));
    assertThat(token.authorization()).isEqualTo(ConnectorAuthorization.oauth2Token("t1"));
    assertThat(unknown.authorization()).isInstanceOf(UnknownConnectorAuthorization.class);
    assertThat(unknown.authorization().type()).isEqualTo("mtls");
  }

  @Test
  void unknownTool_withoutType_reportsEmptyType() throws Exception {
    AgentTool tool = decode("{\"function\":{\"name\":\"f\",\"parameters\":{}}}");

    assertThat(tool).isInstanceOf(UnknownAgentTool.class);
    assertThat(tool.type()).isEmpty();
  }

  @Test
  void unknownTool_canBeBuiltFromJson_andIsSentAsIs() throws Exception {
    JsonNode json = MAPPER.readTree("{\"type\":\"teleport\",\"to\":\"mars\"}");

    UnknownAgentTool tool = UnknownAgentTool.of(json);
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("to", "venus");

    assertThat(MAPPER.writeValueAsString(tool))
        .isEqualTo("{\"type\":\"teleport\",\"to\":\"mars\"}");
  }

  @Test
  void factories_alwaysSendTheType() throws Exception {
    assertThat(MAPPER.writeValueAsString(AgentTool.connector("c1")))
        .isEqualTo("{\"type\":\"connector\",\"connector_id\":\"c1\"}");
    assertThat(MAPPER.writeValueAsString(AgentTool.webSearch()))
        .isEqualTo("{\"type\":\"web_search\"}");
    assertThat(MAPPER.writeValueAsString(AgentTool.webSearchPremium()))
        .isEqualTo("{\"type\":\"web_search_premium\"}");
    assertThat(MAPPER.writeValueAsString(AgentTool.codeInterpreter()))
        .isEqualTo("{\"type\":\"code_interpreter\"}");
    assertThat(MAPPER.writeValueAsString(AgentTool.imageGeneration()))
        .isEqualTo("{\"type\":\"image_generation\"}");
    assertThat(MAPPER.writeValueAsString(AgentTool.documentLibrary("l1", "l2")))
        .isEqualTo("{\"type\":\"document_library\",\"library_ids\":[\"l1\",\"l2\"]}");
    assertThat(
            MAPPER.writeValueAsString(AgentTool.function("f", "does f", Map.of("type", "object"))))
        .isEqualTo(
            "{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"does f\","
                + "\"parameters\":{\"type\":\"object\"}}}");
    assertThat(
            MAPPER.writeValueAsString(
                AgentTool.connector("c2", ConnectorAuthorization.apiKey("k"))))
        .isEqualTo(
            "{\"type\":\"connector\",\"connector_id\":\"c2\",\"authorization\":{\"type\":\"api-key\",\"value\":\"k\"}}");
  }

  @Test
  void documentLibrary_withoutIds_isRejected() {
    assertThatThrownBy(() -> AgentTool.documentLibrary())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("libraryIds");
  }

  @Test
  void toString_neverShowsCredentials() throws Exception {
    ConnectorTool apiKey =
        AgentTool.connector("c", ConnectorAuthorization.apiKey("sk-very-secret"));
    ConnectorTool token =
        AgentTool.connector("c", ConnectorAuthorization.oauth2Token("tok-very-secret"));
    AgentTool unknownTool =
        decode(
            "{\"type\":\"vault\",\"authorization\":{\"type\":\"x\",\"value\":\"v-very-secret\"},\"api_key\":\"k-very-secret\"}");
    AgentTool unknownAuth =
        decode(
            "{\"type\":\"connector\",\"connector_id\":\"c\",\"authorization\":{\"type\":\"mtls\",\"pem\":\"p-very-secret\"}}");
    WebSearchTool extra =
        (WebSearchTool) decode("{\"type\":\"web_search\",\"token\":\"x-very-secret\"}");

    for (Object each :
        List.of(apiKey, token, unknownTool, unknownAuth, extra, apiKey.authorization())) {
      assertThat(each.toString()).doesNotContain("very-secret").contains("****");
    }
    assertThat(unknownTool.toString()).contains("vault");
  }

  @Test
  void builders_copyAndCompareByValue() {
    ConnectorTool tool =
        ConnectorTool.builder()
            .connectorId("c")
            .toolConfiguration(
                ToolConfiguration.builder().addInclude("a").addRequiresConfirmation("b").build())
            .build();

    assertThat(tool.toBuilder().build()).isEqualTo(tool).hasSameHashCodeAs(tool);
    assertThat(tool.toBuilder().connectorId("d").build()).isNotEqualTo(tool);
    assertThat(tool.toolConfiguration().include()).containsExactly("a");
    assertThat(tool.toolConfiguration().exclude()).isEmpty();
  }
}
