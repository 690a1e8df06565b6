package org.nonlin.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded ways to divide a data set into training and test parts. */
public final class Splits {

  private Splits() {}

  /**
   * Shuffles the rows with {@code seed} and holds out the first {@code testRows} as the test part.
   */
  public static Split holdOut(Dataset data, int testRows, long seed) {
    int n = data.rows();
    if (testRows < 1 || testRows >= n) {
      throw new IllegalArgumentException(
          "test rows " + testRows + " must be in [1, " + (n - 1) + "] for " + n + " rows");
    }
    int[] order = permutation(n, new SplittableRandom(seed));
    return new Split(
        data.subset(Arrays.copyOfRange(order, testRows, n)),
        data.subset(Arrays.copyOf(order, testRows)));
  }

  /**
   * A stratified split: within each class, the rows are shuffled with {@code seed} and the first
   * {@code round(count · testFraction)} go to the test part, so both parts keep the class
   * proportions. Rows keep their original relative order inside each part.
   */
  public static Split stratified(Dataset data, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test fraction " + testFraction + " must be in (0, 1)");
    }
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] test = new boolean[data.rows()];
    for (int[] rows : rowsByClass(data)) {
      int[] shuffled = rows.clone();
      shuffleInPlace(shuffled, random);
      int held = (int) Math.round(shuffled.length * testFraction);
      for (int i = 0; i < held; i++) {
        test[shuffled[i]] = true;
      }
    }
    List<Integer> trainRows = new ArrayList<>();
    List<Integer> testRows = new ArrayList<>();
    for (int i = 0; i < test.length; i++) {
      (test[i] ? testRows : trainRows).add(i);
    }
    return new Split(data.subset(toArray(trainRows)), data.subset(toArray(testRows)));
  }

  /** The row indices of each class, in order. */
  public static int[][] rowsByClass(Dataset data) {
    int[] counts = data.classCounts();
    int[][] rows = new int[counts.length][];
    int[] fill = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      rows[c] = new int[counts[c]];
    }
    for (int i = 0; i < data.rows(); i++) {
      int c = data.label(i);
      rows[c][fill[c]++] = i;
    }
    return rows;
  }

  /** A random permutation of 0..n−1 (Fisher-Yates). */
  public static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    shuffleInPlace(order, random);
    return order;
  }

  private static void shuffleInPlace(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static int[] toArray(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
