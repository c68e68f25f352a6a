package io.github.mistral4j.core.page;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a list, across pages, lazily: the first page is fetched when iteration starts and
 * each next page when iteration reaches the end of the one before, so stopping early (a {@code
 * break}, {@code stream().limit(n)}, {@code findFirst()}) fetches no further pages. Each {@link
 * #iterator()} or {@link #stream()} starts again from the first page. Returned by every {@code
 * listAll(...)} method and by {@link Page#autoPager()}.
 *
 * <pre>{@code
 * for (McpTool tool : connectors.tools().listAll("weather")) {
 *   System.out.println(tool.name());
 * }
 * }</pre>
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Supplier<Page<T>> firstPage;

  private AutoPager(Supplier<Page<T>> firstPage) {
    this.firstPage = firstPage;
  }

  /**
   * An auto-pager whose first page is fetched by {@code firstPage} when an iteration starts.
   *
   * @param firstPage fetches the first page (called once per iteration)
   * @param <T> item type
   * @return the auto-pager
   */
  public static <T> AutoPager<T> from(Supplier<Page<T>> firstPage) {
    return new AutoPager<>(Objects.requireNonNull(firstPage, "firstPage"));
  }

  /**
   * A sequential, ordered stream over every item, fetching pages as it goes.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The pages themselves, lazily, from the first: each next page is fetched when iteration
   * reaches it.
   *
   * @return a lazy iterable of pages; each iteration starts again from the first page
   */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private @Nullable Page<T> current;
      private boolean started;

      @Override
      public boolean hasNext() {
        return !started || (current != null && current.hasNextPage());
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException(Paging.noNextPage());
        }
        current = started ? Objects.requireNonNull(current).nextPage() : firstPage.get();
        started = true;
        return current;
      }
    };
  }

  /**
   * An iterator over every item, fetching pages as it goes.
   *
   * @return the iterator
   */
  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Iterator<Page<T>> pages = pages().iterator();
      private Iterator<T> current = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items: every page of the list has been read");
        }
        return current.next();
      }
    };
  }
}
