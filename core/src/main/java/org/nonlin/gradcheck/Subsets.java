package org.nonlin.gradcheck;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded choice of which indices a check visits. */
final class Subsets {

  private Subsets() {}

  /**
   * {@code min(k, n)} distinct indices from [0, n), in increasing order: all of them when {@code k
   * >= n} (drawing nothing), otherwise the first k of a partial Fisher–Yates shuffle driven by
   * {@code random}, which it advances.
   */
  static int[] choose(int n, int k, SplittableRandom random) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (k >= n) {
      return all;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = Arrays.copyOf(all, k);
    Arrays.sort(chosen);
    return chosen;
  }
}
