package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Odd inputs the corpus does not hold: the converter must answer, never throw. */
class SchemaConverterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SchemaConverter.Result convert(String json) throws Exception {
    return SchemaConverter.convert(MAPPER.readTree(json));
  }

  @Test
  void convert_treatsNullAndJsonNullAsNoParameters() throws Exception {
    assertThat(SchemaConverter.convert(null).parameters()).isEqualTo(JsonObjectSchema.builder().build());
    assertThat(convert("null").parameters()).isEqualTo(JsonObjectSchema.builder().build());
    assertThat(convert("null").fallbacks()).isEmpty();
  }

  @Test
  void convert_reportsARootThatIsNotAnObject() throws Exception {
    SchemaConverter.Result result = convert("[1, 2]");

    assertThat(result.parameters().properties()).isEmpty();
    assertThat(result.fallbacks()).containsExactly("/: the schema is not an object (ARRAY); the tool gets no parameters");
  }

  @Test
  void convert_survivesARootThatReferencesItself() throws Exception {
    assertThat(convert("{\"$ref\": \"#\"}").parameters().properties()).isEmpty();
  }

  @Test
  void convert_unfoldsMutuallyRecursiveDefinitions_toAFixedDepth_endingInAnOpenObjectDescribedInWords() throws Exception {
    SchemaConverter.Result result = convert("""
        {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}},
         "$defs": {"A": {"type": "object", "properties": {"b": {"$ref": "#/$defs/B"}}},
                   "B": {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}}}}}
        """);

    JsonObjectSchema level = result.parameters();
    List<String> path = new ArrayList<>();
    while (level.properties().size() == 1) {
      String name = level.properties().keySet().iterator().next();
      path.add(name);
      level = (JsonObjectSchema) level.properties().get(name);
    }
    assertThat(path).containsExactly("a", "b", "a", "b", "a");
    assertThat(level.properties()).isEmpty();
    assertThat(level.description()).isEqualTo("A further A: an object of the same shape as the A that contains it (not expanded here).");
    assertThat(result.parameters().definitions()).isNullOrEmpty();
    assertThat(result.fallbacks()).hasSize(1).first(InstanceOfAssertFactories.STRING).contains("'#/$defs/A' is recursive");
  }

  @Test
  void convert_keepsSchemasNestedTooDeeplyAsRaw() {
    ObjectNode root = MAPPER.createObjectNode().put("type", "object");
    ObjectNode current = root;
    for (int i = 0; i < 100; i++) {
      current = current.putObject("properties").putObject("next").put("type", "object");
    }

    SchemaConverter.Result result = SchemaConverter.convert(root);

    assertThat(result.fallbacks()).hasSize(1);
    assertThat(result.fallbacks().get(0)).endsWith("nested deeper than 64 levels; kept as a raw schema");
    JsonObjectSchema level = result.parameters();
    for (int i = 0; i < 64; i++) {
      level = (JsonObjectSchema) level.properties().get("next");
    }
    assertThat(level.properties().get("next")).isInstanceOf(JsonRawSchema.class);
  }

  @Test
  void convert_ignoresMalformedPropertiesAndRequired() throws Exception {
    SchemaConverter.Result result = convert("{\"type\": \"object\", \"properties\": [\"a\"], \"required\": \"a\"}");

    assertThat(result.parameters().properties()).isEmpty();
    assertThat(result.parameters().required()).isNullOrEmpty();
  }

  @Test
  void convert_keepsAPropertyWhoseSchemaIsNotAnObjectAsAnyValue() throws Exception {
    JsonNode schema = MAPPER.readTree("{\"type\": \"object\", \"properties\": {\"a\": 42}}");

    SchemaConverter.Result result = SchemaConverter.convert(schema);

    assertThat(result.parameters().properties().get("a")).isEqualTo(JsonRawSchema.from("{}"));
    assertThat(result.fallbacks()).containsExactly("/properties/a: not a schema (NUMBER); any value accepted; kept as a raw schema");
  }

  @Test
  void convert_stopsInliningASchemaThatWouldGrowTooLarge_withOpenSchemasSaidInWords() {
    // 24 definitions, each referencing the next twice: inlined whole, 2^24 copies of the last
    ObjectNode root = MAPPER.createObjectNode().put("type", "object");
    root.putObject("properties").putObject("top").put("$ref", "#/$defs/d0");
    ObjectNode defs = root.putObject("$defs");
    for (int i = 0; i < 24; i++) {
      ObjectNode properties = defs.putObject("d" + i).put("type", "object").putObject("properties");
      String next = i == 23 ? null : "#/$defs/d" + (i + 1);
      if (next == null) {
        properties.putObject("leaf").put("type", "string");
      } else {
        properties.putObject("left").put("$ref", next);
        properties.putObject("right").put("$ref", next);
      }
    }

    long start = System.nanoTime();
    SchemaConverter.Result result = SchemaConverter.convert(root);

    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
    assertThat(result.fallbacks()).anyMatch(f -> f.contains("makes the schema too large to inline"));
    assertThat(MAPPER.valueToTree(dev.langchain4j.internal.JsonSchemaElementUtils.toMap(result.parameters())).toString())
        .doesNotContain("$ref")
        .contains("not expanded here");
  }

  @Test
  void convert_keepsAOneOfWhole_andAnAnyOfTyped() throws Exception {
    SchemaConverter.Result result = convert("""
        {"type": "object", "properties": {
           "exactly": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
           "atLeast": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}
        """);

    assertThat(result.parameters().properties().get("exactly"))
        .isEqualTo(JsonRawSchema.from("{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}"));
    assertThat(result.parameters().properties().get("atLeast"))
        .isInstanceOf(dev.langchain4j.model.chat.request.json.JsonAnyOfSchema.class);
  }
}
