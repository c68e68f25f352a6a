package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.internal.SecretMasker;
import io.github.mistral4j.core.model.UnknownVariant;

/**
 * A connector authorization this SDK version does not know. It keeps the JSON as received and
 * serialises it unchanged; {@code toString()} shows none of it, since all of it may be secret.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownConnectorAuthorization extends UnknownVariant implements ConnectorAuthorization {
  private UnknownConnectorAuthorization(JsonNode json) {
    super(json);
  }

  /**
   * Wraps raw JSON, for example to send a authorization this SDK version does not model yet.
   *
   * @param json the authorization as JSON (a copy is kept)
   * @return the unknown variant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownConnectorAuthorization of(JsonNode json) {
    return new UnknownConnectorAuthorization(json);
  }

  /** The {@code type} member as received, or an empty string when it is missing or not text. */
  @Override
  public String type() {
    return textMember("type");
  }

  /** Only the type: every other member of an authorization may be a secret. */
  @Override
  public String toString() {
    return "UnknownConnectorAuthorization{type=" + type() + ", json=" + SecretMasker.MASK + '}';
  }
}
