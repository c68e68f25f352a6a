package io.github.mistral4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {
  private static final List<Long> SEQS = List.of(7L, 5L, 3L);

  @Test
  void first_givesTheCursorOfTheLastItemWhenMoreFollow() {
    Pages.CursorPage<Long> page = Pages.first("things", SEQS, 2, s -> s);

    assertThat(page.items()).containsExactly(7L, 5L);
    assertThat(page.next().isTextual()).isTrue();
    assertThat(Pages.seq("things", page.next().textValue())).isEqualTo(5);
  }

  @Test
  void first_givesJsonNullOnTheLastPage() {
    assertThat(Pages.first("things", SEQS, 3, s -> s).next().isNull()).isTrue();
    assertThat(Pages.first("things", SEQS, 1000, s -> s).items()).isEqualTo(SEQS);
    assertThat(Pages.first("things", List.<Long>of(), 5, s -> s).next().isNull()).isTrue();
  }

  @Test
  void seqOr_readsACursor_orGivesTheDefaultWhenThereIsNone() {
    assertThat(Pages.seqOr("things", null, -1)).isEqualTo(-1);
    assertThat(Pages.seqOr("things", "", -1)).isEqualTo(-1);
    assertThat(Pages.seqOr("things", Pages.cursor("things", 42), -1)).isEqualTo(42);
    assertThatThrownBy(() -> Pages.seqOr("things", Pages.cursor("other", 42), -1))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Invalid things cursor");
  }
}
