package io.github.mistral4j.springai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InputSchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String clean(String json) throws Exception {
    return InputSchemas.forMistral(MAPPER.readTree(json));
  }

  @Test
  void anObjectSchemaPassesThroughUnchanged() throws Exception {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"anyOf\":[{\"$ref\":\"#/$defs/x\"},{\"type\":\"null\"}]}},"
        + "\"$defs\":{\"x\":{\"type\":\"string\"}},\"required\":[\"a\"],\"additionalProperties\":false}";

    assertThat(clean(schema)).isEqualTo(schema);
  }

  @Test
  void aRootWithoutTypeOrPropertiesGetsThem() throws Exception {
    assertThat(clean("{\"properties\":{\"a\":{\"type\":\"string\"}}}"))
        .isEqualTo("{\"properties\":{\"a\":{\"type\":\"string\"}},\"type\":\"object\"}");
    assertThat(clean("{\"type\":\"object\"}")).isEqualTo("{\"type\":\"object\",\"properties\":{}}");
  }

  @Test
  void aMissingOrNonObjectSchemaBecomesAnEmptyObject() throws Exception {
    assertThat(InputSchemas.forMistral((JsonNode) null)).isEqualTo("{\"type\":\"object\",\"properties\":{}}");
    assertThat(clean("{\"type\":\"array\"}")).isEqualTo("{\"type\":\"object\",\"properties\":{}}");
    assertThat(clean("true")).isEqualTo("{\"type\":\"object\",\"properties\":{}}");
  }

  @Test
  void theInputIsNotModified() throws Exception {
    JsonNode schema = MAPPER.readTree("{\"properties\":{}}");
    InputSchemas.forMistral(schema);
    assertThat(schema.toString()).isEqualTo("{\"properties\":{}}");
  }
}
