package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a moderation guardrail does when a score is above its threshold (contract schema {@code
 * ModerationLLMAction}). Open: a value this SDK version does not know still decodes, with {@link
 * #isKnown()} false.
 */
public final class ModerationLlmAction extends OpenEnum {
  private static final Map<String, ModerationLlmAction> KNOWN = new LinkedHashMap<>();

  /** {@code none}: nothing (scores are only reported). */
  public static final ModerationLlmAction NONE = known("none");

  /** {@code block}: the request is blocked. */
  public static final ModerationLlmAction BLOCK = known("block");

  private ModerationLlmAction(String value, boolean known) {
    super(value, known);
  }

  private static ModerationLlmAction known(String value) {
    ModerationLlmAction constant = new ModerationLlmAction(value, true);
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
  public static ModerationLlmAction of(String value) {
    ModerationLlmAction constant = KNOWN.get(Objects.requireNonNull(value, "value"));
    return constant != null ? constant : new ModerationLlmAction(value, false);
  }

  /** {@return every value this SDK version knows, in contract order} */
  public static List<ModerationLlmAction> knownValues() {
    return List.copyOf(KNOWN.values());
  }
}
