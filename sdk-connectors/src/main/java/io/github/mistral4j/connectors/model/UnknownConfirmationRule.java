package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.model.UnknownVariant;

/**
 * A confirmation rule this SDK version does not know, kept as received and written back unchanged.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownConfirmationRule extends UnknownVariant implements ConfirmationRule {
  private UnknownConfirmationRule(JsonNode json) {
    super(json);
  }

  /**
   * Wraps raw JSON, for example to send a rule this SDK version does not model yet.
   *
   * @param json the rule as JSON (a copy is kept)
   * @return the unknown variant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownConfirmationRule of(JsonNode json) {
    return new UnknownConfirmationRule(json);
  }
}
