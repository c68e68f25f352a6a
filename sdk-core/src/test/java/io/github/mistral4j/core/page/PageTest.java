package io.github.mistral4j.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PageTest {
  private final List<@Nullable String> asked = Collections.synchronizedList(new ArrayList<>());

  private Slice<Integer> threePages(@Nullable String token) {
    asked.add(token);
    if (token == null) return new Slice<>(List.of(1, 2), "b", "first");
    if (token.equals("b")) return new Slice<>(List.of(), "c", "second");
    return new Slice<>(List.of(3), null, "third");
  }

  @Test
  void byToken_fetchesTheFirstPageNow_andEachNextPageOnDemand() {
    Page<Integer> first = Page.byToken(null, this::threePages);
    assertThat(asked).containsExactly((String) null);
    assertThat(first.items()).containsExactly(1, 2);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPageToken()).contains("b");
    assertThat(first.response()).isEqualTo("first");
    assertThat(first.response(String.class)).isEqualTo("first");

    Page<Integer> second = first.nextPage();
    Page<Integer> third = second.nextPage();
    assertThat(asked).containsExactly(null, "b", "c");
    assertThat(third.items()).containsExactly(3);
    assertThat(third.hasNextPage()).isFalse();
    assertThat(third.nextPageToken()).isEmpty();
    assertThatThrownBy(third::nextPage)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no next page")
        .hasMessageContaining("hasNextPage()");
    assertThatThrownBy(() -> third.response(Integer.class))
        .isInstanceOf(ClassCastException.class)
        .hasMessageContaining("java.lang.String");
    assertThat(third.toString()).isEqualTo("Page[items=1, hasNextPage=false]");
  }

  @Test
  void autoPager_isLazy_andRestartsOnEachIteration() {
    AutoPager<Integer> pager = AutoPager.from(() -> Page.byToken(null, this::threePages));
    assertThat(asked).isEmpty();
    var it = pager.iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(asked).containsExactly((String) null);
    assertThat(pager.stream().toList()).containsExactly(1, 2, 3);
    assertThat(asked).containsExactly(null, null, "b", "c");
    asked.clear();
    assertThat(pager.stream().limit(2).toList()).containsExactly(1, 2);
    assertThat(asked).containsExactly((String) null);
  }

  @Test
  void pageAutoPager_startsFromThatPage_withoutFetchingItAgain() {
    Page<Integer> second = Page.byToken(null, this::threePages).nextPage();
    asked.clear();
    assertThat(second.autoPager().stream().toList()).containsExactly(3);
    assertThat(asked).containsExactly("c");
    assertThat(second.autoPager().pages()).hasSize(2);
  }

  @Test
  void aRepeatedToken_endsPaging() {
    AtomicInteger calls = new AtomicInteger();
    Page<Integer> first = Page.byToken(null, token -> new Slice<>(List.of(calls.incrementAndGet()), "same"));
    assertThat(first.hasNextPage()).isTrue();
    Page<Integer> second = first.nextPage();
    assertThat(second.hasNextPage()).isFalse();
    assertThat(first.autoPager().stream().toList()).containsExactly(1, 3);

    // a token given again further down the chain stops too: a -> b -> a
    List<@Nullable String> tokens = new ArrayList<>();
    AutoPager<String> cycle = AutoPager.from(() -> Page.byToken(null, t -> {
      tokens.add(t);
      return new Slice<>(List.of(String.valueOf(t)), t == null || t.equals("b") ? "a" : "b");
    }));
    assertThat(cycle.stream().toList()).containsExactly("null", "a", "b");
    assertThat(tokens).containsExactly(null, "a", "b");
  }

  @Test
  void anEmptyList_isOnePageWithNothing() {
    var it = AutoPager.from(() -> Page.<Integer>byToken(null, t -> new Slice<>(List.of(), ""))).iterator();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void single_hasNoNextPage() {
    Page<String> page = Page.single(List.of("x", "y"), 42);
    assertThat(page.items()).containsExactly("x", "y");
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.response(Integer.class)).isEqualTo(42);
    assertThat(page.autoPager()).containsExactly("x", "y");
    assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void byPageNumber_followsNumbers_andStopsAtAShortPage() {
    List<Integer> numbers = new ArrayList<>();
    Page<Integer> first = Page.byPageNumber(1, 2, page -> {
      numbers.add(page);
      return page == 1 ? List.of(1, 2) : page == 2 ? List.of(3, 4) : List.of(5);
    });
    assertThat(first.nextPageToken()).contains("2");
    assertThat(first.response()).isEqualTo(List.of(1, 2));
    assertThat(first.autoPager().stream().toList()).containsExactly(1, 2, 3, 4, 5);
    assertThat(numbers).containsExactly(1, 2, 3);
  }

  @Test
  void byPageNumber_stopsWhenTheServerIgnoresThePageNumber() {
    AtomicInteger calls = new AtomicInteger();
    AutoPager<Integer> pager = AutoPager.from(() -> Page.byPageNumber(0, 2, page -> {
      calls.incrementAndGet();
      return List.of(7, 8);
    }));
    assertThat(pager.stream().toList()).containsExactly(7, 8);
    assertThat(calls).hasValue(2);
    assertThatThrownBy(() -> Page.byPageNumber(0, 0, p -> List.of())).hasMessageContaining("pageSize must be >= 1");
  }

  private CompletableFuture<Slice<Integer>> asyncPages(@Nullable String token) {
    return CompletableFuture.supplyAsync(() -> threePages(token));
  }

  @Test
  void asyncPage_nextPage_andItsFailureOnTheLastPage() {
    AsyncPage<Integer> first = AsyncPage.byToken(null, this::asyncPages).join();
    assertThat(first.items()).containsExactly(1, 2);
    AsyncPage<Integer> third = first.nextPage().thenCompose(AsyncPage::nextPage).join();
    assertThat(third.items()).containsExactly(3);
    assertThat(third.hasNextPage()).isFalse();
    assertThat(third.response(String.class)).isEqualTo("third");
    assertThatThrownBy(() -> third.nextPage().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NoSuchElementException.class);
  }

  @Test
  void asyncAutoPager_fetchesNothingUntilTraversed_thenEveryPage() {
    AsyncAutoPager<Integer> pager = AsyncAutoPager.from(() -> AsyncPage.byToken(null, this::asyncPages));
    assertThat(asked).isEmpty();
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    pager.forEach(seen::add).join();
    assertThat(seen).containsExactly(1, 2, 3);
    assertThat(asked).containsExactly(null, "b", "c");
    assertThat(pager.toList().join()).containsExactly(1, 2, 3);
  }

  @Test
  void asyncAutoPager_forEachWhile_fetchesNoPageAfterTheStop() {
    AsyncAutoPager<Integer> pager = AsyncAutoPager.from(() -> AsyncPage.byToken(null, this::asyncPages));
    List<Integer> seen = new ArrayList<>();
    pager.forEachWhile(i -> {
      seen.add(i);
      return i < 2;
    }).join();
    assertThat(seen).containsExactly(1, 2);
    assertThat(asked).containsExactly((String) null);
  }

  @Test
  void asyncAutoPager_failsWithTheFetchFailure_orTheActionFailure() {
    AsyncAutoPager<Integer> failing = AsyncAutoPager.from(() -> AsyncPage.byToken(null, t -> t == null
        ? CompletableFuture.completedFuture(new Slice<>(List.of(1), "next"))
        : CompletableFuture.failedFuture(new IllegalStateException("boom"))));
    assertThatThrownBy(() -> failing.forEach(i -> {}).join()).hasCauseInstanceOf(IllegalStateException.class);
    AsyncAutoPager<Integer> pager = AsyncAutoPager.from(() -> AsyncPage.byToken(null, this::asyncPages));
    assertThatThrownBy(() -> pager.forEach(i -> { throw new ArithmeticException("no"); }).join())
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(asked).containsExactly((String) null);
  }

  @Test
  void asyncAutoPager_manyPagesAlreadyFetched_doNotGrowTheStack() {
    AsyncAutoPager<Integer> pager = AsyncAutoPager.from(() -> AsyncPage.byPageNumber(0, 1,
        page -> CompletableFuture.completedFuture(page < 20_000 ? List.of(page) : List.of())));
    AtomicInteger count = new AtomicInteger();
    pager.forEach(i -> count.incrementAndGet()).join();
    assertThat(count).hasValue(20_000);
    assertThat(AsyncPage.single(List.of("a"), "r").autoPager().toList().join()).containsExactly("a");
  }
}
