package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.model.UnknownVariant;

/**
 * A tool this SDK version does not know (a new {@code type}, or no {@code type} at all). It keeps
 * the JSON as received and serialises it unchanged, so an agent read and written back keeps its
 * tools.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownAgentTool extends UnknownVariant implements AgentTool {
  private UnknownAgentTool(JsonNode json) {
    super(json);
  }

  /**
   * Wraps raw JSON, for example to send a tool this SDK version does not model yet.
   *
   * @param json the tool as JSON (a copy is kept)
   * @return the unknown variant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownAgentTool of(JsonNode json) {
    return new UnknownAgentTool(json);
  }

  /** The {@code type} member as received, or an empty string when it is missing or not text. */
  @Override
  public String type() {
    return textMember("type");
  }
}
