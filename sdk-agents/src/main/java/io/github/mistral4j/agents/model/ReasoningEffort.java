package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much the model reasons before answering (contract schema {@code ReasoningEffort}). Open: a
 * value this SDK version does not know still decodes, with {@link #isKnown()} false.
 */
public final class ReasoningEffort extends OpenEnum {
  private static final Map<String, ReasoningEffort> KNOWN = new LinkedHashMap<>();

  /** {@code none}: no reasoning. */
  public static final ReasoningEffort NONE = known("none");

  /** {@code minimal}: minimal reasoning. */
  public static final ReasoningEffort MINIMAL = known("minimal");

  /** {@code low}: low effort. */
  public static final ReasoningEffort LOW = known("low");

  /** {@code medium}: medium effort. */
  public static final ReasoningEffort MEDIUM = known("medium");

  /** {@code high}: high effort. */
  public static final ReasoningEffort HIGH = known("high");

  /** {@code xhigh}: highest effort. */
  public static final ReasoningEffort XHIGH = known("xhigh");

  private ReasoningEffort(String value, boolean known) {
    super(value, known);
  }

  private static ReasoningEffort known(String value) {
    ReasoningEffort constant = new ReasoningEffort(value, true);
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
  public static ReasoningEffort of(String value) {
    ReasoningEffort constant = KNOWN.get(Objects.requireNonNull(value, "value"));
    return constant != null ? constant : new ReasoningEffort(value, false);
  }

  /** {@return every value this SDK version knows, in contract order} */
  public static List<ReasoningEffort> knownValues() {
    return List.copyOf(KNOWN.values());
  }
}
