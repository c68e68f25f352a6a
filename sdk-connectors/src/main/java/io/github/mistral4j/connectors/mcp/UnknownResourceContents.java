package io.github.mistral4j.connectors.mcp;

import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Resource contents with neither {@code text} nor {@code blob}: kept as received and written back
 * unchanged.
 */
@JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
public final class UnknownResourceContents implements ResourceContents {
  private final JsonNode raw;

  private UnknownResourceContents(JsonNode raw) {
    this.raw = raw.deepCopy();
  }

  /**
   * Wraps the contents' JSON.
   *
   * @param raw the contents as received
   * @return the contents
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnknownResourceContents of(JsonNode raw) {
    return new UnknownResourceContents(Objects.requireNonNull(raw, "raw"));
  }

  /** The JSON as received (a copy). */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownResourceContents other && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return ModelText.of("UnknownResourceContents").json("raw", raw).toString();
  }
}
