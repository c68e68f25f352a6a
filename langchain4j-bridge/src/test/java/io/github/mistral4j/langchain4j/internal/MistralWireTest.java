package io.github.mistral4j.langchain4j.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.langchain4j.ConnectorToolMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a Mistral model finally sees: every tool of the corpus goes through {@link
 * ToolSpecificationFactory} and LangChain4j's Mistral integration ({@code MistralAiChatModel}, as
 * an application would use it) to a local server standing in for the API, and the {@code
 * parameters} of the request body are checked: valid JSON Schema (the tool's dialect, 2020-12 by
 * default, wherever the tool's own schema is valid), compiling, with no reference left,
 * and the same properties, required names, enums, {@code oneOf}s, nesting and recursion stops as
 * the tool's own schema. {@code additionalProperties: false} is checked on the specification: the
 * integration drops it from typed objects (an upstream limit the bridge README states).
 */
class MistralWireTest {
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ANSWER =
      "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"mistral-small-latest\","
          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

  static List<Path> corpus() throws Exception {
    return SchemaCorpusTest.corpus().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theParametersAMistralModelReceives_areValidSelfContainedAndEquivalentToTheToolsSchema(Path file) throws IOException {
    JsonNode entry = MAPPER.readTree(file.toFile());
    JsonNode inputSchema = entry.get("inputSchema");
    McpTool tool = McpTool.builder().name("tool").description("Does things.").inputSchema(inputSchema).build();
    ToolSpecification spec = ToolSpecificationFactory.create("connector", tool);

    JsonNode sent = send(spec);
    JsonNode parameters = sent.path("function").path("parameters");

    assertThat(parameters.path("type").asText()).isEqualTo("object");
    assertThat(parameters.findValues("$ref")).as("references left").isEmpty();
    // valid under the dialect the tool declares (MCP's default: 2020-12), wherever the tool's own schema is
    SpecificationVersion dialect = SpecificationVersion.fromDialectId(inputSchema.path("$schema").asText(""))
        .orElse(SpecificationVersion.DRAFT_2020_12);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect);
    Schema meta = registry.getSchema(SchemaLocation.of(dialect.getDialectId()));
    if (meta.validate(inputSchema).isEmpty()) {
      assertThat(meta.validate(parameters)).as("valid JSON Schema (%s): %s", dialect, parameters).isEmpty();
      assertThat(registry.getSchema(parameters).validate(MAPPER.createObjectNode())).isNotNull(); // compiles
    }

    boolean noParameters = entry.path("fallbacks").toString().contains("the tool gets no parameters");
    SchemaSkeleton original = noParameters ? SchemaSkeleton.ofConverted(MAPPER.createObjectNode()) : SchemaSkeleton.ofOriginal(inputSchema);
    SchemaSkeleton received = SchemaSkeleton.ofConverted(parameters);
    assertThat(received.properties).as("properties").isEqualTo(original.properties);
    assertThat(received.required).as("required").isEqualTo(withoutEmpty(original.required));
    assertThat(received.enums).as("enums").isEqualTo(original.enums);
    assertThat(received.oneOf).as("oneOf").isEqualTo(original.oneOf);
    assertThat(received.openEnds).as("recursion stops").isEqualTo(original.openEnds);

    SchemaSkeleton specified = SchemaSkeleton.ofConverted(SchemaRender.render(spec.parameters()));
    assertThat(specified.closed).as("additionalProperties: false in the specification").isEqualTo(original.closed);
    assertThat(original.closed).as("additionalProperties: false the integration sends").containsAll(received.closed);

    List<String> notes = spec.metadata().containsKey(ConnectorToolMetadata.SCHEMA_NOTES)
        ? castList(spec.metadata().get(ConnectorToolMetadata.SCHEMA_NOTES)) : List.of();
    assertThat(notes).containsExactlyElementsOf(texts(entry.path("notes")));
    assertThat(sent.path("function").path("description").asText()).startsWith("Does things.");
    notes.forEach(note -> assertThat(sent.path("function").path("description").asText()).contains(note));
  }

  @Test
  void theIntegrationDropsTheRootDescriptionAndAdditionalProperties_asTheReadmeSays() throws IOException {
    JsonNode schema = MAPPER.readTree(
        "{\"type\":\"object\",\"description\":\"Root words\",\"additionalProperties\":false,"
            + "\"properties\":{\"o\":{\"type\":\"object\",\"properties\":{\"k\":{\"type\":\"string\"}},\"additionalProperties\":false},"
            + "\"u\":{\"oneOf\":[{\"type\":\"object\",\"additionalProperties\":false},{\"type\":\"string\"}]}}}");
    ToolSpecification spec = ToolSpecificationFactory.create("c", McpTool.builder().name("t").inputSchema(schema).build());

    JsonNode parameters = send(spec).path("function").path("parameters");

    assertThat(spec.parameters().description()).isEqualTo("Root words");
    assertThat(spec.parameters().additionalProperties()).isFalse();
    assertThat(parameters.has("description")).isFalse();
    assertThat(parameters.has("additionalProperties")).isFalse();
    assertThat(parameters.path("properties").path("o").has("additionalProperties")).isFalse();
    // a sub-schema kept raw (here a oneOf) reaches the model verbatim, additionalProperties included
    assertThat(parameters.path("properties").path("u")).isEqualTo(schema.path("properties").path("u"));
  }

  private static JsonNode send(ToolSpecification spec) throws IOException {
    api.resetAll();
    api.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(okJson(ANSWER)));
    MistralAiChatModel model =
        MistralAiChatModel.builder().baseUrl(api.baseUrl() + "/v1").apiKey("test-key").modelName("mistral-small-latest").build();
    model.chat(ChatRequest.builder().messages(UserMessage.from("Hello")).toolSpecifications(spec).build());
    assertThat(api.getAllServeEvents()).hasSize(1);
    JsonNode body = MAPPER.readTree(api.getAllServeEvents().get(0).getRequest().getBodyAsString());
    assertThat(body.path("tools")).hasSize(1);
    return body.path("tools").get(0);
  }

  private static java.util.Map<String, java.util.Set<String>> withoutEmpty(java.util.Map<String, java.util.Set<String>> map) {
    java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>(map);
    out.values().removeIf(java.util.Set::isEmpty);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
