package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a 422 response's {@code detail[]}, in pydantic's shape.
 *
 * @param type the pydantic error type, such as {@code missing} or {@code string_type}
 * @param loc where the problem is
 * @param msg the human message
 * @param input the offending input ({@code null} writes JSON null)
 * @param ctx extra context, or {@code null} to leave it out
 */
public record Issue(
    String type,
    Loc loc,
    String msg,
    @Nullable JsonNode input,
    @Nullable ObjectNode ctx) {

  /** The entry as JSON. */
  public ObjectNode toJson() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("type", type);
    out.set("loc", loc.toJson());
    out.put("msg", msg);
    out.set("input", input == null ? JsonNodeFactory.instance.nullNode() : input);
    if (ctx != null) {
      out.set("ctx", ctx);
    }
    return out;
  }
}
