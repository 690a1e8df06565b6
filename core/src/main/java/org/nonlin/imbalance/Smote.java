package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * SMOTE, the Synthetic Minority Over-sampling TEchnique (Chawla, Bowyer, Hall & Kegelmeyer 2002,
 * JAIR 16): every class below its target t gains t − n synthetic samples
 *
 * <pre>
 *   new = x + u · (nn − x),   u ~ uniform [0, 1),
 * </pre>
 *
 * where x is a row of the class and nn one of its k nearest neighbours (Euclidean) within the same
 * class, drawn uniformly. The new point lies on the segment from x to nn. As in the paper, every
 * row serves as x in turn: with G samples to make from n rows, each row is used ⌊G / n⌋ times and G
 * mod n distinct rows, drawn at random, once more. One u is drawn per sample, not per feature (the
 * paper's pseudo-code draws one per feature, which leaves the segment); this is the form in common
 * use.
 *
 * <p>A class to grow needs at least k + 1 rows. Interpolation turns one-hot columns into fractions,
 * so declared categorical columns are refused (SMOTE-NC is not implemented); use {@code attribute}
 * or {@code over} for such data. Original rows are all kept.
 *
 * @param k neighbours per row, at least 1; {@link #DEFAULT_K} unless given
 * @param target the class sizes to reach, by {@link Direction#OVER}
 */
public record Smote(int k, TargetRatio target) implements Sampler {

  /** The number of neighbours used unless another is given, as in the paper. */
  public static final int DEFAULT_K = 5;

  /** Checks k and the target. */
  public Smote {
    Interpolation.checkParameters("smote", k, target);
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    return Interpolation.oversample(
        set,
        target,
        k,
        seed,
        (data, search, c, grow, random) -> evenly(grow, data.count(c), random));
  }

  /** {@code total} spread over n rows: ⌊total / n⌋ each, one more for total mod n random rows. */
  private static int[] evenly(int total, int n, SplittableRandom random) {
    int[] perBase = new int[n];
    Arrays.fill(perBase, total / n);
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i : RandomSampler.drawWithoutReplacement(all, total % n, random)) {
      perBase[i]++;
    }
    return perBase;
  }

  /** {@code smote}, with k and the target where they differ from the defaults. */
  @Override
  public String spec() {
    return SpecText.withNeighbours("smote", k, DEFAULT_K, target);
  }
}
