package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conversion's fast paths give what the general paths give: the inliner's skipped walk, the
 * root prepared without deep copies, metadata maps read from the tree, scalars written without a
 * JSON writer. Checked on every schema of the corpus and of the specification fixtures, every
 * sub-schema of them, and odd values.
 */
class ConversionFastPathsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void inline_returnsTheSchemaItself_exactlyWhenTheFullWalkWouldOnlyCopyIt() throws Exception {
    int skipped = 0;
    for (JsonNode schema : schemas()) {
      List<String> fastFallbacks = new ArrayList<>();
      List<String> fullFallbacks = new ArrayList<>();
      JsonNode fast = SchemaInliner.inline(schema, (p, r) -> fastFallbacks.add(p + r));
      JsonNode full = SchemaInliner.copy(schema, (p, r) -> fullFallbacks.add(p + r));
      assertThat(fast).as(schema.toString()).isEqualTo(full);
      assertThat(fastFallbacks).isEqualTo(fullFallbacks);
      if (fast == schema) {
        skipped++;
        assertThat(full).isEqualTo(schema);
      } else {
        assertThat(full).isNotEqualTo(schema);
      }
    }
    assertThat(skipped).as("schemas with nothing to inline").isGreaterThan(20);
  }

  @Test
  void hasWorkFor_findsReferencesAndDefinitionsAnywhereTheWalkLooks_andIgnoresThemInData() throws Exception {
    assertThat(SchemaInliner.hasWorkFor(json("{\"type\": \"object\", \"properties\": {\"a\": {\"items\": [{\"$ref\": \"#/x\"}]}}}"))).isTrue();
    assertThat(SchemaInliner.hasWorkFor(json("{\"anyOf\": [{\"type\": \"string\"}, {\"$defs\": {}}]}"))).isTrue();
    assertThat(SchemaInliner.hasWorkFor(json("{\"properties\": {\"a\": {\"definitions\": 1}}}"))).isTrue();
    assertThat(SchemaInliner.hasWorkFor(json("[{\"$ref\": \"#\"}]"))).isTrue();
    assertThat(SchemaInliner.hasWorkFor(json("{\"properties\": {\"a\": {\"$ref\": 3}}}"))).isFalse();
    assertThat(SchemaInliner.hasWorkFor(json(
        "{\"default\": {\"$ref\": \"#\"}, \"examples\": [{\"$defs\": {}}], \"enum\": [{\"$ref\": \"#\"}], \"const\": {\"definitions\": {}}}"))).isFalse();
  }

  @Test
  void convert_leavesEveryCorpusSchemaUnchanged_andGivesEqualResultsTwice() throws Exception {
    for (JsonNode schema : schemas()) {
      JsonNode before = schema.deepCopy();
      SchemaConverter.Result first = SchemaConverter.convert(schema);
      SchemaConverter.Result second = SchemaConverter.convert(schema);
      assertThat(schema).isEqualTo(before);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void toMap_givesJacksonsValuesAndTypes_forEveryFixtureTreeAndSubtree() throws Exception {
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode schema : schemas()) {
      collectObjects(schema, objects);
    }
    collectObjects(MAPPER.readTree(getClass().getResource("/specifications/tools.json")), objects);
    assertThat(objects).hasSizeGreaterThan(500);
    for (JsonNode object : objects) {
      assertThat(JsonValues.plain(object)).isTrue();
      assertSameTypedValue(JsonValues.toMap(object), JsonValues.viaJackson(object));
    }
  }

  @Test
  void toMap_leavesOtherNumberKindsAndBinaryToJackson() {
    ObjectNode odd = NODES.objectNode();
    odd.set("short", NODES.numberNode((short) 7));
    odd.set("float", NODES.numberNode(1.5f));
    odd.set("decimal", NODES.numberNode(new BigDecimal("1.50")));
    odd.putArray("nested").addObject().set("bytes", NODES.binaryNode(new byte[] {1, 2}));
    odd.set("big", NODES.numberNode(new BigInteger("123456789012345678901234567890")));

    assertThat(JsonValues.plain(odd)).isFalse();
    assertSameTypedValue(JsonValues.toMap(odd), JsonValues.viaJackson(odd));
  }

  @Test
  void json_writesScalarsAsToStringDoes() {
    List<JsonNode> values = List.of(
        NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Integer.MIN_VALUE),
        NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode((short) -3),
        NODES.numberNode(0.5), NODES.numberNode(1e300), NODES.numberNode(-0.0), NODES.numberNode(Double.NaN),
        NODES.numberNode(new BigDecimal("1.50")), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
        NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
        NODES.textNode(""), NODES.textNode("desc"), NODES.textNode("a b ~!@#$%^&*()_+{}|:<>?`-=[];',./"),
        NODES.textNode("quote \" and \\ backslash"), NODES.textNode("tab\tnew\nline\u0001\u007f"), NODES.textNode("é ☃ \u2028"),
        NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("a", 1));
    for (JsonNode value : values) {
      assertThat(SchemaDescriptions.json(value)).as(value.getNodeType() + " " + value).isEqualTo(value.toString());
    }
  }

  @Test
  void of_withoutFoldedKeywords_isTheTextAlone_andFalseUniqueItemsFoldsNothing() throws Exception {
    assertThat(SchemaDescriptions.of(json("{\"type\": \"string\", \"description\": \" Name \", \"x-y\": 1}"))).isEqualTo("Name");
    assertThat(SchemaDescriptions.of(json("{\"type\": \"array\", \"title\": \"Tags\", \"uniqueItems\": false}"))).isEqualTo("Tags");
    assertThat(SchemaDescriptions.of(json("{\"type\": \"array\"}"))).isNull();
    assertThat(SchemaDescriptions.of(json("{\"maxLength\": 3, \"description\": \"Code\", \"format\": \"iso\", \"default\": \"abc\"}")))
        .isEqualTo("Code (format: iso; maxLength: 3; default: \"abc\")");
  }

  @Test
  void firstUnsupported_isTheFirstInTheListsOrder_notTheNodes() throws Exception {
    assertThat(SchemaNodes.firstUnsupportedOf(json("{\"type\": \"object\", \"contains\": {}, \"not\": {}}"))).isEqualTo("not");
    assertThat(SchemaNodes.firstUnsupportedOf(json("{\"type\": \"object\", \"description\": \"x\"}"))).isNull();
  }

  @Test
  void convert_keepsEnumsThatAreNotNonEmptyStringListsRaw() throws Exception {
    SchemaConverter.Result result = SchemaConverter.convert(json("""
        {"type": "object", "properties": {
          "object": {"type": "string", "enum": {"a": "b"}}, "empty": {"enum": []}, "mixed": {"enum": ["a", 1]},
          "nullConst": {"const": null}, "text": {"enum": "a"}, "ok": {"enum": ["a", "b"]}, "constant": {"const": "c", "enum": [1]}}}
        """));

    String reason = ": only non-empty string enums can be expressed; kept as a raw schema";
    assertThat(result.fallbacks()).containsExactly(
        "/properties/object" + reason, "/properties/empty" + reason, "/properties/mixed" + reason,
        "/properties/nullConst" + reason, "/properties/text" + reason);
    assertThat(result.parameters().properties().get("ok")).isEqualTo(
        dev.langchain4j.model.chat.request.json.JsonEnumSchema.builder().enumValues("a", "b").build());
    assertThat(result.parameters().properties().get("constant")).isEqualTo(
        dev.langchain4j.model.chat.request.json.JsonEnumSchema.builder().enumValues("c").build());
  }

  @Test
  void schemaKeys_flagsEachSteeringKeywordWhateverItsValue_andNothingElse() throws Exception {
    for (String keyword : SchemaNodes.UNSUPPORTED) {
      assertThat(SchemaKeys.of(NODES.objectNode().putNull(keyword))).as(keyword).isEqualTo(SchemaKeys.UNSUPPORTED);
    }
    assertThat(SchemaKeys.of(json("{\"$ref\": 1}"))).isEqualTo(SchemaKeys.REF);
    assertThat(SchemaKeys.of(json("{\"allOf\": null, \"oneOf\": 2}"))).isEqualTo(SchemaKeys.ALL_OF | SchemaKeys.ANY_OF);
    assertThat(SchemaKeys.of(json("{\"anyOf\": [], \"nullable\": false, \"const\": 1}")))
        .isEqualTo(SchemaKeys.ANY_OF | SchemaKeys.NULLABLE | SchemaKeys.ENUM);
    assertThat(SchemaKeys.of(json("{\"enum\": []}"))).isEqualTo(SchemaKeys.ENUM);
    assertThat(SchemaKeys.of(json(
        "{\"type\": 1, \"description\": 1, \"title\": 1, \"properties\": 1, \"items\": 1, \"required\": 1, \"default\": 1, \"x-not\": 1, \"Not\": 1}")))
        .isZero();
  }

  private static void assertSameTypedValue(Object actual, Object expected) {
    if (expected == null) {
      assertThat(actual).isNull();
      return;
    }
    assertThat(actual).isNotNull();
    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    if (expected instanceof Map<?, ?> map) {
      assertThat(new ArrayList<Object>(((Map<?, ?>) actual).keySet())).isEqualTo(new ArrayList<Object>(map.keySet()));
      map.forEach((k, v) -> assertSameTypedValue(((Map<?, ?>) actual).get(k), v));
    } else if (expected instanceof List<?> list) {
      assertThat((List<?>) actual).hasSameSizeAs(list);
      for (int i = 0; i < list.size(); i++) {
        assertSameTypedValue(((List<?>) actual).get(i), list.get(i));
      }
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
    }
    node.forEach(child -> collectObjects(child, out));
  }

  /** Every input schema of the corpus and of the specification fixtures, and every object inside them. */
  private static List<JsonNode> schemas() throws IOException, URISyntaxException {
    List<JsonNode> roots = new ArrayList<>();
    for (Path file : SchemaCorpusTest.corpus().toList()) {
      roots.add(MAPPER.readTree(file.toFile()).get("inputSchema"));
    }
    MAPPER.readTree(ConversionFastPathsTest.class.getResource("/specifications/tools.json")).forEach(tool -> {
      if (tool.has("inputSchema")) {
        roots.add(tool.get("inputSchema"));
      }
    });
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode root : roots) {
      collectObjects(root, all);
    }
    return all;
  }

  private static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text);
  }
}
