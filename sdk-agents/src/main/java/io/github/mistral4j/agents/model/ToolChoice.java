package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether and how the model calls tools (contract schema {@code ToolChoiceEnum}). Open: a value
 * this SDK version does not know still decodes, with {@link #isKnown()} false.
 */
public final class ToolChoice extends OpenEnum {
  private static final Map<String, ToolChoice> KNOWN = new LinkedHashMap<>();

  /** {@code auto}: the model decides. */
  public static final ToolChoice AUTO = known("auto");

  /** {@code none}: the model calls no tool. */
  public static final ToolChoice NONE = known("none");

  /** {@code any}: the model calls at least one tool. */
  public static final ToolChoice ANY = known("any");

  /** {@code required}: the model must call a tool. */
  public static final ToolChoice REQUIRED = known("required");

  private ToolChoice(String value, boolean known) {
    super(value, known);
  }

  private static ToolChoice known(String value) {
    ToolChoice constant = new ToolChoice(value, true);
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
  public static ToolChoice of(String value) {
    ToolChoice constant = KNOWN.get(Objects.requireNonNull(value, "value"));
    return constant != null ? constant : new ToolChoice(value, false);
  }

  /** {@return every value this SDK version knows, in contract order} */
  public static List<ToolChoice> knownValues() {
    return List.copyOf(KNOWN.values());
  }
}
