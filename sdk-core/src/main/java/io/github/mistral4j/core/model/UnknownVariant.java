package io.github.mistral4j.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.internal.SecretMasker;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of the unknown variant of every sealed union: a value this SDK version does not model
 * (a new {@code type}, or no {@code type} at all). It keeps the JSON as received and serialises it
 * unchanged, so a value read and written back loses nothing.
 */
public abstract class UnknownVariant {
  private final JsonNode json;

  /**
   * Keeps a copy of the JSON.
   *
   * @param json the value as received
   */
  protected UnknownVariant(JsonNode json) {
    this.json = Objects.requireNonNull(json, "json").deepCopy();
  }

  /** {@return the JSON as received (a copy)} */
  @JsonValue
  public final JsonNode json() {
    return json.deepCopy();
  }

  /**
   * A text member of the JSON, e.g. its {@code type}.
   *
   * @param name the member name
   * @return the member's text, or an empty string when it is missing or not text
   */
  protected final String textMember(String name) {
    JsonNode member = json.get(name);
    return member != null && member.isTextual() ? member.textValue() : "";
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && json.equals(((UnknownVariant) o).json);
  }

  @Override
  public final int hashCode() {
    return json.hashCode();
  }

  /** The class name and the JSON with secret members masked. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{json=" + SecretMasker.mask(json) + '}';
  }
}
