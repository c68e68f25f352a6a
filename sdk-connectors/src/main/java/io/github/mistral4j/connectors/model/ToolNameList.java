package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A {@link ConfirmationRule} matching tools by name (a JSON array of unique names). */
@JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
public final class ToolNameList implements ConfirmationRule {
  private final List<String> names;

  private ToolNameList(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * Creates the rule.
   *
   * @param names the tool names
   * @return the rule
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ToolNameList of(List<String> names) {
    return new ToolNameList(Objects.requireNonNull(names, "names"));
  }

  /** {@return the tool names} */
  @JsonValue
  public List<String> names() {
    return names;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ToolNameList other && names.equals(other.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "ToolNameList" + names;
  }
}
