package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A {@link ConfirmationRule} of a shape this SDK version does not know: kept as received. */
@JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
public final class UnknownConfirmationRule implements ConfirmationRule {
  private final JsonNode raw;

  private UnknownConfirmationRule(JsonNode raw) {
    this.raw = raw.deepCopy();
  }

  /**
   * Wraps a rule's JSON.
   *
   * @param raw the rule as received
   * @return the rule
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownConfirmationRule of(JsonNode raw) {
    return new UnknownConfirmationRule(Objects.requireNonNull(raw, "raw"));
  }

  /** The JSON as received (a copy). */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownConfirmationRule other && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return ModelText.of("UnknownConfirmationRule").json("raw", raw).toString();
  }
}
