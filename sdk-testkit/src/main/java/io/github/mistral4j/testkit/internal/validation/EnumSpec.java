package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of a closed set of strings: a pydantic enum, or a literal ({@code const}) when there is one value.
 *
 * @param values the strings allowed, in the order messages list them
 * @param literal whether to report a {@code literal_error} rather than an {@code enum} error
 * @param label the name of the type in union error locations
 */
record EnumSpec(List<String> values, boolean literal, String label) implements Spec {

  EnumSpec {
    values = List.copyOf(values);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (input.isTextual() && values.contains(input.textValue())) {
      return input;
    }
    String expected = Ctx.expected(values);
    return issues.reject(
        literal ? "literal_error" : "enum",
        loc,
        "Input should be " + expected,
        input,
        Ctx.of("expected", expected));
  }
}
