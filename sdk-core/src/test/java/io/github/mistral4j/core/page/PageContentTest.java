package io.github.mistral4j.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What {@link Page} and {@link AsyncPage} share ({@link PageContent}) reads the same on both. */
class PageContentTest {
  private static final String WRONG_TYPE =
      "the response of this page is a java.lang.String, not a java.lang.Integer";

  @Test
  void syncAndAsyncPages_showTheSameItemsTokenAndResponse() {
    Page<Integer> page = Page.byToken(null, token -> new Slice<>(List.of(1, 2), "next", "body"));
    AsyncPage<Integer> async =
        AsyncPage.<Integer>byToken(null, token -> CompletableFuture.completedFuture(new Slice<>(List.of(1, 2), "next", "body")))
            .join();
    for (PageContent<Integer> each : List.<PageContent<Integer>>of(page, async)) {
      assertThat(each.items()).containsExactly(1, 2);
      assertThat(each.hasNextPage()).isTrue();
      assertThat(each.nextPageToken()).contains("next");
      assertThat(each.response()).isEqualTo("body");
      assertThat(each.response(String.class)).isEqualTo("body");
      assertThat(each.response(CharSequence.class)).isEqualTo("body");
    }
    assertThat(page).hasToString("Page[items=2, hasNextPage=true]");
    assertThat(async).hasToString("AsyncPage[items=2, hasNextPage=true]");
  }

  @Test
  void lastPages_haveNoToken_andAWrongResponseTypeFailsNamingBothTypes() {
    Page<Integer> page = Page.single(List.of(1), "body");
    AsyncPage<Integer> async = AsyncPage.single(List.of(1), "body");
    for (PageContent<Integer> each : List.<PageContent<Integer>>of(page, async)) {
      assertThat(each.hasNextPage()).isFalse();
      assertThat(each.nextPageToken()).isEmpty();
      assertThatThrownBy(() -> each.response(Integer.class)).isInstanceOf(ClassCastException.class).hasMessage(WRONG_TYPE);
    }
    assertThat(page).hasToString("Page[items=1, hasNextPage=false]");
    assertThat(async).hasToString("AsyncPage[items=1, hasNextPage=false]");
  }
}
