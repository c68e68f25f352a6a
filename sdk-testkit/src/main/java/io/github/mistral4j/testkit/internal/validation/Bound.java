package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** pydantic's problems for a value past a declared bound: the error type, the message and the ctx key. */
enum Bound {
  GE("greater_than_equal", "Input should be greater than or equal to ", "ge", ""),
  LE("less_than_equal", "Input should be less than or equal to ", "le", ""),
  MIN_LENGTH("string_too_short", "String should have at least ", "min_length", " character"),
  MAX_LENGTH("string_too_long", "String should have at most ", "max_length", " character"),
  URL_MAX_LENGTH("url_too_long", "URL should have at most ", "max_length", " character");

  private final String type;
  private final String message;
  private final String ctxKey;
  private final String unit;

  Bound(String type, String message, String ctxKey, String unit) {
    this.type = type;
    this.message = message;
    this.ctxKey = ctxKey;
    this.unit = unit;
  }

  /** Reports a whole-number bound: its value in the message (with the unit, plural unless 1) and the ctx. */
  void report(long bound, JsonNode input, Loc loc, Issues issues) {
    String units = unit.isEmpty() || bound == 1 ? unit : unit + "s";
    issues.add(type, loc, message + bound + units, input, Ctx.of(ctxKey, bound));
  }

  /** Reports a number bound, written as Python prints it, with a float in the ctx. */
  void report(double bound, JsonNode input, Loc loc, Issues issues) {
    issues.add(type, loc, message + Ctx.number(bound), input, Ctx.of(ctxKey, bound));
  }
}
