package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * A JSON array whose items all match one spec, optionally with a minimum size.
 *
 * @param items the spec of every item
 * @param minItems the least number of items
 */
public record ListSpec(Spec items, int minItems) implements Spec {

  /** This spec with a minimum number of items. */
  public ListSpec minItems(int min) {
    return new ListSpec(items, min);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isArray()) {
      return issues.reject("list_type", loc, "Input should be a valid list", input);
    }
    int before = issues.size();
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < input.size(); i++) {
      JsonNode item = items.check(input.get(i), loc.child(i), issues);
      if (item != null) {
        out.add(item);
      }
    }
    if (issues.size() > before) {
      return null;
    }
    if (input.size() < minItems) {
      return issues.reject(
          "too_short",
          loc,
          "List should have at least " + minItems + (minItems == 1 ? " item" : " items")
              + " after validation, not " + input.size(),
          input,
          JsonNodeFactory.instance
              .objectNode()
              .put("field_type", "List")
              .put("min_length", minItems)
              .put("actual_length", input.size()));
    }
    return out;
  }

  @Override
  public String label() {
    return "list[" + items.label() + "]";
  }
}
