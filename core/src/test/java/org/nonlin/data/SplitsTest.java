package org.nonlin.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

/** Hold-out and stratified splits: sizes, class proportions, coverage and determinism. */
class SplitsTest {

  @Test
  void stratified_twoClasses_keepsProportionsInBothParts() {
    // 10 of class 0 and 30 of class 1; 20% of each held out: round(2) = 2, round(6) = 6
    Dataset data = indexed(counts(10, 30));

    Split split = Splits.stratified(data, 0.2, Tolerances.SEED);

    assertArrayEquals(new int[] {2, 6}, split.test().classCounts());
    assertArrayEquals(new int[] {8, 24}, split.train().classCounts());
  }

  @Test
  void stratified_threeClasses_roundsEachClassHalfUp() {
    // 30% of [5, 15, 20]: round(1.5) = 2, round(4.5) = 5, round(6.0) = 6
    Dataset data = indexed(counts(5, 15, 20));

    Split split = Splits.stratified(data, 0.3, Tolerances.SEED);

    assertArrayEquals(new int[] {2, 5, 6}, split.test().classCounts());
    assertArrayEquals(new int[] {3, 10, 14}, split.train().classCounts());
  }

  @Test
  void stratified_bothParts_coverEveryRowOnceInOriginalOrder() {
    Dataset data = indexed(counts(7, 9, 4));

    Split split = Splits.stratified(data, 0.25, Tolerances.SEED);

    int[] train = rowIds(split.train());
    int[] test = rowIds(split.test());
    assertTrue(isIncreasing(train), Arrays.toString(train));
    assertTrue(isIncreasing(test), Arrays.toString(test));
    int[] all = concat(train, test);
    Arrays.sort(all);
    assertArrayEquals(identity(20), all);
  }

  @Test
  void stratified_sameSeed_sameSplitAndOtherSeedOtherSplit() {
    Dataset data = indexed(counts(20, 20));

    Split first = Splits.stratified(data, 0.5, Tolerances.SEED);
    Split again = Splits.stratified(data, 0.5, Tolerances.SEED);
    Split other = Splits.stratified(data, 0.5, Tolerances.SEED + 1);

    assertArrayEquals(rowIds(first.test()), rowIds(again.test()));
    assertFalse(Arrays.equals(rowIds(first.test()), rowIds(other.test())));
  }

  @Test
  void stratified_fractionOfOne_isRefused() {
    Dataset data = indexed(counts(2, 2));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Splits.stratified(data, 1, 1));

    assertEquals("test fraction 1.0 must be in (0, 1)", e.getMessage());
  }

  @Test
  void holdOut_100Of500_splitsSizesAndCoversEveryRow() {
    Dataset data = indexed(counts(250, 250));

    Split split = Splits.holdOut(data, 100, Tolerances.SEED);

    assertEquals(400, split.train().rows());
    assertEquals(100, split.test().rows());
    int[] all = concat(rowIds(split.train()), rowIds(split.test()));
    Arrays.sort(all);
    assertArrayEquals(identity(500), all);
  }

  @Test
  void holdOut_allRows_isRefusedNamingTheRange() {
    Dataset data = indexed(counts(5, 5));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Splits.holdOut(data, 10, 1));

    assertEquals("test rows 10 must be in [1, 9] for 10 rows", e.getMessage());
  }

  @Test
  void rowsByClass_mixedLabels_listsIndicesInOrder() {
    Dataset data = indexed(new int[] {1, 0, 1, 1, 0});

    int[][] rows = Splits.rowsByClass(data);

    assertArrayEquals(new int[] {1, 4}, rows[0]);
    assertArrayEquals(new int[] {0, 2, 3}, rows[1]);
  }

  @Test
  void permutation_seeded_holdsEveryIndexOnce() {
    int[] order = Splits.permutation(50, new SplittableRandom(Tolerances.SEED));

    int[] sorted = order.clone();
    Arrays.sort(sorted);

    assertArrayEquals(identity(50), sorted);
    assertFalse(Arrays.equals(identity(50), order));
  }

  /** Labels with {@code perClass[c]} rows of class c, classes interleaved round robin. */
  private static int[] counts(int... perClass) {
    int total = Arrays.stream(perClass).sum();
    int[] labels = new int[total];
    int[] left = perClass.clone();
    int n = 0;
    while (n < total) {
      for (int c = 0; c < left.length; c++) {
        if (left[c] > 0) {
          labels[n++] = c;
          left[c]--;
        }
      }
    }
    return labels;
  }

  /** A data set whose single feature is the row's index, so that rows can be traced. */
  private static Dataset indexed(int[] labels) {
    float[] x = new float[labels.length];
    int classes = 2;
    for (int i = 0; i < labels.length; i++) {
      x[i] = i;
      classes = Math.max(classes, labels[i] + 1);
    }
    String[] names = new String[classes];
    for (int c = 0; c < classes; c++) {
      names[c] = "c" + c;
    }
    return Dataset.classification(x, 1, labels, null, List.of(names));
  }

  private static int[] rowIds(Dataset part) {
    int[] ids = new int[part.rows()];
    for (int r = 0; r < ids.length; r++) {
      ids[r] = (int) part.feature(r, 0);
    }
    return ids;
  }

  private static boolean isIncreasing(int[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] <= values[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static int[] identity(int n) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }
}
