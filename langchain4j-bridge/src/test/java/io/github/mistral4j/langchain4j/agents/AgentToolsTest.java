package io.github.mistral4j.langchain4j.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.output.structured.Description;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.langchain4j.internal.SchemaConverter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LangChain4j tool definitions as Agents API tools: the exact JSON each one is sent as. */
class AgentToolsTest {

  /** The JSON the SDK sends for a tool, as a tree. */
  static JsonNode sent(AgentTool tool) {
    return Json.mapper().valueToTree(tool);
  }

  static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  /** A tool whose only parameter {@code value} has the given schema. */
  static ToolSpecification probe(JsonSchemaElement value) {
    return ToolSpecification.builder()
        .name("probe")
        .parameters(JsonObjectSchema.builder().addProperty("value", value).build())
        .build();
  }

  static Stream<Arguments> everyElementKind() {
    return Stream.of(
        Arguments.of("string", JsonStringSchema.builder().description("City name").build(),
            "{\"type\": \"string\", \"description\": \"City name\"}"),
        Arguments.of("string without description", JsonStringSchema.builder().build(),
            "{\"type\": \"string\"}"),
        Arguments.of("integer", JsonIntegerSchema.builder().description("Days ahead").build(),
            "{\"type\": \"integer\", \"description\": \"Days ahead\"}"),
        Arguments.of("number", JsonNumberSchema.builder().description("Latitude").build(),
            "{\"type\": \"number\", \"description\": \"Latitude\"}"),
        Arguments.of("boolean", JsonBooleanSchema.builder().description("Include alerts").build(),
            "{\"type\": \"boolean\", \"description\": \"Include alerts\"}"),
        Arguments.of("enum", JsonEnumSchema.builder().enumValues("celsius", "fahrenheit").description("Unit").build(),
            "{\"type\": \"string\", \"description\": \"Unit\", \"enum\": [\"celsius\", \"fahrenheit\"]}"),
        Arguments.of("array with items",
            JsonArraySchema.builder().description("Days").items(JsonIntegerSchema.builder().build()).build(),
            "{\"type\": \"array\", \"description\": \"Days\", \"items\": {\"type\": \"integer\"}}"),
        Arguments.of("array of arrays",
            JsonArraySchema.builder().items(JsonArraySchema.builder().items(new JsonStringSchema()).build()).build(),
            "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}"),
        Arguments.of("nested object",
            JsonObjectSchema.builder()
                .description("A place")
                .addStringProperty("city", "City name")
                .addProperty("position", JsonObjectSchema.builder()
                    .addNumberProperty("lat").addNumberProperty("lon").required("lat", "lon").build())
                .required("city")
                .additionalProperties(false)
                .build(),
            """
            {"type": "object", "description": "A place",
             "properties": {"city": {"type": "string", "description": "City name"},
                            "position": {"type": "object",
                                         "properties": {"lat": {"type": "number"}, "lon": {"type": "number"}},
                                         "required": ["lat", "lon"]}},
             "required": ["city"], "additionalProperties": false}
            """),
        Arguments.of("object open to any property",
            JsonObjectSchema.builder().additionalProperties(true).build(),
            "{\"type\": \"object\", \"properties\": {}, \"additionalProperties\": true}"),
        Arguments.of("anyOf",
            JsonAnyOfSchema.builder().description("An id or a name")
                .anyOf(new JsonIntegerSchema(), JsonStringSchema.builder().description("Name").build()).build(),
            """
            {"description": "An id or a name",
             "anyOf": [{"type": "integer"}, {"type": "string", "description": "Name"}]}
            """),
        Arguments.of("nullable",
            JsonAnyOfSchema.builder().anyOf(JsonStringSchema.builder().description("Cursor").build(), new JsonNullSchema()).build(),
            "{\"anyOf\": [{\"type\": \"string\", \"description\": \"Cursor\"}, {\"type\": \"null\"}]}"),
        Arguments.of("null", new JsonNullSchema(), "{\"type\": \"null\"}"),
        Arguments.of("reference", JsonReferenceSchema.builder().reference("node").build(),
            "{\"$ref\": \"#/$defs/node\"}"),
        Arguments.of("reference with characters a JSON pointer escapes",
            JsonReferenceSchema.builder().reference("a/b~c d%").build(),
            "{\"$ref\": \"#/$defs/a~1b~0c%20d%25\"}"),
        Arguments.of("raw object",
            JsonRawSchema.from("{\"type\": \"array\", \"prefixItems\": [{\"type\": \"number\"}, {\"type\": \"number\"}], \"minItems\": 2}"),
            "{\"type\": \"array\", \"prefixItems\": [{\"type\": \"number\"}, {\"type\": \"number\"}], \"minItems\": 2}"),
        Arguments.of("raw boolean", JsonRawSchema.from("true"), "true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyElementKind")
  void functionTool_writesEachSchemaElementAsStandardJsonSchema(String kind, JsonSchemaElement element, String expected)
      throws Exception {
    FunctionTool tool = AgentTools.functionTool(probe(element));

    assertThat(sent(tool)).isEqualTo(json("""
        {"type": "function",
         "function": {"name": "probe",
                      "parameters": {"type": "object", "properties": {"value": %s}}}}
        """.formatted(expected)));
  }

  @Test
  void functionTool_sendsNameDescriptionStrictRootDescriptionRequiredAndDefinitions() throws Exception {
    JsonObjectSchema node = JsonObjectSchema.builder()
        .addStringProperty("label")
        .addProperty("children", JsonArraySchema.builder().items(JsonReferenceSchema.builder().reference("node").build()).build())
        .required("label")
        .build();
    ToolSpecification spec = ToolSpecification.builder()
        .name("save_tree")
        .description("Saves a tree of labels.")
        .strict(true)
        .addMetadata("owner", "team-a")
        .parameters(JsonObjectSchema.builder()
            .description("The tree to save")
            .addProperty("root", JsonReferenceSchema.builder().reference("node").build())
            .addProperty("overwrite", JsonBooleanSchema.builder().description("Replace an existing tree").build())
            .required("root")
            .additionalProperties(false)
            .definitions(Map.of("node", node))
            .build())
        .build();

    AgentTool tool = AgentTools.functionTool(spec);

    assertThat(sent(tool)).isEqualTo(json("""
        {"type": "function",
         "function": {
           "name": "save_tree",
           "description": "Saves a tree of labels.",
           "strict": true,
           "parameters": {
             "type": "object",
             "description": "The tree to save",
             "properties": {"root": {"$ref": "#/$defs/node"},
                            "overwrite": {"type": "boolean", "description": "Replace an existing tree"}},
             "required": ["root"],
             "additionalProperties": false,
             "$defs": {"node": {"type": "object",
                                "properties": {"label": {"type": "string"},
                                               "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
                                "required": ["label"]}}}}}
        """));
  }

  @Test
  void functionTool_withoutParametersOrDescription_sendsAnEmptyObjectSchemaAndNoDescription() throws Exception {
    AgentTool tool = AgentTools.functionTool(ToolSpecification.builder().name("current_time").build());

    assertThat(sent(tool)).isEqualTo(json("""
        {"type": "function", "function": {"name": "current_time", "parameters": {"type": "object", "properties": {}}}}
        """));
  }

  @Test
  void functionTool_isReadBackAsTheSameTool() throws Exception {
    FunctionTool tool = AgentTools.functionTool(probe(JsonAnyOfSchema.builder()
        .anyOf(new JsonStringSchema(), new JsonNullSchema()).build()));

    AgentTool decoded = Json.mapper().treeToValue(sent(tool), AgentTool.class);

    assertThat(decoded).isEqualTo(tool);
  }

  @ParameterizedTest
  @ValueSource(strings = {"get weather", "forecast.v2", "météo", "a$b", "",
      "a_name_that_is_sixty_five_characters_long_which_is_one_too_many_x"})
  void functionTool_rejectsNamesMistralDoesNotAccept_namingTheRule(String name) {
    ToolSpecification spec = ToolSpecification.builder().name(name).build();

    assertThatThrownBy(() -> AgentTools.functionTool(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("specification: function name '" + name
            + "' must match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, '_' and '-', 1 to 64 characters)");
  }

  @Test
  void functionTool_acceptsTheLongestValidName() {
    String name = "a".repeat(32) + "_-" + "Z9".repeat(15);

    assertThat(name).hasSize(64);
    assertThat(AgentTools.functionTool(ToolSpecification.builder().name(name).build()).function().name()).isEqualTo(name);
  }

  @Test
  void functionTool_rawSchemaThatIsNotJson_failsNamingWhereItSits() {
    ToolSpecification spec = ToolSpecification.builder()
        .name("search")
        .parameters(JsonObjectSchema.builder()
            .addProperty("filter", JsonArraySchema.builder().items(JsonRawSchema.from("{not json")).build())
            .build())
        .build();

    assertThatThrownBy(() -> AgentTools.functionTool(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tool 'search' parameters.properties.filter.items is a raw schema that is not a JSON object or "
            + "boolean; JSON Schema needs one of them");
  }

  @Test
  void functionTool_rawSchemaHoldingAString_isRejected() {
    assertThatThrownBy(() -> AgentTools.functionTool(probe(JsonRawSchema.from("\"string\""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameters.properties.value is a raw schema that is not a JSON object or boolean");
  }

  @Test
  void functionTool_elementOfAnUnknownKind_failsNamingItsClassAndPlace() {
    JsonSchemaElement odd = () -> "home-made";
    ToolSpecification spec = probe(JsonAnyOfSchema.builder().anyOf(new JsonStringSchema(), odd).build());

    assertThatThrownBy(() -> AgentTools.functionTool(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tool 'probe' parameters.properties.value.anyOf[1] is a " + odd.getClass().getName())
        .hasMessageEndingWith("which is not one of LangChain4j's JSON schema elements (object, array, string, integer, "
            + "number, boolean, enum, null, anyOf, reference, raw)");
  }

  @Test
  void functionTool_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> AgentTools.functionTool(null)).withMessage("specification");
  }

  @Test
  void functionTools_keepsTheOrder_andTakesOtherToolsWhenCopied() {
    List<AgentTool> tools = AgentTools.functionTools(List.of(
        ToolSpecification.builder().name("b").build(), ToolSpecification.builder().name("a").build()));

    assertThat(tools).extracting(t -> ((FunctionTool) t).function().name()).containsExactly("b", "a");
    List<AgentTool> all = new ArrayList<>(tools);
    all.add(AgentTools.connectorTool("conn"));
    assertThat(all).hasSize(3);
    assertThatThrownBy(() -> tools.add(AgentTool.webSearch())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void functionTools_rejectsTwoSpecificationsWithTheSameName() {
    List<ToolSpecification> specs = List.of(
        ToolSpecification.builder().name("forecast").build(),
        ToolSpecification.builder().name("alerts").build(),
        ToolSpecification.builder().name("forecast").description("again").build());

    assertThatThrownBy(() -> AgentTools.functionTools(specs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("specifications[2]: function name 'forecast' is already used by specifications[0]; "
            + "function names must be unique within an agent");
  }

  @Test
  void functionTools_namesTheSpecificationWithABadName() {
    List<ToolSpecification> specs = List.of(
        ToolSpecification.builder().name("ok").build(), ToolSpecification.builder().name("not ok").build());

    assertThatThrownBy(() -> AgentTools.functionTools(specs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("specifications[1]: function name 'not ok' must match ^[a-zA-Z0-9_-]{1,64}$");
  }

  // ---- connectors -----------------------------------------------------------------------------

  @Test
  void connectorTool_sendsTheConnectorId() throws Exception {
    ConnectorTool tool = AgentTools.connectorTool("2f1c6a56-8a3c-4f7e-9a1e-3b1f0c9d7e21");

    assertThat(tool).isEqualTo(AgentTool.connector("2f1c6a56-8a3c-4f7e-9a1e-3b1f0c9d7e21"));
    assertThat(sent(tool)).isEqualTo(json("{\"type\": \"connector\", \"connector_id\": \"2f1c6a56-8a3c-4f7e-9a1e-3b1f0c9d7e21\"}"));
  }

  @Test
  void connectorTool_withAuthorization_sendsItAndNeverPrintsIt() throws Exception {
    ConnectorTool apiKey = AgentTools.connectorTool("conn", ConnectorAuthorization.apiKey("sk-secret"));
    ConnectorTool oauth = AgentTools.connectorTool("conn", ConnectorAuthorization.oauth2Token("ya29.token"));

    assertThat(sent(apiKey)).isEqualTo(json("""
        {"type": "connector", "connector_id": "conn", "authorization": {"type": "api-key", "value": "sk-secret"}}
        """));
    assertThat(sent(oauth)).isEqualTo(json("""
        {"type": "connector", "connector_id": "conn", "authorization": {"type": "oauth2-token", "value": "ya29.token"}}
        """));
    assertThat(apiKey.toString()).doesNotContain("sk-secret");
    assertThat(oauth.toString()).doesNotContain("ya29.token");
  }

  @Test
  void connectorTool_rejectsBlankOrMissingValues() {
    assertThatThrownBy(() -> AgentTools.connectorTool(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectorId must not be blank");
    assertThatNullPointerException().isThrownBy(() -> AgentTools.connectorTool(null)).withMessage("connectorId");
    assertThatNullPointerException()
        .isThrownBy(() -> AgentTools.connectorTool("conn", null))
        .withMessage("authorization");
  }

  // ---- @Tool objects ----------------------------------------------------------------------------

  enum Unit { CELSIUS, FAHRENHEIT }

  @Description("A place on Earth")
  record Place(@Description("City name") String city, String country) {}

  static final class TreeNode {
    String label;
    List<TreeNode> children;
  }

  static final class WeatherTools {
    @Tool("Daily forecast for a place")
    String forecast(@P("Where") Place place, @P(value = "How many days", required = false) Integer days,
        Unit unit, List<String> fields, double threshold, boolean alerts) {
      return "sunny";
    }

    @Tool(name = "current_time", value = "The current time")
    String now() {
      return "12:00";
    }

    @Tool("Saves a tree of labels")
    String saveTree(TreeNode root) {
      return "saved";
    }
  }

  static Map<String, FunctionTool> byName(List<AgentTool> tools) {
    Map<String, FunctionTool> map = new LinkedHashMap<>();
    tools.forEach(t -> map.put(((FunctionTool) t).function().name(), (FunctionTool) t));
    return map;
  }

  @Test
  void functionToolsFrom_turnsEveryToolMethodIntoTheFunctionToolItDescribes() throws Exception {
    Map<String, FunctionTool> tools = byName(AgentTools.functionToolsFrom(new WeatherTools()));

    assertThat(tools).containsOnlyKeys("forecast", "current_time", "saveTree");
    assertThat(sent(tools.get("forecast"))).isEqualTo(json("""
        {"type": "function",
         "function": {
           "name": "forecast",
           "description": "Daily forecast for a place",
           "parameters": {
             "type": "object",
             "properties": {
               "place": {"type": "object", "description": "Where",
                         "properties": {"city": {"type": "string", "description": "City name"},
                                        "country": {"type": "string"}},
                         "required": ["city", "country"]},
               "days": {"type": "integer", "description": "How many days"},
               "unit": {"type": "string", "enum": ["CELSIUS", "FAHRENHEIT"]},
               "fields": {"type": "array", "items": {"type": "string"}},
               "threshold": {"type": "number"},
               "alerts": {"type": "boolean"}},
             "required": ["place", "unit", "fields", "threshold", "alerts"]}}}
        """));
    assertThat(sent(tools.get("current_time"))).isEqualTo(json("""
        {"type": "function", "function": {"name": "current_time", "description": "The current time",
                                           "parameters": {"type": "object", "properties": {}}}}
        """));
    JsonNode tree = sent(tools.get("saveTree")).path("function").path("parameters");
    String definition = tree.path("$defs").fieldNames().next();
    assertThat(tree).isEqualTo(json("""
        {"type": "object",
         "properties": {"root": {"type": "object",
                                 "properties": {"label": {"type": "string"},
                                                "children": {"type": "array", "items": {"$ref": "#/$defs/%1$s"}}},
                                 "required": ["label", "children"]}},
         "required": ["root"],
         "$defs": {"%1$s": {"type": "object",
                            "properties": {"label": {"type": "string"},
                                           "children": {"type": "array", "items": {"$ref": "#/$defs/%1$s"}}},
                            "required": ["label", "children"]}}}
        """.formatted(definition)));
  }

  @Test
  void functionToolsFrom_acceptsTheClassAsWellAsAnInstance() {
    assertThat(AgentTools.functionToolsFrom(WeatherTools.class))
        .containsExactlyInAnyOrderElementsOf(AgentTools.functionToolsFrom(new WeatherTools()));
  }

  @Test
  void functionToolsFrom_readsBackIntoTheSameLangChain4jSchema() {
    // what the remote agent receives, read by the bridge's own JSON-schema reader, is what the
    // local LangChain4j agent sees
    for (ToolSpecification spec : ToolSpecifications.toolSpecificationsFrom(WeatherTools.class)) {
      FunctionTool tool = AgentTools.functionTool(spec);
      JsonNode parameters = Json.mapper().valueToTree(tool.function().parameters());

      SchemaConverter.Result readBack = SchemaConverter.convert(parameters);

      // the converter makes schemas self-contained (recursion unfolded): compare with LangChain4j's
      // own JSON of the specification, read the same way
      JsonObjectSchema original = spec.parameters() == null ? JsonObjectSchema.builder().build() : spec.parameters();
      SchemaConverter.Result expected = SchemaConverter.convert(Json.mapper().valueToTree(JsonSchemaElementUtils.toMap(original)));
      assertThat(readBack.fallbacks()).as(spec.name()).allMatch(f -> f.contains("is recursive"));
      assertThat(readBack.parameters()).as(spec.name()).isEqualTo(expected.parameters());
      assertThat(tool.function().description()).isEqualTo(spec.description());
    }
  }

  @Test
  void functionTool_everyTypedElementKindReadsBackUnchanged() {
    JsonObjectSchema parameters = JsonObjectSchema.builder()
        .description("Everything")
        .addStringProperty("s", "a string")
        .addIntegerProperty("i")
        .addNumberProperty("n")
        .addBooleanProperty("b")
        .addEnumProperty("e", List.of("x", "y"), "an enum")
        .addProperty("a", JsonArraySchema.builder().items(JsonReferenceSchema.builder().reference("item").build()).build())
        .addProperty("o", JsonObjectSchema.builder().addStringProperty("k").required("k").additionalProperties(false).build())
        .addProperty("u", JsonAnyOfSchema.builder().anyOf(new JsonIntegerSchema(), new JsonStringSchema()).build())
        .addProperty("maybe", JsonAnyOfSchema.builder().anyOf(new JsonStringSchema(), new JsonNullSchema()).build())
        .required("s", "e")
        .definitions(Map.of("item", JsonObjectSchema.builder().addStringProperty("name").build()))
        .build();
    FunctionTool tool = AgentTools.functionTool(ToolSpecification.builder().name("all").parameters(parameters).build());

    SchemaConverter.Result readBack = SchemaConverter.convert(Json.mapper().valueToTree(tool.function().parameters()));

    assertThat(readBack.fallbacks()).isEmpty();
    // read back self-contained: the reference to "item" comes back inlined
    JsonObjectSchema inlined = parameters.toBuilder()
        .addProperty("a", JsonArraySchema.builder().items(JsonObjectSchema.builder().addStringProperty("name").build()).build())
        .definitions(null)
        .build();
    assertThat(readBack.parameters()).isEqualTo(inlined);
  }
}
