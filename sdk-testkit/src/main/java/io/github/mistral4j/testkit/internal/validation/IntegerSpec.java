package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import org.jspecify.annotations.Nullable;

/**
 * A whole number, optionally bounded. A float with no fractional part is accepted, as pydantic does.
 *
 * @param min the inclusive lower bound
 * @param max the inclusive upper bound
 */
public record IntegerSpec(long min, long max) implements Spec {

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
        return issues.reject(
            "int_from_float",
            loc,
            "Input should be a valid integer, got a number with a fractional part",
            input);
      }
      value = (long) d;
    } else {
      return issues.reject("int_type", loc, "Input should be a valid integer", input);
    }
    return bounds(value, input, loc, issues) ? LongNode.valueOf(value) : null;
  }

  /** Checks the bounds of an already parsed value; {@code false} when a problem was added. */
  public boolean bounds(long value, JsonNode input, Loc loc, Issues issues) {
    if (value < min) {
      Bound.GE.report(min, input, loc, issues);
      return false;
    }
    if (value > max) {
      Bound.LE.report(max, input, loc, issues);
      return false;
    }
    return true;
  }

  @Override
  public String label() {
    return "int";
  }
}
