package org.nonlin.imbalance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nonlin.data.Dataset;

/**
 * NearMiss under-sampling (Mani & Zhang 2003, "kNN approach to unbalanced data distributions"):
 * each class above its target t keeps the t rows chosen by distance to the other classes, not at
 * random, so the rows near the class boundary survive.
 *
 * <p>For a class c being reduced, the "minority samples" are the rows of every other class (one
 * against the rest; in a two-class set, simply the minority class). Distances are Euclidean.
 *
 * <ul>
 *   <li>Version 1: keep the t rows of c whose mean distance to their k nearest minority samples is
 *       smallest.
 *   <li>Version 2: keep the t rows of c whose mean distance to their k farthest minority samples is
 *       smallest.
 *   <li>Version 3: shortlist, for every minority sample, its k nearest rows of c; of the shortlist,
 *       keep the t rows whose mean distance to their k nearest minority samples is largest. Fails
 *       when the shortlist is shorter than t.
 * </ul>
 *
 * Equal means are broken by the lower row index. NearMiss makes no random choice: the seed is not
 * used. Classes at their target keep all their rows.
 *
 * @param version 1, 2 or 3, as above; {@link #DEFAULT_VERSION} unless given
 * @param k neighbours per row, at least 1; {@link #DEFAULT_K} unless given
 * @param target the class sizes to reach, by {@link Direction#UNDER}
 */
public record NearMiss(int version, int k, TargetRatio target) implements Sampler {

  /** The version used unless another is given. */
  public static final int DEFAULT_VERSION = 1;

  /** The number of neighbours used unless another is given. */
  public static final int DEFAULT_K = 3;

  /** Checks the version, k and the target. */
  public NearMiss {
    if (version < 1 || version > 3) {
      throw new IllegalArgumentException("nearmiss version " + version + " must be 1, 2 or 3");
    }
    if (k < 1) {
      throw new IllegalArgumentException("nearmiss k " + k + " must be >= 1");
    }
    Objects.requireNonNull(target, "target");
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    int[] targets = set.targets(target, Direction.UNDER);
    NearestNeighbours search = new NearestNeighbours(set.x(), set.cols());
    ResampledRows out = new ResampledRows(set);
    for (int c = 0; c < set.numClasses(); c++) {
      if (targets[c] == set.count(c)) {
        out.keep(set.rows(c));
        continue;
      }
      int[] others = set.otherRows(c);
      requireK(set, "the classes other than '" + set.name(c) + "' hold", others.length);
      int[] rows = set.rows(c);
      out.keep(
          switch (version) {
            case 1 -> byMeanDistance(rows, search.nearest(rows, others, k), targets[c], true);
            case 2 -> byMeanDistance(rows, search.farthest(rows, others, k), targets[c], true);
            default -> versionThree(set, search, c, others, targets[c]);
          });
    }
    return out.build();
  }

  private int[] versionThree(
      TrainingSet set, NearestNeighbours search, int c, int[] others, int target) {
    int[] rows = set.rows(c);
    requireK(set, "class '" + set.name(c) + "' has", rows.length);
    NearestNeighbours.Neighbours closest = search.nearest(others, rows, k);
    boolean[] listed = new boolean[set.rows()];
    for (int q = 0; q < others.length; q++) {
      for (int j = 0; j < k; j++) {
        listed[closest.row(q, j)] = true;
      }
    }
    int[] shortlist = new int[rows.length];
    int n = 0;
    for (int row : rows) {
      if (listed[row]) {
        shortlist[n++] = row;
      }
    }
    if (n < target) {
      throw set.problem(
          "version 3 shortlisted "
              + SpecText.samples(n)
              + " of class '"
              + set.name(c)
              + "' (the k = "
              + k
              + " nearest to each sample of the other classes), fewer than its target "
              + target
              + "; raise k or use version 1");
    }
    shortlist = Arrays.copyOf(shortlist, n);
    return byMeanDistance(shortlist, search.nearest(shortlist, others, k), target, false);
  }

  /** Requires k samples to search among; {@code whoHas} names them, with the verb. */
  private void requireK(TrainingSet set, String whoHas, int available) {
    if (available < k) {
      throw set.problem(
          whoHas + " " + SpecText.samples(available) + ", fewer than k = " + k + "; lower k");
    }
  }

  /**
   * The {@code count} rows with the smallest (or largest) mean neighbour distance, ties to the
   * lower row, in ascending row order.
   */
  private static int[] byMeanDistance(
      int[] rows, NearestNeighbours.Neighbours neighbours, int count, boolean smallest) {
    double[] mean = new double[rows.length];
    Integer[] order = new Integer[rows.length];
    for (int q = 0; q < rows.length; q++) {
      mean[q] = smallest ? neighbours.meanDistance(q) : -neighbours.meanDistance(q);
      order[q] = q;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(q -> mean[q]).thenComparingInt(q -> q));
    int[] kept = new int[count];
    for (int i = 0; i < count; i++) {
      kept[i] = rows[order[i]];
    }
    Arrays.sort(kept);
    return kept;
  }

  /** {@code nearmiss}, with the version, k and target where they differ from the defaults. */
  @Override
  public String spec() {
    List<String> parameters = new ArrayList<>();
    if (version != DEFAULT_VERSION) {
      parameters.add(Integer.toString(version));
    }
    if (k != DEFAULT_K) {
      parameters.add("k=" + k);
    }
    SpecText.addTarget(parameters, target);
    return SpecText.call("nearmiss", parameters);
  }
}
