package org.nonlin.imbalance;

import java.util.Objects;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * The over-sampling shared by SMOTE and ADASYN: every class below its target gains samples on the
 * segment between one of its rows and one of that row's k nearest neighbours of the same class, new
 * = x + u · (nn − x) with one u for all features. The two differ only in how many samples each row
 * gives, the {@link Allocation}.
 */
final class Interpolation {

  /** How many samples each row of a class gives. */
  @FunctionalInterface
  interface Allocation {

    /**
     * @param c the class to grow
     * @param grow the number of samples to make, at least 1
     * @return one count per row of class c, in class row order, adding up to {@code grow}
     */
    int[] perBase(
        TrainingSet set, NearestNeighbours search, int c, int grow, SplittableRandom random);
  }

  private Interpolation() {}

  /** Checks the parameters both samplers share: k at least 1 and a target. */
  static void checkParameters(String sampler, int k, TargetRatio target) {
    if (k < 1) {
      throw new IllegalArgumentException(sampler + " k " + k + " must be >= 1");
    }
    Objects.requireNonNull(target, "target");
  }

  /**
   * Keeps every row and grows each class to its {@link Direction#OVER} target.
   *
   * @throws IllegalArgumentException when categorical columns are declared, the target cannot be
   *     met, or a class to grow has fewer than k + 1 rows
   */
  static Dataset oversample(
      TrainingSet set, TargetRatio target, int k, long seed, Allocation allocation) {
    set.refuseCategorical("interpolates");
    int[] targets = set.targets(target, Direction.OVER);
    for (int c = 0; c < set.numClasses(); c++) {
      if (targets[c] > set.count(c)) {
        set.requireNeighbours(c, k);
      }
    }

    SplittableRandom random = new SplittableRandom(seed);
    NearestNeighbours search = new NearestNeighbours(set.x(), set.cols());
    ResampledRows out = new ResampledRows(set);
    out.keep(set.allRows());
    for (int c = 0; c < set.numClasses(); c++) {
      int grow = targets[c] - set.count(c);
      if (grow > 0) {
        int[] perBase = allocation.perBase(set, search, c, grow, random);
        synthesize(set, search, c, k, perBase, random, out);
      }
    }
    return out.build();
  }

  /**
   * Adds {@code perBase[i]} synthetic samples of class c around the i-th row of the class. For
   * each, nn is drawn uniformly from the k nearest rows of the same class and u uniformly from [0,
   * 1), and the features are computed in double precision, then rounded to float.
   */
  private static void synthesize(
      TrainingSet set,
      NearestNeighbours search,
      int c,
      int k,
      int[] perBase,
      SplittableRandom random,
      ResampledRows out) {
    int[] rows = set.rows(c);
    NearestNeighbours.Neighbours neighbours = search.nearest(rows, rows, k);
    float[] x = set.x();
    int cols = set.cols();
    float[] sample = new float[cols];
    for (int i = 0; i < rows.length; i++) {
      int base = rows[i] * cols;
      for (int s = 0; s < perBase[i]; s++) {
        int neighbour = neighbours.row(i, random.nextInt(k)) * cols;
        double u = random.nextDouble();
        for (int col = 0; col < cols; col++) {
          sample[col] = (float) (x[base + col] + u * ((double) x[neighbour + col] - x[base + col]));
        }
        out.add(sample, 0, c);
      }
    }
  }
}
