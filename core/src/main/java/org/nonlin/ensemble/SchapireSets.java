package org.nonlin.ensemble;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nonlin.data.Splits;

/**
 * The training sets of the second and third learners of Schapire's boosting, as row indices into
 * the training data. Neither method modifies its arguments.
 */
final class SchapireSets {

  private SchapireSets() {}

  /**
   * L2's set, half rows L1 gets right and half rows it gets wrong: both groups are shuffled with
   * {@code random} and taken alternately, one wrong and one right, until the smaller group is used
   * up, so the set holds {@code 2 · min(right, wrong)} rows in the order wrong, right, wrong,
   * right, ... When L1 is right everywhere or wrong everywhere, one group is empty and the set is
   * every row (L2 then learns the data as L1 did, from its own seed).
   *
   * @param labels the true class of every row
   * @param first L1's prediction for every row
   */
  static int[] second(int[] labels, int[] first, SplittableRandom random) {
    int[] right = shuffled(matching(labels, first, true), random);
    int[] wrong = shuffled(matching(labels, first, false), random);
    int pairs = Math.min(right.length, wrong.length);
    if (pairs == 0) {
      return all(labels.length);
    }
    int[] rows = new int[2 * pairs];
    for (int i = 0; i < pairs; i++) {
      rows[2 * i] = wrong[i];
      rows[2 * i + 1] = right[i];
    }
    return rows;
  }

  /**
   * L3's set, the rows where L1 and L2 disagree, in row order. When they agree everywhere the set
   * is every row: L3's vote then only matters on rows the training data never showed it.
   *
   * @param first L1's prediction for every row
   * @param second L2's prediction for every row
   */
  static int[] third(int[] first, int[] second) {
    int[] disagreements = matching(first, second, false);
    return disagreements.length == 0 ? all(first.length) : disagreements;
  }

  /** The rows r, in order, where {@code (a[r] == b[r]) == equal}. */
  private static int[] matching(int[] a, int[] b, boolean equal) {
    int[] rows = new int[a.length];
    int n = 0;
    for (int r = 0; r < a.length; r++) {
      if ((a[r] == b[r]) == equal) {
        rows[n++] = r;
      }
    }
    return Arrays.copyOf(rows, n);
  }

  private static int[] shuffled(int[] rows, SplittableRandom random) {
    int[] order = Splits.permutation(rows.length, random);
    int[] result = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      result[i] = rows[order[i]];
    }
    return result;
  }

  private static int[] all(int n) {
    int[] rows = new int[n];
    Arrays.setAll(rows, r -> r);
    return rows;
  }
}
