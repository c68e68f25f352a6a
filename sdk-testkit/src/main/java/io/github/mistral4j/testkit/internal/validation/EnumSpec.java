package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of a closed set of strings: a pydantic enum, or a literal ({@code const}) when there is one value. */
final class EnumSpec implements Spec {
  private final List<String> values;
  private final boolean literal;
  private final String label;

  EnumSpec(List<String> values, boolean literal, String label) {
    this.values = List.copyOf(values);
    this.literal = literal;
    this.label = label;
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (input.isTextual() && values.contains(input.textValue())) {
      return input;
    }
    String expected = Ctx.expected(values);
    issues.add(
        literal ? "literal_error" : "enum",
        loc,
        "Input should be " + expected,
        input,
        Ctx.of("expected", expected));
    return null;
  }

  @Override
  public String label() {
    return label;
  }
}
