package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** An ISO 8601 date-time string with an offset. */
final class DateTimeSpec implements Spec {
  static final DateTimeSpec INSTANCE = new DateTimeSpec();

  private DateTimeSpec() {}

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isTextual()) {
      return issues.reject("datetime_type", loc, "Input should be a valid datetime", input);
    }
    try {
      OffsetDateTime.parse(input.textValue());
      return input;
    } catch (DateTimeParseException e) {
      return issues.reject(
          "datetime_from_date_parsing",
          loc,
          "Input should be a valid datetime or date, invalid character in year",
          input,
          Ctx.of("error", "invalid character in year"));
    }
  }

  @Override
  public String label() {
    return "datetime";
  }
}
