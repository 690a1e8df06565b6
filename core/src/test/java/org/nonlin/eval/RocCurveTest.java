package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class RocCurveTest {

  /** Positives 0.9, 0.8, 0.5, 0.3 and negatives 0.8, 0.4, 0.2: one tie at 0.8. P = 4, N = 3. */
  private static final int[] TIE_LABELS = {1, 1, 1, 1, 0, 0, 0};

  private static final float[] TIE_SCORES = {0.9f, 0.8f, 0.5f, 0.3f, 0.8f, 0.4f, 0.2f};

  @Test
  void exact_tiedScores_givesOnePointPerDistinctScore() {
    // given the tie example

    // when
    RocCurve roc = RocCurve.exact(TIE_LABELS, TIE_SCORES);

    // then: thresholds +inf, .9, .8, .5, .4, .3, .2; TP 0 1 2 3 3 4 4; FP 0 0 1 1 2 2 3
    assertEquals(7, roc.size());
    assertEquals(Double.POSITIVE_INFINITY, roc.threshold(0));
    assertEquals(0.8f, roc.threshold(2));
    assertArrayEquals(
        new double[] {0, 0.25, 0.5, 0.75, 0.75, 1, 1}, roc.truePositiveRates(), Tolerances.EXACT);
    assertArrayEquals(
        new double[] {0, 0, 1.0 / 3, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1},
        roc.falsePositiveRates(),
        Tolerances.EXACT);
    assertEquals(RocMethod.EXACT, roc.method());
  }

  @Test
  void auc_tiedScores_countsTieAsHalf() {
    // given the tie example

    // when
    double auc = RocCurve.exact(TIE_LABELS, TIE_SCORES).auc();

    // then: trapezoids (1/3)(0.25 + 0.5)/2 + (1/3)(0.75 + 0.75)/2 + (1/3)(1 + 1)/2 = 17/24;
    // Mann-Whitney: 0.9 beats 3, 0.8 beats 2 and ties 1, 0.5 beats 2, 0.3 beats 1: 8.5 / 12
    assertEquals(17.0 / 24, auc, Tolerances.EXACT);
    assertEquals(8.5 / 12, auc, Tolerances.EXACT);
  }

  @Test
  void of_chapterSweep_usesOnlyTheNineThresholds() {
    // given positives 0.95, 0.65, 0.62 and negatives 0.68, 0.15 (P = 3, N = 2)
    int[] labels = {1, 1, 1, 0, 0};
    float[] scores = {0.95f, 0.65f, 0.62f, 0.68f, 0.15f};

    // when
    RocCurve sweep = RocCurve.of(labels, scores, RocMethod.CHAPTER_SWEEP);
    RocCurve exact = RocCurve.exact(labels, scores);

    // then: (0,0), then (0, 1/3) at 0.9..0.7, (1/2, 1) at 0.6..0.2, (1, 1) at 0.1; area
    // (1/2)(1/3 + 1)/2 + (1/2)(1 + 1)/2 = 5/6. Exact: (1/2)(2/3)/2 + (1/2)(2)/2 = 2/3
    assertEquals(10, sweep.size());
    assertEquals(0.9, sweep.threshold(1));
    assertEquals(0.1, sweep.threshold(9));
    assertEquals(5.0 / 6, sweep.auc(), Tolerances.EXACT);
    assertEquals(2.0 / 3, exact.auc(), Tolerances.EXACT);
    assertEquals("thresholds", sweep.method().label());
  }

  @Test
  void of_sweepLeavingSamplesNegative_endsAtOneOne() {
    // given the tie example and the single threshold 0.85: only 0.9 reaches it

    // when
    RocCurve roc = RocCurve.of(TIE_LABELS, TIE_SCORES, RocMethod.thresholds(0.85));

    // then: (0, 0), (0, 1/4), (1, 1) at -inf; area 1 * (1/4 + 1) / 2
    assertEquals(3, roc.size());
    assertEquals(Double.NEGATIVE_INFINITY, roc.threshold(2));
    assertEquals(0.625, roc.auc(), Tolerances.EXACT);
  }

  @Test
  void of_scoreEqualToSweepThreshold_countsAsPositive() {
    // given a positive scored exactly 0.9f and a negative at 0.1f
    int[] labels = {1, 0};
    float[] scores = {0.9f, 0.1f};

    // when
    RocCurve roc = RocCurve.of(labels, scores, RocMethod.thresholds(0.9));

    // then: 0.9f >= 0.9 in float32, so the point at 0.9 is (0, 1) and the area 1
    assertEquals(1, roc.truePositives(1));
    assertEquals(1, roc.auc(), Tolerances.EXACT);
  }

  @Test
  void auc_identicalScores_isOneHalf() {
    // given every sample scored 0.5
    int[] labels = {1, 0, 1, 0, 0};
    float[] scores = {0.5f, 0.5f, 0.5f, 0.5f, 0.5f};

    // when
    RocCurve roc = RocCurve.exact(labels, scores);

    // then: one diagonal step (0,0) -> (1,1), area 1/2; every pair is a tie
    assertEquals(2, roc.size());
    assertEquals(0.5, roc.auc(), Tolerances.EXACT);
  }

  @Test
  void auc_perfectAndInvertedClassifiers_areOneAndZero() {
    // given positives above all negatives, and the same labels swapped
    int[] labels = {1, 1, 0, 0, 0};
    int[] swapped = {0, 0, 1, 1, 1};
    float[] scores = {0.9f, 0.7f, 0.4f, 0.2f, 0.1f};

    // when
    double perfect = RocCurve.exact(labels, scores).auc();
    double inverted = RocCurve.exact(swapped, scores).auc();

    // then
    assertEquals(1, perfect, Tolerances.EXACT);
    assertEquals(0, inverted, Tolerances.EXACT);
  }

  @Test
  void auc_randomCases_equalsBruteForcePairProbability() {
    // given seeded random cases; half use 11 score levels so that ties are frequent
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    for (int trial = 0; trial < 500; trial++) {
      int n = 2 + random.nextInt(60);
      int[] labels = new int[n];
      float[] scores = new float[n];
      boolean coarse = trial % 2 == 0;
      for (int i = 0; i < n; i++) {
        labels[i] = random.nextInt(2);
        scores[i] = coarse ? random.nextInt(11) / 10f : (float) random.nextDouble();
      }
      labels[0] = 1;
      labels[1] = 0;

      // when
      double auc = RocCurve.exact(labels, scores).auc();

      // then
      assertEquals(bruteForceAuc(labels, scores), auc, Tolerances.EXACT, "trial " + trial);
    }
  }

  @Test
  void exact_singleClass_throwsSayingUndefined() {
    int[] labels = {1, 1, 1};
    float[] scores = {0.2f, 0.5f, 0.9f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocCurve.exact(labels, scores));

    assertTrue(
        e.getMessage().contains("undefined with 3 positives and 0 negatives"), e.getMessage());
  }

  @Test
  void exact_nanScore_throwsNamingRow() {
    int[] labels = {1, 0, 1};
    float[] scores = {0.2f, 0.5f, Float.NaN};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocCurve.exact(labels, scores));

    assertEquals("probability NaN at row 2, column 0 must be in [0, 1]", e.getMessage());
  }

  @Test
  void exact_lengthsDiffer_throwsNamingLengths() {
    int[] labels = {1, 0, 1};
    float[] scores = {0.2f, 0.5f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocCurve.exact(labels, scores));

    assertTrue(e.getMessage().startsWith("probabilities of length 2"), e.getMessage());
  }

  @Test
  void exact_emptyInput_throws() {
    int[] labels = {};
    float[] scores = {};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocCurve.exact(labels, scores));

    assertTrue(e.getMessage().startsWith("no samples"), e.getMessage());
  }

  @Test
  void exact_labelNotBinary_throwsNamingLabel() {
    int[] labels = {1, 2};
    float[] scores = {0.2f, 0.5f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocCurve.exact(labels, scores));

    assertEquals("label 2 at row 1 must be a class index in [0, 1]", e.getMessage());
  }

  @Test
  void thresholds_outsideUnitInterval_throwsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RocMethod.thresholds(0.5, 1.5));

    assertEquals("threshold 1.5 must be in [0, 1]", e.getMessage());
  }

  @Test
  void thresholds_unorderedWithRepeats_sortedAndDistinct() {
    // given
    RocMethod method = RocMethod.thresholds(0.7, 0.2, 0.7);

    // when
    double[] thresholds = method.thresholds();

    // then
    assertArrayEquals(new double[] {0.2, 0.7}, thresholds);
    assertEquals(RocMethod.thresholds(0.2, 0.7), method);
  }

  /** P(score of a random positive > that of a random negative), ties 1/2, over all pairs. */
  static double bruteForceAuc(int[] labels, float[] scores) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels.length; j++) {
        if (labels[i] == 1 && labels[j] == 0) {
          pairs++;
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
    }
    return wins / pairs;
  }
}
