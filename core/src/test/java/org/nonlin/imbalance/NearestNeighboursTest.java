package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class NearestNeighboursTest {

  /** 200 rows of 7 uniform features: one 4-column step and 3 single columns per distance. */
  private static final Dataset DATA = uniformRows(200, 7);

  private static final NearestNeighbours SEARCH =
      new NearestNeighbours(DATA.featureArray(), DATA.cols());

  @Test
  void nearest_randomRows_matchesFullSort() {
    // given: every third row queries the even rows, which include some of the queries themselves
    int[] queries = every(0, 3);
    int[] candidates = every(0, 2);

    // when
    NearestNeighbours.Neighbours found = SEARCH.nearest(queries, candidates, 7);

    // then: a second computation sorts all candidates by (distance, row)
    for (int q = 0; q < queries.length; q++) {
      Integer[] expected = sortedCandidates(queries[q], candidates, 1);
      for (int j = 0; j < 7; j++) {
        assertEquals(expected[j], found.row(q, j));
        assertEquals(distance(queries[q], expected[j]), found.distance(q, j), Tolerances.EXACT);
      }
    }
  }

  @Test
  void farthest_randomRows_matchesFullSort() {
    // given
    int[] queries = every(1, 5);
    int[] candidates = every(0, 1);

    // when
    NearestNeighbours.Neighbours found = SEARCH.farthest(queries, candidates, 4);

    // then
    for (int q = 0; q < queries.length; q++) {
      Integer[] expected = sortedCandidates(queries[q], candidates, -1);
      for (int j = 0; j < 4; j++) {
        assertEquals(expected[j], found.row(q, j));
      }
    }
  }

  @Test
  void nearest_equalDistances_lowerRowFirstAndNeverSelf() {
    // given: rows at -1, 0 and 1 on a line; row 1 is equally far from rows 0 and 2
    float[] x = {-1, 0, 1};
    NearestNeighbours search = new NearestNeighbours(x, 1);

    // when
    NearestNeighbours.Neighbours found = search.nearest(new int[] {1}, new int[] {2, 1, 0}, 2);

    // then
    assertArrayEquals(new int[] {0, 2}, new int[] {found.row(0, 0), found.row(0, 1)});
    assertEquals(1.0, found.meanDistance(0), Tolerances.EXACT);
  }

  @Test
  void nearest_tooFewCandidates_refused() {
    // given
    float[] x = {0, 1};
    NearestNeighbours search = new NearestNeighbours(x, 1);

    // when / then: row 0 has one candidate besides itself
    assertThrows(
        IllegalArgumentException.class, () -> search.nearest(new int[] {0}, new int[] {0, 1}, 2));
  }

  private static Integer[] sortedCandidates(int query, int[] candidates, int sign) {
    return Arrays.stream(candidates)
        .filter(row -> row != query)
        .boxed()
        .sorted(
            Comparator.<Integer>comparingDouble(row -> sign * distance(query, row))
                .thenComparingInt(row -> row))
        .toArray(Integer[]::new);
  }

  private static double distance(int a, int b) {
    double sum = 0;
    for (int c = 0; c < DATA.cols(); c++) {
      double d = (double) DATA.feature(a, c) - DATA.feature(b, c);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  private static int[] every(int from, int step) {
    int[] rows = new int[(DATA.rows() - from + step - 1) / step];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = from + i * step;
    }
    return rows;
  }

  private static Dataset uniformRows(int rows, int cols) {
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    float[] x = new float[rows * cols];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextDouble(-1, 1);
    }
    return Dataset.classification(x, cols, new int[rows], null, List.of("a", "b"));
  }
}
