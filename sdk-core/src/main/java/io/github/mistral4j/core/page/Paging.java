package io.github.mistral4j.core.page;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How pages follow each other, shared by {@link Page} and {@link AsyncPage}: the token of the
 * page after a fetched one, with the loop guards (a repeated token, a page number the server
 * ignores).
 */
final class Paging {
  private Paging() {}

  /** The strategy of a list. */
  sealed interface Mode permits Single, ByToken, ByNumber {}

  /** One page only. */
  record Single() implements Mode {}

  /** Next-page tokens given by the server. */
  record ByToken() implements Mode {}

  /**
   * Page numbers: the page after {@code n} is {@code n + 1} unless page {@code n} is shorter than
   * the page size.
   *
   * @param pageSize the page size sent with every request
   */
  record ByNumber(int pageSize) implements Mode {
    ByNumber {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
      }
    }
  }

  /** Tokens already followed in a chain of pages: a persistent list, so pages stay immutable. */
  record Trail(String token, @Nullable Trail parent) {
    static boolean contains(@Nullable Trail trail, String token) {
      for (Trail t = trail; t != null; t = t.parent()) {
        if (t.token().equals(token)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The state of one fetched page.
   *
   * @param items the items shown (empty when a numbered page repeats the one before)
   * @param response the decoded response
   * @param nextToken the token to fetch the next page with, or {@code null} on the last page
   * @param trail the tokens followed to reach this page
   */
  record State<T>(List<T> items, Object response, @Nullable String nextToken, @Nullable Trail trail) {
    State {
      items = List.copyOf(items);
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * The state of a page fetched with {@code token}.
   *
   * @param mode the strategy
   * @param slice what the fetch returned
   * @param token the token it was fetched with ({@code null} for the API's first page)
   * @param before the state of the page before, or {@code null} for the first page fetched
   * @return the page's state
   */
  static <T> State<T> state(Mode mode, Slice<T> slice, @Nullable String token, @Nullable State<T> before) {
    @Nullable Trail trail = before == null ? null : before.trail();
    if (token != null) {
      trail = new Trail(token, trail);
    }
    if (mode instanceof Single) {
      return new State<>(slice.items(), slice.response(), null, trail);
    }
    if (mode instanceof ByNumber numbered) {
      int page = Integer.parseInt(Objects.requireNonNull(token, "token"));
      List<T> items = slice.items();
      if (before != null && !items.isEmpty() && items.equals(before.items())) {
        // the server ignored the page number: stop, without repeating the items
        return new State<>(List.of(), slice.response(), null, trail);
      }
      boolean last = items.size() < numbered.pageSize() || page == Integer.MAX_VALUE;
      return new State<>(items, slice.response(), last ? null : Integer.toString(page + 1), trail);
    }
    String next = slice.nextToken();
    if (next == null || next.isEmpty() || next.equals(token) || Trail.contains(trail, next)) {
      next = null;
    }
    return new State<>(slice.items(), slice.response(), next, trail);
  }

  static String noNextPage() {
    return "there is no next page: this is the last page of the list (check hasNextPage() before"
        + " calling nextPage(), or iterate with autoPager())";
  }
}
