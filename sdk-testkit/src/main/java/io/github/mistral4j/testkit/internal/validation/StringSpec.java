package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A string, optionally with a length range and a pattern.
 *
 * @param minLength the least number of characters (code points)
 * @param maxLength the most characters (code points)
 * @param pattern what the value must contain a match of, or null
 */
public record StringSpec(int minLength, int maxLength, @Nullable Pattern pattern) implements Spec {

  /** This spec with a minimum length. */
  public StringSpec minLength(int min) {
    return new StringSpec(min, maxLength, pattern);
  }

  /** This spec with a maximum length. */
  public StringSpec maxLength(int max) {
    return new StringSpec(minLength, max, pattern);
  }

  /** This spec with a pattern the whole value must match (written as in the contract). */
  public StringSpec pattern(String regex) {
    return new StringSpec(minLength, maxLength, Pattern.compile(regex));
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isTextual()) {
      return issues.reject("string_type", loc, "Input should be a valid string", input);
    }
    String s = input.textValue();
    int length = s.codePointCount(0, s.length());
    if (length < minLength) {
      Bound.MIN_LENGTH.report(minLength, input, loc, issues);
      return null;
    }
    if (length > maxLength) {
      Bound.MAX_LENGTH.report(maxLength, input, loc, issues);
      return null;
    }
    if (pattern != null && !pattern.matcher(s).find()) {
      return issues.reject(
          "string_pattern_mismatch",
          loc,
          "String should match pattern '" + pattern.pattern() + "'",
          input,
          Ctx.of("pattern", pattern.pattern()));
    }
    return input;
  }

  @Override
  public String label() {
    return "str";
  }
}
