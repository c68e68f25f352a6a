package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every tool schema of the corpus under {@code schemas/} (shapes taken from real MCP
 * servers and schema generators) and compares the whole converted structure, and the list of
 * fallbacks taken, with the file's {@code expected} and {@code fallbacks}.
 */
class SchemaCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(SchemaCorpusTest.class.getResource("/schemas").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void convert_producesTheExpectedStructure(Path file) throws IOException {
    JsonNode entry = MAPPER.readTree(file.toFile());

    JsonNode before = entry.get("inputSchema").deepCopy();
    SchemaConverter.Result result = SchemaConverter.convert(entry.get("inputSchema"));
    assertThat(entry.get("inputSchema")).as("input left unchanged").isEqualTo(before);

    JsonNode actual = SchemaRender.render(result.parameters());
    if (Boolean.getBoolean(UPDATE)) {
      rewrite(file, (ObjectNode) entry, actual, result);
      return;
    }
    assertThat(actual).as(entry.get("source").asText()).isEqualTo(entry.get("expected"));
    assertThat(result.fallbacks()).containsExactlyElementsOf(texts(entry.path("fallbacks")));
    assertThat(result.notes()).containsExactlyElementsOf(texts(entry.path("notes")));
  }

  /**
   * With {@code -Dmistral4j.corpus.update=true}, the expected structure, fallbacks and notes of
   * each file are rewritten from the converter's output (review the diff before committing it).
   */
  static final String UPDATE = "mistral4j.corpus.update";

  private static void rewrite(Path file, ObjectNode entry, JsonNode actual, SchemaConverter.Result result) throws IOException {
    entry.set("expected", actual);
    entry.set("fallbacks", MAPPER.valueToTree(result.fallbacks()));
    entry.set("notes", MAPPER.valueToTree(result.notes()));
    Path source = Path.of("src", "test", "resources", "schemas").resolve(file.getFileName().toString());
    Files.writeString(source, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(entry) + "\n");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(f -> out.add(f.asText()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void convert_producesSchemasLangChain4jSerialisesWithoutDanglingReferences(Path file) throws IOException {
    JsonNode entry = MAPPER.readTree(file.toFile());

    JsonObjectSchema parameters = SchemaConverter.convert(entry.get("inputSchema")).parameters();

    JsonNode serialised = MAPPER.valueToTree(JsonSchemaElementUtils.toMap(parameters));
    assertThat(serialised.path("type").asText()).isEqualTo("object");
    List<String> refs = new ArrayList<>();
    collectRefs(serialised, refs);
    for (String ref : refs) {
      assertThat(ref).startsWith("#/$defs/");
      assertThat(serialised.path("$defs").has(ref.substring("#/$defs/".length())))
          .as("definition for " + ref)
          .isTrue();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  @Test
  void corpus_holdsAtLeastTwentyFiveSchemas() throws Exception {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(25);
  }
}
