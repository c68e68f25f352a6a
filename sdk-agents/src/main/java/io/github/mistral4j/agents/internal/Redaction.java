package io.github.mistral4j.agents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.SecretMasker;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Masks secrets in JSON shown by {@code toString()}. */
public final class Redaction {
  private Redaction() {}

  /**
   * A copy of a JSON tree fit to print: the SDK's secret members masked, and every value inside an
   * {@code authorization} object except its {@code type}.
   *
   * @param json any JSON
   * @return the masked copy
   */
  public static JsonNode mask(JsonNode json) {
    JsonNode copy = SecretMasker.mask(json);
    maskAuthorizations(copy);
    return copy;
  }

  private static void maskAuthorizations(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("authorization") && field.getValue() instanceof ObjectNode auth) {
          List<String> names = new ArrayList<>();
          auth.fieldNames().forEachRemaining(names::add);
          for (String name : names) {
            if (!name.equals("type") && !auth.get(name).isNull()) {
              auth.put(name, SecretMasker.MASK);
            }
          }
        } else {
          maskAuthorizations(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(Redaction::maskAuthorizations);
    }
  }
}
