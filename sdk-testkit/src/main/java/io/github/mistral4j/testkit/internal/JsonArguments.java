package io.github.mistral4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.util.Objects;

/** Checks of the JSON given to the public builders: early errors naming the argument. */
public final class JsonArguments {
  private JsonArguments() {}

  /**
   * Parses JSON text.
   *
   * @param what the argument's name in messages
   * @param json the text
   * @return the tree
   * @throws NullPointerException naming the argument, when the text is null
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static JsonNode parse(String what, String json) {
    Objects.requireNonNull(json, what);
    try {
      return StandInJson.parse(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " must be JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Copies a JSON object (so later changes of the caller's tree do not leak in).
   *
   * @param what the argument's name in messages
   * @param node the value
   * @return a deep copy of the object
   * @throws NullPointerException naming the argument, when the value is null
   * @throws IllegalArgumentException when the value is not a JSON object
   */
  public static ObjectNode object(String what, JsonNode node) {
    Objects.requireNonNull(node, what);
    if (!(node instanceof ObjectNode o)) {
      throw new IllegalArgumentException(what + " must be a JSON object, was " + node.getNodeType());
    }
    return o.deepCopy();
  }
}
