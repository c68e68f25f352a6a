package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins every part of the converted specifications, exactly: names, descriptions, each schema
 * element's kind, description and members, raw schemas as their text, and the metadata with the
 * Java type of every value. The tools are those under {@code specifications/tools.json} (shaped as
 * the benchmarks' real-server tools, plus odd metadata and missing parts) and every schema of the
 * corpus under {@code schemas/} as a tool; {@code specifications/expected.json} holds what the
 * conversion gave before its fast paths were added.
 */
class SpecificationSnapshotTest {
  /** With {@code -Dmistral4j.specs.update=true}, {@code expected.json} is rewritten (review the diff). */
  static final String UPDATE = "mistral4j.specs.update";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void create_givesExactlyThePinnedSpecifications() throws Exception {
    ObjectNode actual = MAPPER.createObjectNode();
    for (McpTool tool : tools()) {
      actual.set(tool.name(), render(ToolSpecificationFactory.create("snapshot", tool)));
    }
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(Path.of("src", "test", "resources", "specifications", "expected.json"),
          MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
      return;
    }
    JsonNode pinned = MAPPER.readTree(SpecificationSnapshotTest.class.getResource("/specifications/expected.json"));
    assertThat(actual.size()).isEqualTo(pinned.size()).isGreaterThanOrEqualTo(55);
    actual.fields().forEachRemaining(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(pinned.get(e.getKey())));
  }

  @Test
  void create_givesEqualSpecificationsEachTimeForTheSameTool() throws Exception {
    for (McpTool tool : tools()) {
      ToolSpecification first = ToolSpecificationFactory.create("snapshot", tool);
      ToolSpecification second = ToolSpecificationFactory.create("snapshot", tool);
      assertThat(second).as(tool.name()).isEqualTo(first);
      assertThat(render(second)).as(tool.name()).isEqualTo(render(first));
    }
  }

  /** The tools of {@code specifications/tools.json}, then one tool per corpus schema. */
  static List<McpTool> tools() throws IOException, URISyntaxException {
    ArrayNode tools = (ArrayNode) MAPPER.readTree(SpecificationSnapshotTest.class.getResource("/specifications/tools.json"));
    for (Path file : SchemaCorpusTest.corpus().toList()) {
      JsonNode entry = MAPPER.readTree(file.toFile());
      ObjectNode tool = tools.addObject();
      tool.put("name", "corpus_" + file.getFileName().toString().replace(".json", ""));
      tool.put("description", entry.path("source").asText());
      tool.set("inputSchema", entry.get("inputSchema"));
    }
    return Json.mapper().readerForListOf(McpTool.class).readValue(MAPPER.writeValueAsBytes(tools));
  }

  static JsonNode render(ToolSpecification spec) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", spec.name());
    n.put("description", spec.description());
    n.set("parameters", element(spec.parameters()));
    n.set("metadata", value(spec.metadata()));
    return n;
  }

  private static JsonNode element(JsonSchemaElement e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("element", e.getClass().getSimpleName());
    n.put("description", e.description());
    if (e instanceof JsonObjectSchema o) {
      ObjectNode properties = n.putObject("properties");
      o.properties().forEach((k, v) -> properties.set(k, element(v)));
      n.set("required", value(o.required()));
      n.set("additionalProperties", value(o.additionalProperties()));
      n.set("definitions", o.definitions() == null ? null : value(new LinkedHashMap<>(o.definitions())));
    } else if (e instanceof JsonArraySchema a) {
      n.set("items", a.items() == null ? null : element(a.items()));
    } else if (e instanceof JsonEnumSchema en) {
      n.set("enum", value(en.enumValues()));
    } else if (e instanceof JsonAnyOfSchema any) {
      ArrayNode branches = n.putArray("anyOf");
      any.anyOf().forEach(b -> branches.add(element(b)));
    } else if (e instanceof JsonReferenceSchema r) {
      n.put("reference", r.reference());
    } else if (e instanceof JsonRawSchema raw) {
      n.put("schema", raw.schema()); // the text itself: key order and number forms count
    }
    return n;
  }

  /** A value with the Java type of every scalar ({@code "Integer:1"}); maps and lists by content. */
  private static JsonNode value(Object v) {
    if (v == null) {
      return MAPPER.nullNode();
    }
    if (v instanceof JsonSchemaElement e) {
      return element(e);
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode n = MAPPER.createObjectNode();
      map.forEach((k, x) -> n.set(String.valueOf(k), value(x)));
      return n;
    }
    if (v instanceof List<?> list) {
      ArrayNode n = MAPPER.createArrayNode();
      list.forEach(x -> n.add(value(x)));
      return n;
    }
    return MAPPER.getNodeFactory().textNode(v.getClass().getSimpleName() + ":" + v);
  }
}
