package org.nonlin.ensemble;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.data.Normalizer;
import org.nonlin.data.PlaneProblems;
import org.nonlin.data.Splits;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.train.TrainConfig;

/** Data and member factories the ensemble tests share, seeded from one place. */
final class Fixtures {

  /** The chapter's untreated imbalance: 1,900 majority rows to 100 minority rows. */
  static final int MAJORITY_ROWS = 1900;

  static final int MINORITY_ROWS = 100;

  private Fixtures() {}

  /**
   * A double arc with {@code majority} rows of class 0 and {@code minority} rows of class 1, the
   * latter drawn without replacement with {@code seed}, in raw (not normalised) features.
   */
  static Dataset imbalancedArc(int majority, int minority, long seed) {
    Dataset arc = PlaneProblems.doubleArc(2 * majority, seed);
    int[][] byClass = Splits.rowsByClass(arc);
    int[] kept = Arrays.copyOf(Splits.permutation(majority, new SplittableRandom(seed)), minority);
    int[] rows = Arrays.copyOf(byClass[0], majority + minority);
    for (int i = 0; i < minority; i++) {
      rows[majority + i] = byClass[1][kept[i]];
    }
    return arc.subset(rows);
  }

  /** {@code data} mapped onto [0, 1] per feature by a min-max fit on itself. */
  static Dataset normalised(Dataset data) {
    return Normalizer.fit(Normalization.MIN_MAX, data).apply(data);
  }

  /**
   * Members {@code 2-8tanh-1logistic}, Xavier weights, the chapter's plain SGD with η = 0.1 and
   * batches of 32, for {@code epochs} epochs.
   */
  static MemberFactory arcMembers(int epochs) {
    TrainConfig config = TrainConfig.builder().maxEpochs(epochs).learningRate(0.1).build();
    return new MemberFactory(Architecture.parse("2-8tanh-1logistic"), Initializer.XAVIER, config);
  }
}
