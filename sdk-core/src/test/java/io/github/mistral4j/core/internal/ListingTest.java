package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.Page;
import io.github.mistral4j.core.page.Slice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One list operation run blocking and async: the same requests, pages and paging rules. */
class ListingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private TransportFixture f;

  @BeforeEach
  void setUp() {
    f = new TransportFixture(wm.baseUrl());
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private Listing<TestApi.Thing> single() {
    return Listing.single(ApiCall.of(RequestOptions.none(), () -> f.api.list()).map(l -> new Slice<>(l, "ignored", l)));
  }

  /** Pages by cursor: the server's cursor is the id of the last thing, until a page of one. */
  private Listing<TestApi.Thing> byToken(String first) {
    return Listing.byToken(first, cursor -> ApiCall.of(RequestOptions.none(), () -> f.api.search("s", cursor))
        .map(l -> new Slice<>(l, l.size() > 1 ? l.get(l.size() - 1).id() : null, l)));
  }

  private Listing<TestApi.Thing> byNumber() {
    return Listing.byPageNumber(1, 2, page -> ApiCall.of(RequestOptions.none(), () -> f.api.search("n", String.valueOf(page))));
  }

  @Test
  void single_isOnePage_withTheResponse_syncAndAsync() {
    wm.stubFor(get(urlEqualTo("/v1/things")).willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")));

    Page<TestApi.Thing> page = single().page(f.transport);
    AsyncPage<TestApi.Thing> async = Listing.pageAsync(f.transport, this::single).join();

    assertThat(page.items()).extracting(TestApi.Thing::id).containsExactly("a", "b");
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.response()).isEqualTo(page.items());
    assertThat(async.items()).isEqualTo(page.items());
    assertThat(async.hasNextPage()).isFalse();
    assertThat(async.response()).isEqualTo(page.response());
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/things")));
  }

  @Test
  void byToken_followsTheTokens_fromTheFirstToken_syncAndAsync() {
    wm.stubFor(get(urlEqualTo("/v1/things?search=s&cursor=c0")).willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")));
    wm.stubFor(get(urlEqualTo("/v1/things?search=s&cursor=b")).willReturn(okJson("[{\"id\":\"c\"}]")));

    Page<TestApi.Thing> first = byToken("c0").page(f.transport);
    Page<TestApi.Thing> second = first.nextPage();
    AsyncPage<TestApi.Thing> asyncFirst = Listing.pageAsync(f.transport, () -> byToken("c0")).join();
    AsyncPage<TestApi.Thing> asyncSecond = asyncFirst.nextPage().join();

    assertThat(first.nextPageToken()).contains("b");
    assertThat(second.items()).extracting(TestApi.Thing::id).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
    assertThat(asyncFirst.items()).isEqualTo(first.items());
    assertThat(asyncSecond.items()).isEqualTo(second.items());
    assertThat(asyncSecond.hasNextPage()).isFalse();
  }

  @Test
  void byPageNumber_stopsAtAShortPage_syncAndAsync() {
    wm.stubFor(get(urlEqualTo("/v1/things?search=n&cursor=1")).willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")));
    wm.stubFor(get(urlEqualTo("/v1/things?search=n&cursor=2")).willReturn(okJson("[{\"id\":\"c\"}]")));

    List<String> sync = byNumber().autoPager(f.transport).stream().map(TestApi.Thing::id).toList();
    List<String> async = Listing.autoPagerAsync(f.transport, this::byNumber).toList().join().stream()
        .map(TestApi.Thing::id).toList();

    assertThat(sync).containsExactly("a", "b", "c");
    assertThat(async).isEqualTo(sync);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/things?search=n&cursor=2")));
  }

  @Test
  void autoPagers_fetchNothing_beforeIterationStarts() {
    AtomicInteger prepared = new AtomicInteger();

    byNumber().autoPager(f.transport);
    Listing.autoPagerAsync(f.transport, () -> {
      prepared.incrementAndGet();
      return byNumber();
    });

    assertThat(prepared).hasValue(0);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/v1/things")));
  }

  @Test
  void refusedArguments_failTheFuture_orTheTraversal_beforeAnyRequest() {
    IllegalArgumentException refused = new IllegalArgumentException("page_size must be between 1 and 100");

    CompletableFuture<AsyncPage<TestApi.Thing>> page = Listing.pageAsync(f.transport, () -> {
      throw refused;
    });
    CompletableFuture<?> traversal = Listing.<TestApi.Thing>autoPagerAsync(f.transport, () -> {
      throw refused;
    }).forEach(thing -> { });

    assertThat(page).isCompletedExceptionally();
    assertThatThrownBy(page::join).isInstanceOf(CompletionException.class).hasCause(refused);
    assertThatThrownBy(traversal::join).isInstanceOf(CompletionException.class).hasCause(refused);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/v1/things")));
  }
}
