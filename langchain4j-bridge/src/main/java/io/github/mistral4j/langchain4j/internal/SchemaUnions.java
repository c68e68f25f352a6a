package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.describeOnly;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isObjectLike;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.shapeKeywords;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.strings;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.withAnnotations;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.withoutNullEnumValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The unions and compositions of {@link SchemaConverter}: {@code allOf}, {@code anyOf}, {@code
 * oneOf}, type arrays and OpenAPI's {@code nullable}, each branch converted by the converter.
 */
final class SchemaUnions {
  private final SchemaConverter c;

  SchemaUnions(SchemaConverter converter) {
    this.c = converter;
  }

  /** {@code allOf}: one branch plus annotations, or plain objects merged; else raw. */
  JsonSchemaElement allOf(JsonNode node, SchemaPointer path, int depth) {
    JsonNode branches = node.get("allOf");
    Set<String> others = shapeKeywords(node);
    others.remove("allOf");
    if (branches.isArray() && branches.size() == 1 && others.isEmpty()) {
      // pydantic's {"allOf": [{"$ref": ...}], "description": ...}: the branch plus the annotations
      return c.element(withAnnotations(branches.get(0), node), path.then("/allOf/0"), depth + 1);
    }
    if (branches.isArray() && others.stream().allMatch(k -> k.equals("type") || k.equals("properties") || k.equals("required") || k.equals("additionalProperties"))) {
      ObjectNode merged = ((ObjectNode) node).deepCopy();
      merged.remove("allOf");
      merged.put("type", "object");
      if (merged.has("properties") && !merged.get("properties").isObject()) {
        return c.raw(node, path, "'properties' beside 'allOf' is not an object");
      }
      ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
      Set<String> required = new LinkedHashSet<>(strings(merged.get("required")));
      for (JsonNode b : branches) {
        JsonNode branch = b;
        if (!isObjectLike(branch) || shapeKeywords(branch).stream().anyMatch(k -> !k.equals("type") && !k.equals("properties") && !k.equals("required") && !k.equals("additionalProperties"))) {
          return c.raw(node, path, "'allOf' of schemas that are not plain objects cannot be expressed");
        }
        JsonMaps.fieldsOf(branch.path("properties")).forEach(e -> {
          if (!properties.has(e.getKey())) {
            properties.set(e.getKey(), e.getValue());
          }
        });
        required.addAll(strings(branch.get("required")));
      }
      ArrayNode array = merged.putArray("required");
      required.forEach(array::add);
      return c.object(merged, path, depth);
    }
    return c.raw(node, path, "'allOf' with these keywords cannot be expressed");
  }

  /** {@code anyOf} as an any-of; a {@code oneOf} of several branches is kept whole (raw). */
  JsonSchemaElement anyOf(JsonNode node, SchemaPointer path, int depth) {
    String keyword = node.has("anyOf") ? "anyOf" : "oneOf";
    JsonNode branches = node.get(keyword);
    Set<String> others = shapeKeywords(node);
    others.remove(keyword);
    if (!branches.isArray() || branches.isEmpty() || !others.isEmpty() || (node.has("anyOf") && node.has("oneOf"))) {
      return c.raw(node, path, "'" + keyword + "' alongside " + others + " cannot be expressed");
    }
    if (branches.size() == 1) {
      return c.element(withAnnotations(branches.get(0), node), path.then("/" + keyword + "/0"), depth + 1);
    }
    if (keyword.equals("oneOf")) {
      return c.raw(node, path, "'oneOf' has no LangChain4j element (an any-of would lose 'exactly one')");
    }
    List<JsonSchemaElement> elements = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      elements.add(c.element(branches.get(i), path.then("/" + keyword + "/", i), depth + 1));
    }
    return JsonAnyOfSchema.builder().description(SchemaDescriptions.of(node)).anyOf(elements).build();
  }

  /** {@code "type": ["string", "null"]}: one branch per type, the other keywords on each. */
  JsonSchemaElement typeUnion(JsonNode node, ArrayNode types, SchemaPointer path, int depth) {
    List<String> names = strings(types);
    if (names.size() != types.size() || names.isEmpty()) {
      return c.raw(node, path, "'type' array holds something other than type names");
    }
    if (names.size() == 1) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.put("type", names.get(0));
      return c.element(copy, path, depth);
    }
    List<JsonSchemaElement> elements = new ArrayList<>();
    for (String name : names) {
      if (name.equals("null")) {
        elements.add(new JsonNullSchema());
        continue;
      }
      ObjectNode branch = ((ObjectNode) node).deepCopy();
      branch.put("type", name);
      branch.remove("description");
      branch.remove("default");
      withoutNullEnumValue(branch);
      elements.add(c.element(branch, path, depth + 1));
    }
    return JsonAnyOfSchema.builder().description(describeOnly(node)).anyOf(elements).build();
  }

  /** OpenAPI's {@code nullable: true}: the schema or null. */
  JsonSchemaElement nullable(ObjectNode node, SchemaPointer path, int depth) {
    ObjectNode branch = node.deepCopy();
    branch.remove("description");
    branch.remove("default");
    withoutNullEnumValue(branch);
    return JsonAnyOfSchema.builder()
        .description(describeOnly(node))
        .anyOf(c.element(branch, path, depth + 1), new JsonNullSchema())
        .build();
  }
}
