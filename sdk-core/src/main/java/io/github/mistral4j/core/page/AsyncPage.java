package io.github.mistral4j.core.page;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation of an async client: the twin of {@link Page}, whose {@link
 * #nextPage()} returns a future. Every list operation of the async clients completes with this
 * type, paginated or not.
 *
 * <pre>{@code
 * connectors.async().tools().list("weather")
 *     .thenCompose(page -> page.autoPager().forEach(tool -> System.out.println(tool.name())));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link #nextPage()} call sends a request. Paging ends as for
 * {@link Page}.
 *
 * @param <T> item type
 */
public final class AsyncPage<T> extends PageContent<T> {
  private final @Nullable Function<String, CompletableFuture<Slice<T>>> fetch;

  private AsyncPage(
      Paging.Mode mode, Paging.State<T> state, @Nullable Function<String, CompletableFuture<Slice<T>>> fetch) {
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
  public static <T> AsyncPage<T> single(List<T> items, Object response) {
    Paging.Mode mode = new Paging.Single();
    return new AsyncPage<>(mode, Paging.state(mode, new Slice<>(items, null, response), null, null), null);
  }

  /**
   * Fetches the first page of a list paged by next-page tokens.
   *
   * @param firstToken the token of the first page, or {@code null} for the API's first page
   * @param fetch fetches the page with a token ({@code null}: the API's first page)
   * @param <T> item type
   * @return the first page, when fetched
   */
  public static <T> CompletableFuture<AsyncPage<T>> byToken(
      @Nullable String firstToken, Function<@Nullable String, CompletableFuture<Slice<T>>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    Paging.Mode mode = new Paging.ByToken();
    Function<String, CompletableFuture<Slice<T>>> next = fetch::apply;
    return fetch.apply(firstToken)
        .thenApply(slice -> new AsyncPage<>(mode, Paging.state(mode, slice, firstToken, null), next));
  }

  /**
   * Fetches the first page of a list paged by page number (see {@link Page#byPageNumber}).
   *
   * @param firstPage the number of the first page (0 or 1, as the API counts)
   * @param pageSize the page size sent with every request, 1 or more
   * @param fetch fetches one page by number
   * @param <T> item type
   * @return the first page, when fetched
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public static <T> CompletableFuture<AsyncPage<T>> byPageNumber(
      int firstPage, int pageSize, IntFunction<CompletableFuture<List<T>>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    Paging.Mode mode = new Paging.ByNumber(pageSize);
    Function<String, CompletableFuture<Slice<T>>> next =
        token -> fetch.apply(Integer.parseInt(token)).thenApply(items -> new Slice<>(items, null));
    String first = Integer.toString(firstPage);
    return next.apply(first).thenApply(slice -> new AsyncPage<>(mode, Paging.state(mode, slice, first, null), next));
  }

  /**
   * Fetches the next page; each call sends a request, with this page's parameters and request
   * options.
   *
   * @return the next page, when fetched; a future failed with {@link NoSuchElementException} when
   *     this is the last page, or with the call's {@link io.github.mistral4j.core.MistralException}
   */
  public CompletableFuture<AsyncPage<T>> nextPage() {
    String token = state.nextToken();
    Function<String, CompletableFuture<Slice<T>>> f = fetch;
    if (token == null || f == null) {
      return CompletableFuture.failedFuture(new NoSuchElementException(Paging.noNextPage()));
    }
    return f.apply(token).thenApply(slice -> new AsyncPage<>(mode, Paging.state(mode, slice, token, state), f));
  }

  /**
   * Every item from this page on, lazily: each next page is fetched only once the items before it
   * have been consumed.
   *
   * @return the async auto-pager
   */
  public AsyncAutoPager<T> autoPager() {
    return AsyncAutoPager.from(() -> CompletableFuture.completedFuture(this));
  }
}
