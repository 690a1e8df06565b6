package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import org.nonlin.data.Dataset;

/**
 * ADASYN, adaptive synthetic sampling (He, Bai, Garcia & Li 2008, IJCNN): SMOTE's interpolation,
 * with more synthetic samples where the class is harder to learn.
 *
 * <p>For a class c below its target t with n rows, G = t − n samples are made (the paper's G = (m_l
 * − m_s) · β is the balanced target with β = 1; other targets set other G). For each row x_i of c,
 *
 * <pre>
 *   r_i = Δ_i / k,   r̂_i = r_i / Σ_j r_j,   g_i = r̂_i · G,
 * </pre>
 *
 * where Δ_i is the number of rows of other classes among the k nearest neighbours of x_i in the
 * whole training set (Euclidean). The g_i are rounded by largest remainder (ties to the lower row)
 * so that they add up to exactly G, where the paper rounds each on its own. Each of the g_i samples
 * is x_i + u · (nn − x_i) with nn drawn uniformly from the k nearest rows of class c and u
 * uniformly from [0, 1), as in {@link Smote}.
 *
 * <p>A class to grow needs at least k + 1 rows, and at least one of its rows must have a neighbour
 * of another class (otherwise every r_i is 0 and the weights are undefined: use {@link Smote}).
 * Declared categorical columns are refused, as in SMOTE. Original rows are all kept.
 *
 * @param k neighbours per row, at least 1; {@link #DEFAULT_K} unless given
 * @param target the class sizes to reach, by {@link Direction#OVER}
 */
public record Adasyn(int k, TargetRatio target) implements Sampler {

  /** The number of neighbours used unless another is given, as in the paper's experiments. */
  public static final int DEFAULT_K = 5;

  /** Checks k and the target. */
  public Adasyn {
    Interpolation.checkParameters("adasyn", k, target);
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    return Interpolation.oversample(
        set,
        target,
        k,
        seed,
        (data, search, c, grow, random) -> largestRemainder(hardness(data, search, c), grow));
  }

  /** Δ_i, the rows of other classes among the k nearest neighbours of each row of class c. */
  private int[] hardness(TrainingSet set, NearestNeighbours search, int c) {
    int[] rows = set.rows(c);
    NearestNeighbours.Neighbours around = search.nearest(rows, set.allRows(), k);
    int[] others = new int[rows.length];
    int total = 0;
    for (int q = 0; q < rows.length; q++) {
      for (int j = 0; j < k; j++) {
        if (set.label(around.row(q, j)) != c) {
          others[q]++;
        }
      }
      total += others[q];
    }
    if (total == 0) {
      throw set.problem(
          "no sample of class '"
              + set.name(c)
              + "' has a sample of another class among its k = "
              + k
              + " nearest neighbours, so every ADASYN weight is 0; use smote or raise k");
    }
    return others;
  }

  /**
   * Splits {@code total} in proportion to the weights: share_i = ⌊total · w_i / W⌋ with W = Σ w,
   * then one more for the largest remainders (total · w_i mod W, ties to the lower index) until the
   * shares add up to total. Integer arithmetic, so the split is exact.
   */
  static int[] largestRemainder(int[] weights, int total) {
    long weightSum = 0;
    for (int weight : weights) {
      weightSum += weight;
    }
    int[] shares = new int[weights.length];
    long[] remainder = new long[weights.length];
    Integer[] order = new Integer[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long scaled = (long) total * weights[i];
      shares[i] = (int) (scaled / weightSum);
      remainder[i] = scaled % weightSum;
      given += shares[i];
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.<Integer>comparingLong(i -> -remainder[i]).thenComparingInt(i -> i));
    for (int j = 0; j < total - given; j++) {
      shares[order[j]]++;
    }
    return shares;
  }

  /** {@code adasyn}, with k and the target where they differ from the defaults. */
  @Override
  public String spec() {
    return SpecText.withNeighbours("adasyn", k, DEFAULT_K, target);
  }
}
