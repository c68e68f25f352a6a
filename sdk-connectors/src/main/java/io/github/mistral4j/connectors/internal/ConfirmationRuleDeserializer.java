package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.mistral4j.connectors.model.ConfirmationRule;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.ToolNameList;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.connectors.model.UnknownConfirmationRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a confirmation rule by shape: an array of strings is a name list, an object with {@code
 * expressions} a logical expression, an object with {@code read_only} tool properties; anything
 * else keeps its JSON.
 */
public final class ConfirmationRuleDeserializer extends StdDeserializer<ConfirmationRule> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer (Jackson instantiates it). */
  public ConfirmationRuleDeserializer() {
    super(ConfirmationRule.class);
  }

  @Override
  public ConfirmationRule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (node == null) {
      return UnknownConfirmationRule.of(NullNode.getInstance());
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          return UnknownConfirmationRule.of(node);
        }
        names.add(item.textValue());
      }
      return ToolNameList.of(names);
    }
    if (node.isObject() && node.path("expressions").isArray() && node.path("type").isTextual()) {
      return ctxt.readTreeAsValue(node, LogicalExpression.class);
    }
    if (node.isObject() && node.has("read_only") && !node.has("expressions")) {
      return ctxt.readTreeAsValue(node, ToolProperties.class);
    }
    return UnknownConfirmationRule.of(node);
  }
}
