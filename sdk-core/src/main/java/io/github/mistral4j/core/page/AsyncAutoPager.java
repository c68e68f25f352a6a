package io.github.mistral4j.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a list, across pages, for async clients: nothing is fetched until a traversal
 * starts, and each next page is requested only once every item of the page before has been
 * handed to the action. Each traversal starts again from the first page. Returned by the async
 * clients' {@code listAll(...)} methods and by {@link AsyncPage#autoPager()}.
 *
 * <pre>{@code
 * connectors.async().tools().listAll("weather")
 *     .forEach(tool -> System.out.println(tool.name()))
 *     .join();
 * }</pre>
 *
 * <p>The action runs on the thread that completed the page's future (the client's async executor),
 * or on the caller's thread for a page already fetched; it should not block.
 *
 * @param <T> item type
 */
public final class AsyncAutoPager<T> {
  private final Supplier<CompletableFuture<AsyncPage<T>>> firstPage;

  private AsyncAutoPager(Supplier<CompletableFuture<AsyncPage<T>>> firstPage) {
    this.firstPage = firstPage;
  }

  /**
   * An async auto-pager whose first page is fetched by {@code firstPage} when a traversal starts.
   *
   * @param firstPage fetches the first page (called once per traversal)
   * @param <T> item type
   * @return the async auto-pager
   */
  public static <T> AsyncAutoPager<T> from(Supplier<CompletableFuture<AsyncPage<T>>> firstPage) {
    return new AsyncAutoPager<>(Objects.requireNonNull(firstPage, "firstPage"));
  }

  /**
   * Hands every item, in order, to {@code action}, fetching each page when the items before it
   * have been handled.
   *
   * @param action called with each item
   * @return completes when every item has been handled; fails with the first failure of a fetch or
   *     of the action (then no further page is fetched)
   */
  public CompletableFuture<@Nullable Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return forEachWhile(
        item -> {
          action.accept(item);
          return true;
        });
  }

  /**
   * Hands items, in order, to {@code action} until it returns {@code false}; no page after that
   * item is fetched.
   *
   * @param action called with each item; returns whether to go on
   * @return completes when the action returned {@code false} or every item has been handled; fails
   *     with the first failure of a fetch or of the action
   */
  public CompletableFuture<@Nullable Void> forEachWhile(Predicate<? super T> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<@Nullable Void> done = new CompletableFuture<>();
    CompletableFuture<AsyncPage<T>> first;
    try {
      first = Objects.requireNonNull(firstPage.get(), "first page");
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
      return done;
    }
    drive(first, action, done);
    return done;
  }

  /**
   * Every item in one list, fetching every page. Loads the whole list in memory: prefer {@link
   * #forEach} or {@link #forEachWhile} for large lists.
   *
   * @return the items, when every page has been fetched
   */
  public CompletableFuture<List<T>> toList() {
    List<T> items = new ArrayList<>();
    return forEach(items::add).thenApply(ignored -> List.copyOf(items));
  }

  // A loop rather than recursion, so that pages already fetched do not grow the stack.
  private void drive(
      CompletableFuture<AsyncPage<T>> next, Predicate<? super T> action, CompletableFuture<@Nullable Void> done) {
    CompletableFuture<AsyncPage<T>> pending = next;
    while (true) {
      if (!pending.isDone()) {
        CompletableFuture<AsyncPage<T>> waiting = pending;
        waiting.whenComplete((page, failure) -> drive(waiting, action, done));
        return;
      }
      AsyncPage<T> page;
      try {
        page = pending.get();
      } catch (ExecutionException | CompletionException e) {
        done.completeExceptionally(e.getCause() == null ? e : e.getCause());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        done.completeExceptionally(e);
        return;
      } catch (RuntimeException e) { // cancelled
        done.completeExceptionally(e);
        return;
      }
      try {
        for (T item : page.items()) {
          if (done.isDone() || !action.test(item)) {
            done.complete(null);
            return;
          }
        }
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
        return;
      }
      if (!page.hasNextPage()) {
        done.complete(null);
        return;
      }
      try {
        pending = page.nextPage();
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
    }
  }
}
