package io.github.mistral4j.connectors.mcp;

import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tool result block of a type this SDK version does not know (or without a {@code type}). Its
 * JSON is kept as received and written back unchanged.
 */
@JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
public final class UnknownToolCallContent implements ToolCallContent {
  private final JsonNode raw;

  private UnknownToolCallContent(JsonNode raw) {
    this.raw = raw.deepCopy();
  }

  /**
   * Wraps a block's JSON.
   *
   * @param raw the block as received
   * @return the block
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownToolCallContent of(JsonNode raw) {
    return new UnknownToolCallContent(Objects.requireNonNull(raw, "raw"));
  }

  /** The block's {@code type} as received, or an empty string when it has none. */
  @Override
  public String type() {
    JsonNode type = raw.get("type");
    return type != null && type.isTextual() ? type.textValue() : "";
  }

  /** The block's JSON as received (a copy). */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownToolCallContent other && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return ModelText.of("UnknownToolCallContent").json("raw", raw).toString();
  }
}
