package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.OperationEnded;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of {@code mistral.client.requests}. Low cardinality (metric tags): {@code
 * mistral.operation} (the contract's operation id), {@code method}, {@code uri} (the path
 * template, without ids), {@code status} (the last HTTP status, or {@code NONE}), {@code outcome}
 * ({@code SUCCESS}, {@code HTTP_ERROR}, {@code IO_ERROR}, {@code INVALID_DATA}, {@code OTHER}) and
 * {@code exception} (the simple class name of what the call threw, e.g. {@code NotFoundException},
 * or {@code none}); Micrometer's meter handler adds {@code error} ({@code
 * OperationFailedException} for a failed operation, else {@code none}). High cardinality (spans
 * only): {@code http.url} (secrets masked), {@code mistral.request_id}, {@code mistral.attempts}.
 */
public class MistralRequestConvention implements ObservationConvention<MistralRequestContext> {
  /** The observation's name, and so the timer's. */
  public static final String NAME = "mistral.client.requests";

  static final MistralRequestConvention INSTANCE = new MistralRequestConvention();

  /** Creates the convention (subclass it to add or change tags). */
  public MistralRequestConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(MistralRequestContext context) {
    return context.operation().operationId();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(MistralRequestContext context) {
    OperationEnded ended = context.ended();
    Integer status = ended == null ? null : ended.statusCode();
    String error = ended == null || ended.errorType() == null ? "none" : ended.errorType();
    return KeyValues.of(
        "mistral.operation", context.operation().operationId(),
        "method", context.operation().method(),
        "uri", context.operation().urlTemplate(),
        "status", status == null ? "NONE" : String.valueOf(status),
        "outcome", ended == null ? "UNKNOWN" : ended.outcome().name(),
        "exception", error);
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(MistralRequestContext context) {
    OperationEnded ended = context.ended();
    KeyValues values = KeyValues.of("http.url", context.operation().url());
    if (ended != null) {
      values = values.and("mistral.attempts", String.valueOf(ended.attempts()));
      if (ended.requestId() != null) {
        values = values.and("mistral.request_id", ended.requestId());
      }
    }
    return values;
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof MistralRequestContext;
  }
}
