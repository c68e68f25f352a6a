package io.github.mistral4j.testkit.internal.validation;

/** The problems whose type and message never vary and which several checks report: each written once. */
public enum Problem {
  /** A required member or parameter is absent. */
  MISSING("missing", "Field required"),
  /** A map ({@code dict[str, X]}) is not a JSON object. */
  DICT_TYPE("dict_type", "Input should be a valid dictionary"),
  /** A model (or a discriminated union of models) is not a JSON object. */
  MODEL_ATTRIBUTES_TYPE(
      "model_attributes_type", "Input should be a valid dictionary or object to extract fields from");

  private final String type;
  private final String msg;

  Problem(String type, String msg) {
    this.type = type;
    this.msg = msg;
  }

  /** The pydantic error type. */
  public String type() {
    return type;
  }

  /** The message. */
  public String msg() {
    return msg;
  }
}
