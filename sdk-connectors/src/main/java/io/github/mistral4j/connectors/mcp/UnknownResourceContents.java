package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.model.UnknownVariant;

/**
 * Resource contents this SDK version does not know (neither text nor blob), kept as received and
 * written back unchanged.
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class UnknownResourceContents extends UnknownVariant implements ResourceContents {
  private UnknownResourceContents(JsonNode json) {
    super(json);
  }

  /**
   * Wraps raw JSON, for example to send a contents this SDK version does not model yet.
   *
   * @param json the contents as JSON (a copy is kept)
   * @return the unknown variant
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownResourceContents of(JsonNode json) {
    return new UnknownResourceContents(json);
  }
}
