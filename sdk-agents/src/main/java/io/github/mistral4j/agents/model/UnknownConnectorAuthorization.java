package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.internal.SecretMasker;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Connector credentials of a type this SDK version does not know. The JSON is kept and sent back
 * unchanged; {@link #toString()} shows only the type.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownConnectorAuthorization implements ConnectorAuthorization {
  private final JsonNode json;

  private UnknownConnectorAuthorization(JsonNode json) {
    this.json = json;
  }

  /**
   * Wraps raw authorization JSON.
   *
   * @param json the authorization as JSON (a copy is kept)
   * @return the authorization
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownConnectorAuthorization of(JsonNode json) {
    return new UnknownConnectorAuthorization(Objects.requireNonNull(json, "json").deepCopy());
  }

  /** The {@code type} member as received, or an empty string when it is missing or not text. */
  @Override
  public String type() {
    JsonNode type = json.get("type");
    return type != null && type.isTextual() ? type.textValue() : "";
  }

  /** The JSON as received (a copy); it may hold a secret. */
  @JsonValue
  public JsonNode json() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownConnectorAuthorization other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownConnectorAuthorization{type=" + type() + ", json=" + SecretMasker.MASK + '}';
  }
}
