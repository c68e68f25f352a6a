package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kind of output the model produces (contract schema {@code ResponseFormats}). Open: a value
 * this SDK version does not know still decodes, with {@link #isKnown()} false.
 */
public final class ResponseFormatType extends OpenEnum {
  private static final Map<String, ResponseFormatType> KNOWN = new LinkedHashMap<>();

  /** {@code text}: free text. */
  public static final ResponseFormatType TEXT = known("text");

  /** {@code json_object}: any JSON object. */
  public static final ResponseFormatType JSON_OBJECT = known("json_object");

  /** {@code json_schema}: JSON following {@link ResponseFormat#jsonSchema()}. */
  public static final ResponseFormatType JSON_SCHEMA = known("json_schema");

  private ResponseFormatType(String value, boolean known) {
    super(value, known);
  }

  private static ResponseFormatType known(String value) {
    ResponseFormatType constant = new ResponseFormatType(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The constant for a wire value, or a new unknown value.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static ResponseFormatType of(String value) {
    ResponseFormatType constant = KNOWN.get(Objects.requireNonNull(value, "value"));
    return constant != null ? constant : new ResponseFormatType(value, false);
  }

  /** {@return every value this SDK version knows, in contract order} */
  public static List<ResponseFormatType> knownValues() {
    return List.copyOf(KNOWN.values());
  }
}
