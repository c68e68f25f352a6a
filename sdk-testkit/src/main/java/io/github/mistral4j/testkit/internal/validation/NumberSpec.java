package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A number (integer or float), optionally bounded.
 *
 * @param min the inclusive lower bound
 * @param max the inclusive upper bound
 */
public record NumberSpec(double min, double max) implements Spec {

  /** This spec with inclusive bounds. */
  public NumberSpec range(double minimum, double maximum) {
    return new NumberSpec(minimum, maximum);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isNumber()) {
      return issues.reject("float_type", loc, "Input should be a valid number", input);
    }
    double value = input.doubleValue();
    if (value < min) {
      Bound.GE.report(min, input, loc, issues);
      return null;
    }
    if (value > max) {
      Bound.LE.report(max, input, loc, issues);
      return null;
    }
    return input;
  }

  @Override
  public String label() {
    return "float";
  }
}
