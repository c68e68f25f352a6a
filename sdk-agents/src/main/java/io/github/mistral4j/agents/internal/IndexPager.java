package io.github.mistral4j.agents.internal;

import io.github.mistral4j.core.model.AutoPager;
import io.github.mistral4j.core.model.Slice;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Auto-paging over a page-numbered listing: pages {@code first}, {@code first + 1}, ... until a
 * page holds fewer items than the page size (an empty page included).
 */
public final class IndexPager {
  private IndexPager() {}

  /**
   * A lazy pager.
   *
   * @param first the first page number
   * @param pageSize the page size the fetch asks for
   * @param fetch fetches one page by number
   * @param <T> item type
   * @return the pager
   */
  public static <T> AutoPager<T> of(int first, int pageSize, IntFunction<List<T>> fetch) {
    return AutoPager.of(
        String.valueOf(first),
        token -> {
          int page = Integer.parseInt(token == null ? String.valueOf(first) : token);
          List<T> items = fetch.apply(page);
          boolean last = items.size() < pageSize || page == Integer.MAX_VALUE;
          return new Slice<>(items, last ? null : String.valueOf(page + 1));
        });
  }
}
