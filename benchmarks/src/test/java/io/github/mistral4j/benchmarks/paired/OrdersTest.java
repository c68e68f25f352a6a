package io.github.mistral4j.benchmarks.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrdersTest {
  private static final List<Side> TWO = List.of(Side.SDK, Side.RAW);
  private static final List<Side> THREE = List.of(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR);
  private static final List<Side> FOUR = List.of(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR, Side.RAW_SAME_WIRE);

  @Test
  void twoSidesAlternateSdkFirst() {
    Orders orders = new Orders(TWO);
    assertThat(orders.cycle()).isEqualTo(2);
    assertThat(orders.of(0)).containsExactly(Side.SDK, Side.RAW);
    assertThat(orders.of(1)).containsExactly(Side.RAW, Side.SDK);
    assertThat(orders.of(2)).containsExactly(Side.SDK, Side.RAW);
  }

  @Test
  void threeSidesGoThroughAllSixOrders() {
    Orders orders = new Orders(THREE);
    assertThat(orders.cycle()).isEqualTo(6);
    assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(orders::of).distinct()).hasSize(6);
    assertBalanced(orders, THREE);
  }

  @Test
  void fourSidesAreBalancedInFourOrders() {
    Orders orders = new Orders(FOUR);
    assertThat(orders.cycle()).isEqualTo(4);
    assertBalanced(orders, FOUR);
  }

  @Test
  void everyOrderHasEverySideOnce() {
    for (List<Side> sides : List.of(TWO, THREE, FOUR)) {
      Orders orders = new Orders(sides);
      for (int i = 0; i < orders.cycle(); i++) {
        assertThat(orders.of(i)).containsExactlyInAnyOrderElementsOf(sides);
      }
    }
  }

  @Test
  void refusesNoSidesOrASideTwice() {
    assertThatThrownBy(() -> new Orders(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sides");
    assertThatThrownBy(() -> new Orders(List.of(Side.SDK, Side.SDK)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none twice");
  }

  /** Over a cycle: every side at every position equally often, every side right after every other equally often. */
  private static void assertBalanced(Orders orders, List<Side> sides) {
    int n = sides.size();
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Integer> successions = new HashMap<>();
    for (int i = 0; i < orders.cycle(); i++) {
      List<Side> order = orders.of(i);
      for (int p = 0; p < n; p++) {
        positions.merge(order.get(p) + "@" + p, 1, Integer::sum);
        if (p > 0) {
          successions.merge(order.get(p - 1) + ">" + order.get(p), 1, Integer::sum);
        }
      }
    }
    assertThat(positions).hasSize(n * n);
    assertThat(positions.values()).containsOnly(orders.cycle() / n);
    assertThat(successions).hasSize(n * (n - 1));
    assertThat(successions.values()).containsOnly(orders.cycle() / n);
  }
}
