package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
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
  void convert_keepsMutuallyRecursiveDefinitionsAsReferences() throws Exception {
    SchemaConverter.Result result = convert("""
        {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}},
         "$defs": {"A": {"type": "object", "properties": {"b": {"$ref": "#/$defs/B"}}},
                   "B": {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}}}}}
        """);

    JsonObjectSchema a = (JsonObjectSchema) result.parameters().definitions().get("A");
    JsonObjectSchema b = (JsonObjectSchema) result.parameters().definitions().get("B");
    assertThat(a.properties().get("b")).isEqualTo(JsonReferenceSchema.builder().reference("B").build());
    assertThat(b.properties().get("a")).isEqualTo(JsonReferenceSchema.builder().reference("A").build());
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
}
