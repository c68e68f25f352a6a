package io.github.mistral4j.benchmarks.paired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The orders in which the sides of a pair are measured, one per pair in turn (a Williams design):
 * over a full cycle every side comes at every position equally often and right after every other
 * side equally often, so that a drift in load, or a GC that lands on whoever comes after a given
 * side, cancels out. Two sides alternate; three go through all six orders; four through four.
 */
final class Orders {
  private final List<List<Side>> orders;

  /**
   * The orders of some sides.
   *
   * @param sides the sides, at least one, none twice
   * @throws IllegalArgumentException when {@code sides} is empty or repeats one
   */
  Orders(List<Side> sides) {
    if (sides.isEmpty() || sides.stream().distinct().count() != sides.size()) {
      throw new IllegalArgumentException("sides must be at least one, none twice: " + sides);
    }
    int n = sides.size();
    // first row 0, 1, n-1, 2, n-2, ...; each further row adds 1 to every index
    int[] first = new int[n];
    for (int k = 1; k < n; k++) {
      first[k] = k % 2 == 1 ? (k + 1) / 2 : n - k / 2;
    }
    List<List<Side>> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Side> row = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        row.add(sides.get((first[k] + r) % n));
      }
      rows.add(List.copyOf(row));
    }
    if (n % 2 == 1 && n > 1) {
      // an odd number of sides needs the mirrored rows too to balance who follows whom
      for (int r = 0; r < n; r++) {
        List<Side> mirrored = new ArrayList<>(rows.get(r));
        Collections.reverse(mirrored);
        rows.add(List.copyOf(mirrored));
      }
    }
    this.orders = List.copyOf(rows);
  }

  /**
   * {@return the order of pair {@code index}}
   *
   * @param index the pair's index, from 0
   */
  List<Side> of(int index) {
    return orders.get(Math.floorMod(index, orders.size()));
  }

  /** {@return how many pairs a full cycle takes} */
  int cycle() {
    return orders.size();
  }
}
