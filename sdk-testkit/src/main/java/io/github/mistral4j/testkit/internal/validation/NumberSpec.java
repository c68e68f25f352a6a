package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** A number (integer or float), optionally bounded. */
public final class NumberSpec implements Spec {
  private final double min;
  private final double max;

  NumberSpec(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** This spec with inclusive bounds. */
  public NumberSpec range(double minimum, double maximum) {
    return new NumberSpec(minimum, maximum);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isNumber()) {
      issues.add("float_type", loc, "Input should be a valid number", input);
      return null;
    }
    double value = input.doubleValue();
    if (value < min) {
      issues.add(
          "greater_than_equal",
          loc,
          "Input should be greater than or equal to " + Ctx.number(min),
          input,
          Ctx.of("ge", min));
      return null;
    }
    if (value > max) {
      issues.add(
          "less_than_equal",
          loc,
          "Input should be less than or equal to " + Ctx.number(max),
          input,
          Ctx.of("le", max));
      return null;
    }
    return input;
  }

  @Override
  public String label() {
    return "float";
  }
}
