package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import io.github.mistral4j.core.page.Slice;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One list operation, ready to run blocking ({@link #page}, {@link #autoPager}) or async ({@link
 * #pageAsync}, {@link #autoPagerAsync}): the operation of each of its pages (an {@link ApiCall}) and
 * how pages follow one another (a single page, next-page tokens or page numbers). Services build
 * these from validated arguments, as they build an {@link ApiCall} for any other operation, so that
 * a sync list method and its async twin share the preparation, the paging rules and the
 * post-processing.
 *
 * @param <T> item type
 */
public final class Listing<T> {
  private final Mode mode;
  private final @Nullable String firstToken;
  private final int firstPage;
  private final int pageSize;
  private final Function<@Nullable String, ApiCall<Slice<T>>> byToken;
  private final IntFunction<ApiCall<List<T>>> byNumber;

  private enum Mode {
    SINGLE,
    TOKEN,
    NUMBER
  }

  private Listing(
      Mode mode,
      @Nullable String firstToken,
      int firstPage,
      int pageSize,
      Function<@Nullable String, ApiCall<Slice<T>>> byToken,
      IntFunction<ApiCall<List<T>>> byNumber) {
    this.mode = mode;
    this.firstToken = firstToken;
    this.firstPage = firstPage;
    this.pageSize = pageSize;
    this.byToken = byToken;
    this.byNumber = byNumber;
  }

  /**
   * A list the API does not paginate: one request, one page with no next page.
   *
   * @param call the operation; its slice gives the items and the response of the page (its token is
   *     ignored)
   * @param <T> item type
   * @return the listing
   */
  public static <T> Listing<T> single(ApiCall<Slice<T>> call) {
    Objects.requireNonNull(call, "call");
    return new Listing<>(Mode.SINGLE, null, 0, 0, token -> call, number -> unused());
  }

  /**
   * A list paged by next-page tokens (see {@link Page#byToken}).
   *
   * @param firstToken the token of the first page, or {@code null} for the API's first page
   * @param pages the operation fetching the page with a token ({@code null}: the API's first page)
   * @param <T> item type
   * @return the listing
   */
  public static <T> Listing<T> byToken(
      @Nullable String firstToken, Function<@Nullable String, ApiCall<Slice<T>>> pages) {
    Objects.requireNonNull(pages, "pages");
    return new Listing<>(Mode.TOKEN, firstToken, 0, 0, pages, number -> unused());
  }

  /**
   * A list paged by page number (see {@link Page#byPageNumber}).
   *
   * @param firstPage the number of the first page
   * @param pageSize the page size sent with every request
   * @param pages the operation fetching one page by number
   * @param <T> item type
   * @return the listing
   */
  public static <T> Listing<T> byPageNumber(int firstPage, int pageSize, IntFunction<ApiCall<List<T>>> pages) {
    Objects.requireNonNull(pages, "pages");
    return new Listing<>(Mode.NUMBER, null, firstPage, pageSize, token -> unused(), pages);
  }

  /**
   * Fetches the first page on this thread.
   *
   * @param transport runs each page's operation
   * @return the first page
   * @throws io.github.mistral4j.core.MistralException when the call fails
   */
  public Page<T> page(MistralTransport transport) {
    Objects.requireNonNull(transport, "transport");
    return switch (mode) {
      case SINGLE -> {
        Slice<T> slice = transport.run(byToken.apply(null));
        yield Page.single(slice.items(), slice.response());
      }
      case TOKEN -> Page.byToken(firstToken, token -> transport.run(byToken.apply(token)));
      case NUMBER -> Page.byPageNumber(firstPage, pageSize, number -> transport.run(byNumber.apply(number)));
    };
  }

  /**
   * Every item, fetched page by page on the iterating thread: nothing is fetched before iteration
   * starts, and each iteration starts again from the first page.
   *
   * @param transport runs each page's operation
   * @return the lazy auto-pager
   */
  public AutoPager<T> autoPager(MistralTransport transport) {
    Objects.requireNonNull(transport, "transport");
    return AutoPager.from(() -> page(transport));
  }

  /**
   * Fetches the first page of a listing asynchronously; the listing is made on this thread, and a
   * failure to make it (invalid arguments) fails the returned future.
   *
   * @param transport runs each page's operation
   * @param prepare validates the arguments and makes the listing
   * @param <T> item type
   * @return a future completed with the first page, or with the exception the call failed with
   */
  public static <T> CompletableFuture<AsyncPage<T>> pageAsync(
      MistralTransport transport, Supplier<Listing<T>> prepare) {
    Listing<T> listing;
    try {
      listing = Objects.requireNonNull(prepare.get(), "listing");
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return listing.startAsync(transport);
  }

  /**
   * Every item of a listing, fetched asynchronously page by page: the listing is made (and its
   * arguments checked) when a traversal starts, a failure failing that traversal.
   *
   * @param transport runs each page's operation
   * @param prepare validates the arguments and makes the listing
   * @param <T> item type
   * @return the lazy async auto-pager
   */
  public static <T> AsyncAutoPager<T> autoPagerAsync(MistralTransport transport, Supplier<Listing<T>> prepare) {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(prepare, "prepare");
    return AsyncAutoPager.from(() -> pageAsync(transport, prepare));
  }

  private CompletableFuture<AsyncPage<T>> startAsync(MistralTransport transport) {
    return switch (mode) {
      case SINGLE -> transport.runAsync(() -> byToken.apply(null))
          .thenApply(slice -> AsyncPage.single(slice.items(), slice.response()));
      case TOKEN -> AsyncPage.byToken(firstToken, token -> transport.runAsync(() -> byToken.apply(token)));
      case NUMBER -> AsyncPage.byPageNumber(
          firstPage, pageSize, number -> transport.runAsync(() -> byNumber.apply(number)));
    };
  }

  private static <R> R unused() {
    throw new IllegalStateException("not a page of this listing");
  }
}
