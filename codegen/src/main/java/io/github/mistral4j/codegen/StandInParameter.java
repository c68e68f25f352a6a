package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parameter the contract declares inline in its operations, which the stand-in checks with one
 * spec: named in the overlay's {@code x-standin.parameters}, with what the contract cannot say about
 * it ({@code pattern}, or {@code enum}: the name of the enum class the server declares).
 *
 * @param name the parameter's name, as the operations declare it
 * @param rule the overlay's rule (an empty object when there is none)
 * @param schemas the parameter's schema per operation id, in the contract's order
 */
public record StandInParameter(String name, JsonNode rule, Map<String, JsonNode> schemas) {
  private static final Set<String> RULE_KEYS = Set.of("pattern", "enum");

  /**
   * The parameters {@code x-standin.parameters} names, each with every operation declaring it.
   *
   * @param document the contract with its overlay
   * @param parameters the overlay's map of parameter names to rules
   * @return the parameters, in the overlay's order
   */
  static List<StandInParameter> read(JsonNode document, JsonNode parameters) {
    Map<String, StandInParameter> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = StandInSpecsModel.KEY + ".parameters." + e.getKey();
      e.getValue().fieldNames().forEachRemaining(k -> {
        if (!RULE_KEYS.contains(k)) {
          throw new IllegalArgumentException(where + ": unknown key " + k + " " + RULE_KEYS);
        }
      });
      out.put(e.getKey(), new StandInParameter(e.getKey(), e.getValue(), new LinkedHashMap<>()));
    }
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String operation = op.getValue().path("operationId").asText(op.getKey() + " " + path.getKey());
        for (JsonNode p : op.getKey().equals("parameters") ? op.getValue() : op.getValue().path("parameters")) {
          if (!p.has("name") && !out.isEmpty()) {
            throw new IllegalArgumentException(StandInSpecsModel.KEY + ": a parameter of " + path.getKey()
                + " without a name ($ref parameters are not supported)");
          }
          StandInParameter declared = out.get(p.path("name").asText());
          if (declared == null) {
            continue;
          }
          String where = StandInSpecsModel.KEY + ".parameters." + declared.name() + ": ";
          if (op.getKey().equals("parameters")) {
            throw new IllegalArgumentException(where + "the path " + path.getKey()
                + " declares it for all its operations, which is not supported");
          }
          if (!p.has("schema")) {
            throw new IllegalArgumentException(where + operation + " declares it without a schema");
          }
          declared.schemas().put(operation, p.get("schema"));
        }
      }
    }
    return out.values().stream().map(p -> {
      if (p.schemas().isEmpty()) {
        throw new IllegalArgumentException(StandInSpecsModel.KEY + ".parameters: no operation declares " + p.name());
      }
      return new StandInParameter(p.name(), p.rule(), Collections.unmodifiableMap(p.schemas()));
    }).toList();
  }

  /**
   * The schema of a present value: a parameter is absent rather than null, so the {@code null}
   * alternative of an {@code anyOf} is dropped (and an {@code anyOf} left with one alternative is
   * that alternative).
   *
   * @param schema the declared schema
   * @return the schema a value sent is checked against
   */
  static JsonNode value(JsonNode schema) {
    if (!schema.has("anyOf")) {
      return schema;
    }
    List<JsonNode> present = new ArrayList<>();
    schema.get("anyOf").forEach(a -> {
      if (!"null".equals(a.path("type").asText())) {
        present.add(a);
      }
    });
    if (present.size() == 1) {
      return present.get(0);
    }
    ObjectNode out = ((ObjectNode) schema).deepCopy();
    out.putArray("anyOf").addAll(present);
    return out;
  }
}
