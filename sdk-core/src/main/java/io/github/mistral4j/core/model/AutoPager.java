package io.github.mistral4j.core.model;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy view of every item of a paginated list: a page is fetched only when iteration reaches
 * it. Each {@link #iterator()} starts again from the first page. Iteration stops when a page has
 * no next token, or when the server repeats a token it already gave (which would loop forever).
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final @Nullable String firstToken;
  private final Function<@Nullable String, Slice<T>> fetch;

  private AutoPager(@Nullable String firstToken, Function<@Nullable String, Slice<T>> fetch) {
    this.firstToken = firstToken;
    this.fetch = fetch;
  }

  /**
   * Creates a pager.
   *
   * @param firstToken the token of the first page ({@code null} for the API's default)
   * @param fetch fetches the page with a token
   * @param <T> item type
   * @return the pager
   */
  public static <T> AutoPager<T> of(
      @Nullable String firstToken, Function<@Nullable String, Slice<T>> fetch) {
    return new AutoPager<>(firstToken, Objects.requireNonNull(fetch, "fetch"));
  }

  /**
   * Creates a pager over numbered pages, for lists that return a bare array with no next-page
   * marker. Paging stops at the first page shorter than the page size, and also when a page holds
   * the same items as the one before, so a server that ignores the page number cannot make
   * iteration loop forever.
   *
   * @param firstPage the number of the first page to fetch (0 or 1, as the API counts)
   * @param pageSize the page size sent with every request, 1 or more
   * @param fetch fetches one page by number
   * @param <T> item type
   * @return the pager
   */
  public static <T> AutoPager<T> byPageNumber(int firstPage, int pageSize, IntFunction<List<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
    }
    return of(
        Integer.toString(firstPage),
        token -> {
          String t = Objects.requireNonNull(token, "token");
          int sep = t.indexOf(':');
          int page = Integer.parseInt(sep < 0 ? t : t.substring(0, sep));
          Integer previousHash = sep < 0 ? null : Integer.valueOf(t.substring(sep + 1));
          List<T> items = fetch.apply(page);
          int hash = items.hashCode();
          if (previousHash != null && previousHash == hash && !items.isEmpty()) {
            return new Slice<>(List.of(), null);
          }
          boolean last = items.size() < pageSize || page == Integer.MAX_VALUE;
          return new Slice<>(items, last ? null : (page + 1) + ":" + hash);
        });
  }

  /** A sequential stream over every item, fetching pages as it goes. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private @Nullable String token = firstToken;
      private boolean started;
      private boolean done;
      private Iterator<T> current = List.<T>of().iterator();
      private final Set<String> seen = new HashSet<>();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (done) {
            return false;
          }
          if (started && token == null) {
            done = true;
            return false;
          }
          started = true;
          Slice<T> slice = fetch.apply(token);
          current = slice.items().iterator();
          String next = slice.nextToken();
          if (next == null || next.isEmpty() || !seen.add(next)) {
            done = true;
          }
          token = next;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
