package io.github.mistral4j.agents.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** List handling of the model builders. */
public final class Lists {
  private Lists() {}

  /**
   * Replaces the content of a builder's list; {@code null} empties it.
   *
   * @param target the builder's list
   * @param source the new items, none of them null
   * @param name the JSON name of the field, for messages
   * @param <T> item type
   * @throws NullPointerException when an item is null
   */
  public static <T> void replace(List<T> target, @Nullable List<? extends T> source, String name) {
    target.clear();
    if (source != null) {
      for (T item : source) {
        target.add(Objects.requireNonNull(item, () -> name + " must not contain null"));
      }
    }
  }
}
