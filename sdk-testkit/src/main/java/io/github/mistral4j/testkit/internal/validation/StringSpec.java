package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A string, optionally with a length range and a pattern. */
public final class StringSpec implements Spec {
  private final int minLength;
  private final int maxLength;
  private final @Nullable Pattern pattern;

  StringSpec(int minLength, int maxLength, @Nullable Pattern pattern) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
  }

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
      issues.add("string_type", loc, "Input should be a valid string", input);
      return null;
    }
    String s = input.textValue();
    int length = s.codePointCount(0, s.length());
    if (length < minLength) {
      issues.add(
          "string_too_short",
          loc,
          "String should have at least " + minLength
              + (minLength == 1 ? " character" : " characters"),
          input,
          Ctx.of("min_length", minLength));
      return null;
    }
    if (length > maxLength) {
      issues.add(
          "string_too_long",
          loc,
          "String should have at most " + maxLength
              + (maxLength == 1 ? " character" : " characters"),
          input,
          Ctx.of("max_length", maxLength));
      return null;
    }
    if (pattern != null && !pattern.matcher(s).find()) {
      issues.add(
          "string_pattern_mismatch",
          loc,
          "String should match pattern '" + pattern.pattern() + "'",
          input,
          Ctx.of("pattern", pattern.pattern()));
      return null;
    }
    return input;
  }

  @Override
  public String label() {
    return "str";
  }
}
