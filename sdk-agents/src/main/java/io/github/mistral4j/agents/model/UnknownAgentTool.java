package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.SecretMasker;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tool this SDK version does not know (a new {@code type}, or no {@code type} at all). It keeps
 * the JSON as received and serialises it unchanged, so an agent read and written back keeps its
 * tools.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownAgentTool implements AgentTool {
  private final JsonNode json;

  private UnknownAgentTool(JsonNode json) {
    this.json = json;
  }

  /**
   * Wraps raw tool JSON, for example to send a tool type this SDK version does not model yet.
   *
   * @param json the tool as JSON (a copy is kept)
   * @return the tool
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownAgentTool of(JsonNode json) {
    return new UnknownAgentTool(Objects.requireNonNull(json, "json").deepCopy());
  }

  /** The {@code type} member as received, or an empty string when it is missing or not text. */
  @Override
  public String type() {
    JsonNode type = json.get("type");
    return type != null && type.isTextual() ? type.textValue() : "";
  }

  /** The tool's JSON as received (a copy). */
  @JsonValue
  public JsonNode json() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownAgentTool other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownAgentTool{type=" + type() + ", json=" + SecretMasker.mask(json) + '}';
  }
}
