package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** The expected shape of one JSON value, checked the way pydantic checks a request. */
public interface Spec {

  /**
   * Checks a value.
   *
   * @param input the value as received (never Java null; JSON null is a {@code NullNode})
   * @param loc where the value is
   * @param issues where problems go
   * @return the value normalised (defaults filled in), or {@code null} when problems were added
   */
  @Nullable
  JsonNode check(JsonNode input, Loc loc, Issues issues);

  /** The name pydantic gives this type in the location of a union's errors. */
  default String label() {
    return "value";
  }
}
