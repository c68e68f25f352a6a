package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code anyOf [X, null]}: JSON null, or a value of X (errors are reported as X's, as pydantic does).
 *
 * @param inner X, the spec of a value that is not null
 */
record NullableSpec(Spec inner) implements Spec {

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    return input.isNull() ? input : inner.check(input, loc, issues);
  }

  @Override
  public String label() {
    return inner.label();
  }
}
