package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object used as a map: any keys, every value matching one spec ({@code dict[str, X]}).
 *
 * @param values the spec of every value
 */
record MapSpec(Spec values) implements Spec {

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isObject()) {
      return issues.reject(Problem.DICT_TYPE, loc, input);
    }
    int before = issues.size();
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = values.check(e.getValue(), loc.child(e.getKey()), issues);
      if (v != null) {
        out.set(e.getKey(), v);
      }
    }
    return issues.size() > before ? null : out;
  }

  @Override
  public String label() {
    return "dict[str," + values.label() + "]";
  }
}
