package io.github.mistral4j.core.page;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation: its items, whether a next page exists, and {@link #nextPage()}
 * to fetch it. Every list operation of the SDK returns this type, paginated or not (a list the API
 * does not paginate is a single page whose {@link #hasNextPage()} is {@code false}).
 *
 * <pre>{@code
 * Page<McpTool> page = connectors.tools().list("weather");
 * while (true) {
 *   page.items().forEach(tool -> System.out.println(tool.name()));
 *   if (!page.hasNextPage()) break;
 *   page = page.nextPage();
 * }
 * // or, the same lazily: for (McpTool tool : page.autoPager()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe. A page does not cache the page after it: each {@link #nextPage()}
 * call sends a request. Paging ends when the server gives no next token, repeats a token it
 * already gave in this chain of pages, or (lists paged by number) returns a page shorter than
 * the page size or the same items as the page before.
 *
 * @param <T> item type
 */
public final class Page<T> extends PageContent<T> {
  private final @Nullable Function<String, Slice<T>> fetch;

  private Page(Paging.Mode mode, Paging.State<T> state, @Nullable Function<String, Slice<T>> fetch) {
    super(mode, state);
    this.fetch = fetch;
  }

  /**
   * A list the API does not paginate: a single page with no next page.
   *
   * @param items the items
   * @param response the decoded response body the items come from
   * @param <T> item type
   * @return the page
   */
  public static <T> Page<T> single(List<T> items, Object response) {
    Paging.Mode mode = new Paging.Single();
    return new Page<>(mode, Paging.state(mode, new Slice<>(items, null, response), null, null), null);
  }

  /**
   * Fetches the first page of a list paged by next-page tokens (a cursor or page token the server
   * gives with each page), now.
   *
   * @param firstToken the token of the first page, or {@code null} for the API's first page
   * @param fetch fetches the page with a token ({@code null}: the API's first page)
   * @param <T> item type
   * @return the first page
   */
  public static <T> Page<T> byToken(@Nullable String firstToken, Function<@Nullable String, Slice<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    Paging.Mode mode = new Paging.ByToken();
    Function<String, Slice<T>> next = fetch::apply;
    return new Page<>(mode, Paging.state(mode, fetch.apply(firstToken), firstToken, null), next);
  }

  /**
   * Fetches the first page of a list paged by page number (an API answering with a bare array),
   * now. The page after page {@code n} is {@code n + 1}, unless page {@code n} holds fewer items
   * than {@code pageSize}; a page holding the same items as the one before (a server ignoring the
   * page number) ends the list, empty.
   *
   * @param firstPage the number of the first page (0 or 1, as the API counts)
   * @param pageSize the page size sent with every request, 1 or more
   * @param fetch fetches one page by number
   * @param <T> item type
   * @return the first page
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public static <T> Page<T> byPageNumber(int firstPage, int pageSize, IntFunction<List<T>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    Paging.Mode mode = new Paging.ByNumber(pageSize);
    Function<String, Slice<T>> next = token -> new Slice<>(fetch.apply(Integer.parseInt(token)), null);
    String first = Integer.toString(firstPage);
    return new Page<>(mode, Paging.state(mode, next.apply(first), first, null), next);
  }

  /**
   * Fetches the next page. Each call sends a request, with the same parameters and request
   * options as this page's.
   *
   * @return the next page
   * @throws NoSuchElementException when this is the last page ({@link #hasNextPage()} is false)
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<T> nextPage() {
    String token = state.nextToken();
    if (token == null || fetch == null) {
      throw new NoSuchElementException(Paging.noNextPage());
    }
    return new Page<>(mode, Paging.state(mode, fetch.apply(token), token, state), fetch);
  }

  /**
   * Every item from this page on, lazily: this page's items first, then each next page, fetched
   * when iteration reaches it. Each iteration starts again from this page (without fetching it
   * again).
   *
   * @return the auto-pager
   */
  public AutoPager<T> autoPager() {
    return AutoPager.from(() -> this);
  }
}
