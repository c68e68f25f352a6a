package io.github.mistral4j.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fetched page as {@link AutoPager} sees it: its items and the token of the next page.
 *
 * @param items the page's items
 * @param nextToken the token of the next page, or {@code null} on the last page
 * @param <T> item type
 */
public record Slice<T>(List<T> items, @Nullable String nextToken) {
  /** Copies the items. */
  public Slice {
    items = List.copyOf(items);
  }
}
