package io.github.mistral4j.core.page;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One fetched page as the API modules hand it to {@link Page}: its items, the token of the next
 * page as the server gave it, and the decoded response it came from.
 *
 * @param items the page's items
 * @param nextToken the token of the next page as received, or {@code null} when the server gave
 *     none; ignored for pages followed by page number
 * @param response the decoded response body of the page (for example the API's page model)
 * @param <T> item type
 */
public record Slice<T>(List<T> items, @Nullable String nextToken, Object response) {
  /**
   * Copies the items.
   *
   * @param items the page's items
   * @param nextToken the token of the next page, or {@code null}
   * @param response the decoded response body of the page
   */
  public Slice {
    items = List.copyOf(items);
    Objects.requireNonNull(response, "response");
  }

  /**
   * A slice whose response is the list of items itself (an API answering with a bare array).
   *
   * @param items the page's items
   * @param nextToken the token of the next page, or {@code null}
   */
  public Slice(List<T> items, @Nullable String nextToken) {
    this(items, nextToken, List.copyOf(items));
  }
}
