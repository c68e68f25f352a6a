package io.github.mistral4j.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of server enums that may grow: a value the SDK does not know still decodes, keeps its raw
 * string and reports {@link #isKnown()} false. Subclasses declare constants and a {@code
 * of(String)} factory annotated {@code @JsonCreator}.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates a value.
   *
   * @param value the wire value
   * @param known whether it is one of the subclass's constants
   */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** {@return the value as sent on the wire} */
  @JsonValue
  public final String value() {
    return value;
  }

  /** {@return whether this SDK version knows the value} */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
