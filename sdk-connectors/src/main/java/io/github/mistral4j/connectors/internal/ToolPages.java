package io.github.mistral4j.connectors.internal;

import io.github.mistral4j.core.model.AutoPager;
import io.github.mistral4j.core.model.Slice;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Auto-paging over the 1-based pages of {@code list_tools}, which returns a bare array with no
 * next-page marker. Paging stops at the first page shorter than the page size, and also when a
 * page holds the same items as the one before, so a server that ignores {@code page} cannot make
 * iteration loop forever. The token carries the page number and a hash of the previous page,
 * which keeps the pager stateless between iterations.
 */
public final class ToolPages {
  private ToolPages() {}

  /**
   * Creates the pager.
   *
   * @param firstPage the first page to fetch, 1 or more
   * @param pageSize the page size sent with every request
   * @param fetch fetches one page by number
   * @param <T> item type
   * @return the lazy pager
   */
  public static <T> AutoPager<T> pager(int firstPage, int pageSize, IntFunction<List<T>> fetch) {
    return AutoPager.of(
        token(firstPage, null),
        token -> {
          String t = java.util.Objects.requireNonNull(token, "token");
          int sep = t.indexOf(':');
          int page = Integer.parseInt(sep < 0 ? t : t.substring(0, sep));
          Integer previous = sep < 0 ? null : Integer.valueOf(t.substring(sep + 1));
          List<T> items = fetch.apply(page);
          int hash = items.hashCode();
          if (previous != null && previous == hash && !items.isEmpty()) {
            return new Slice<>(List.of(), null);
          }
          boolean last = items.size() < pageSize || page == Integer.MAX_VALUE;
          return new Slice<>(items, last ? null : token(page + 1, hash));
        });
  }

  private static String token(int page, @Nullable Integer previousHash) {
    return previousHash == null ? Integer.toString(page) : page + ":" + previousHash;
  }
}
