package io.github.mistral4j.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The response of a page as its type, shared by {@link Page} and {@link AsyncPage}. */
class PagingStateTest {
  private static final String WRONG_TYPE =
      "the response of this page is a java.lang.String, not a java.lang.Integer";

  @Test
  void response_givesTheResponseAsItsType_orFailsNamingBothTypes() {
    Paging.State<Integer> state = new Paging.State<>(List.of(1), "body", null, null);
    assertThat(state.response(String.class)).isEqualTo("body");
    assertThat(state.response(CharSequence.class)).isEqualTo("body");
    assertThatThrownBy(() -> state.response(Integer.class))
        .isInstanceOf(ClassCastException.class)
        .hasMessage(WRONG_TYPE);
  }

  @Test
  void response_isTheSameForSyncAndAsyncPages() {
    Page<Integer> page = Page.single(List.of(1), "body");
    AsyncPage<Integer> async = AsyncPage.single(List.of(1), "body");
    assertThat(page.response(String.class)).isEqualTo(async.response(String.class)).isEqualTo("body");
    assertThatThrownBy(() -> page.response(Integer.class)).isInstanceOf(ClassCastException.class).hasMessage(WRONG_TYPE);
    assertThatThrownBy(() -> async.response(Integer.class)).isInstanceOf(ClassCastException.class).hasMessage(WRONG_TYPE);
  }
}
