package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where generation stops (contract schema {@code CompletionArgsStop}): one stop sequence, sent as a
 * JSON string, or several, sent as a JSON array. The form received is the form sent back.
 */
public final class CompletionArgsStop {
  private final @Nullable String single;
  private final List<String> sequences;

  private CompletionArgsStop(@Nullable String single, List<String> sequences) {
    this.single = single;
    this.sequences = sequences;
  }

  /**
   * One stop sequence, sent as a JSON string.
   *
   * @param sequence the sequence
   * @return the stop setting
   */
  public static CompletionArgsStop of(String sequence) {
    Objects.requireNonNull(sequence, "sequence");
    return new CompletionArgsStop(sequence, List.of(sequence));
  }

  /**
   * Stop sequences, sent as a JSON array.
   *
   * @param sequences the sequences (none of them null)
   * @return the stop setting
   */
  public static CompletionArgsStop of(List<String> sequences) {
    return new CompletionArgsStop(
        null, List.copyOf(Objects.requireNonNull(sequences, "sequences")));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static CompletionArgsStop fromJson(JsonNode json) {
    if (json.isTextual()) {
      return of(json.textValue());
    }
    if (json.isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonNode item : json) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("stop must be a string or an array of strings");
        }
        out.add(item.textValue());
      }
      return of(out);
    }
    throw new IllegalArgumentException("stop must be a string or an array of strings");
  }

  /** {@return whether this is one sequence sent as a string (rather than an array)} */
  public boolean isSingle() {
    return single != null;
  }

  /** {@return the stop sequences (one item for a single sequence)} */
  public List<String> sequences() {
    return sequences;
  }

  @JsonValue
  Object jsonValue() {
    return single != null ? single : sequences;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CompletionArgsStop other
        && Objects.equals(single, other.single)
        && sequences.equals(other.sequences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(single, sequences);
  }

  @Override
  public String toString() {
    return single != null ? single : sequences.toString();
  }
}
