package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** Any JSON value, or any JSON object ({@code dict[str, Any]}) when {@code objectOnly}. */
final class AnySpec implements Spec {
  static final AnySpec ANY = new AnySpec(false);
  static final AnySpec OBJECT = new AnySpec(true);

  private final boolean objectOnly;

  private AnySpec(boolean objectOnly) {
    this.objectOnly = objectOnly;
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (objectOnly && !input.isObject()) {
      return issues.reject(Problem.DICT_TYPE, loc, input);
    }
    return input.deepCopy();
  }

  @Override
  public String label() {
    return objectOnly ? "dict[str,any]" : "any";
  }
}
