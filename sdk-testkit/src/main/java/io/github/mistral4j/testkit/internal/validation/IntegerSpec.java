package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import org.jspecify.annotations.Nullable;

/** A whole number, optionally bounded. A float with no fractional part is accepted, as pydantic does. */
public final class IntegerSpec implements Spec {
  private final long min;
  private final long max;

  IntegerSpec(long min, long max) {
    this.min = min;
    this.max = max;
  }

  /** This spec with an inclusive lower bound. */
  public IntegerSpec min(long value) {
    return new IntegerSpec(value, max);
  }

  /** This spec with an inclusive upper bound. */
  public IntegerSpec max(long value) {
    return new IntegerSpec(min, value);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    long value;
    if (input.isIntegralNumber() && input.canConvertToLong()) {
      value = input.longValue();
    } else if (input.isFloatingPointNumber()) {
      double d = input.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        issues.add(
            "int_from_float",
            loc,
            "Input should be a valid integer, got a number with a fractional part",
            input);
        return null;
      }
      value = (long) d;
    } else {
      issues.add("int_type", loc, "Input should be a valid integer", input);
      return null;
    }
    return bounds(value, input, loc, issues) ? LongNode.valueOf(value) : null;
  }

  /** Checks the bounds of an already parsed value; {@code false} when a problem was added. */
  boolean bounds(long value, JsonNode input, Loc loc, Issues issues) {
    if (value < min) {
      issues.add(
          "greater_than_equal",
          loc,
          "Input should be greater than or equal to " + min,
          input,
          Ctx.of("ge", min));
      return false;
    }
    if (value > max) {
      issues.add(
          "less_than_equal",
          loc,
          "Input should be less than or equal to " + max,
          input,
          Ctx.of("le", max));
      return false;
    }
    return true;
  }

  @Override
  public String label() {
    return "int";
  }
}
