package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** A JSON boolean. */
final class BooleanSpec implements Spec {
  static final BooleanSpec INSTANCE = new BooleanSpec();

  private BooleanSpec() {}

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isBoolean()) {
      return issues.reject("bool_type", loc, "Input should be a valid boolean", input);
    }
    return input;
  }

  @Override
  public String label() {
    return "bool";
  }
}
