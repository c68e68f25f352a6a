package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of {@code mistral.tool.calls}. Low cardinality: {@code mistral.tool} (the tool's
 * name), {@code outcome} ({@code SUCCESS} or {@code ERROR}) and {@code reason} (the failure's
 * reason, e.g. {@code TOOL_ERROR}, {@code TIMEOUT}, or {@code none}); Micrometer's meter handler
 * adds {@code error}. High cardinality (spans
 * only): {@code mistral.connector} (a name or an id). Never the tool's arguments or result.
 */
public class MistralToolCallConvention implements ObservationConvention<MistralToolCallContext> {
  /** The observation's name, and so the timer's. */
  public static final String NAME = "mistral.tool.calls";

  static final MistralToolCallConvention INSTANCE = new MistralToolCallConvention();

  /** Creates the convention (subclass it to add or change tags). */
  public MistralToolCallConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(MistralToolCallContext context) {
    return "execute_tool " + context.call().tool();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(MistralToolCallContext context) {
    ToolCallCompleted ended = context.ended();
    String outcome = ended == null ? "UNKNOWN" : ended.isError() ? "ERROR" : "SUCCESS";
    String error = ended == null || ended.errorType() == null ? "none" : ended.errorType();
    return KeyValues.of("mistral.tool", context.call().tool(), "outcome", outcome, "reason", error);
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(MistralToolCallContext context) {
    return KeyValues.of("mistral.connector", context.call().connector());
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof MistralToolCallContext;
  }
}
