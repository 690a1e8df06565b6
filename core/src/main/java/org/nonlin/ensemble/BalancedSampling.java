package org.nonlin.ensemble;

import java.util.SplittableRandom;

/** The balanced samples of {@link BalancedBagging}, as row indices into the training data. */
final class BalancedSampling {

  private BalancedSampling() {}

  /**
   * One balanced sample: with n the size of the smallest class, every row of each class of n rows
   * and, from every larger class, n rows drawn without replacement (a partial Fisher-Yates shuffle
   * driven by {@code random}); class by class in index order, {@code k · n} rows in all. Does not
   * modify {@code rowsByClass}.
   *
   * @param rowsByClass the row indices of each class, as {@link org.nonlin.data.Splits#rowsByClass}
   *     gives them; every class non-empty
   */
  static int[] sample(int[][] rowsByClass, SplittableRandom random) {
    int n = smallest(rowsByClass);
    int[] rows = new int[rowsByClass.length * n];
    for (int c = 0; c < rowsByClass.length; c++) {
      int[] pool = rowsByClass[c].clone();
      if (pool.length > n) {
        for (int i = 0; i < n; i++) {
          int j = i + random.nextInt(pool.length - i);
          int t = pool[i];
          pool[i] = pool[j];
          pool[j] = t;
        }
      }
      System.arraycopy(pool, 0, rows, c * n, n);
    }
    return rows;
  }

  /** The size of the smallest class. */
  static int smallest(int[][] rowsByClass) {
    int n = Integer.MAX_VALUE;
    for (int[] rows : rowsByClass) {
      n = Math.min(n, rows.length);
    }
    return n;
  }
}
