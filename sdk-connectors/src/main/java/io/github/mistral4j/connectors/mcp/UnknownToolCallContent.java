package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.model.UnknownVariant;

/**
 * A tool-call content block this SDK version does not know (a new {@code type}), kept as received
 * and written back unchanged.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownToolCallContent extends UnknownVariant implements ToolCallContent {
  private UnknownToolCallContent(JsonNode json) {
    super(json);
  }

  /**
   * Wraps raw JSON, for example to send a content block this SDK version does not model yet.
   *
   * @param json the content block as JSON (a copy is kept)
   * @return the unknown variant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownToolCallContent of(JsonNode json) {
    return new UnknownToolCallContent(json);
  }

  /** The {@code type} member as received, or an empty string when it is missing or not text. */
  @Override
  public String type() {
    return textMember("type");
  }
}
