package io.github.mistral4j.connectors.internal;

import io.github.mistral4j.core.MistralInvalidDataException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks on decoded responses that Jackson cannot express. */
public final class Responses {
  private Responses() {}

  /**
   * An immutable copy of a decoded JSON array.
   *
   * @param items the decoded items
   * @param operation the operation, for the message
   * @param <T> item type
   * @return the copy
   * @throws MistralInvalidDataException when the body was {@code null} or held a {@code null} item
   */
  public static <T> List<T> items(@Nullable List<T> items, String operation) {
    if (items == null) {
      throw new MistralInvalidDataException("The " + operation + " response was null instead of a JSON array", 200, null);
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new MistralInvalidDataException("The " + operation + " response has a null item at index " + i, 200, null);
      }
    }
    return List.copyOf(items);
  }
}
