package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class BinaryMetricsTest {

  /** The chapter's example: 550 positives, 450 negatives. */
  private static final BinaryMetrics CHAPTER = new BinaryMetrics(521, 29, 15, 435);

  /** A small hand example: TP 3, FN 1, FP 2, TN 4, so P = 4, N = 6, n = 10. */
  private static final BinaryMetrics SMALL = new BinaryMetrics(3, 1, 2, 4);

  @Test
  void figures_chapterExample_matchChapterToThreeDecimals() {
    // given the chapter's counts

    // when / then: the chapter's printed figures
    assertEquals(550, CHAPTER.positives());
    assertEquals(450, CHAPTER.negatives());
    assertEquals(0.956, CHAPTER.accuracy(), Tolerances.THREE_DECIMALS); // (521 + 435) / 1000
    assertEquals(0.972, CHAPTER.precision(), Tolerances.THREE_DECIMALS); // 521 / 536
    assertEquals(0.947, CHAPTER.recall(), Tolerances.THREE_DECIMALS); // 521 / 550
    assertEquals(0.947, CHAPTER.truePositiveRate(), Tolerances.THREE_DECIMALS);
    assertEquals(0.033, CHAPTER.falsePositiveRate(), Tolerances.THREE_DECIMALS); // 15 / 450
    assertEquals(0.959, CHAPTER.f1(), Tolerances.THREE_DECIMALS); // 1042 / 1086
  }

  @Test
  void figures_chapterExample_equalExactFractions() {
    // given the chapter's counts

    // when / then: the unrounded fractions
    assertEquals(956.0 / 1000, CHAPTER.accuracy(), Tolerances.EXACT);
    assertEquals(521.0 / 536, CHAPTER.precision(), Tolerances.EXACT);
    assertEquals(521.0 / 550, CHAPTER.recall(), Tolerances.EXACT);
    assertEquals(15.0 / 450, CHAPTER.falsePositiveRate(), Tolerances.EXACT);
    // harmonic mean of the exact precision and recall equals 2 TP / (2 TP + FN + FP)
    double p = 521.0 / 536;
    double r = 521.0 / 550;
    assertEquals(2 * p * r / (p + r), CHAPTER.f1(), Tolerances.EXACT);
    assertEquals(1042.0 / 1086, CHAPTER.f1(), Tolerances.EXACT);
  }

  @Test
  void figures_smallExample_matchHandComputation() {
    // given TP 3, FN 1, FP 2, TN 4

    // when / then
    assertEquals(10, SMALL.total());
    assertEquals(0.7, SMALL.accuracy(), Tolerances.EXACT); // 7 / 10
    assertEquals(0.6, SMALL.precision(), Tolerances.EXACT); // 3 / 5
    assertEquals(0.75, SMALL.recall(), Tolerances.EXACT); // 3 / 4
    assertEquals(1.0 / 3, SMALL.falsePositiveRate(), Tolerances.EXACT); // 2 / 6
    assertEquals(2.0 / 3, SMALL.specificity(), Tolerances.EXACT); // 4 / 6
    assertEquals(2.0 / 3, SMALL.f1(), Tolerances.EXACT); // 6 / 9
    assertEquals(17.0 / 24, SMALL.balancedAccuracy(), Tolerances.EXACT); // (3/4 + 2/3) / 2
    assertEquals(Math.sqrt(0.5), SMALL.gMean(), Tolerances.EXACT); // sqrt(3/4 * 2/3)
    // (3*4 - 2*1) / sqrt(5 * 4 * 6 * 5) = 10 / sqrt(600) = 1 / sqrt(6)
    assertEquals(1 / Math.sqrt(6), SMALL.mcc(), Tolerances.EXACT);
    // p_o = 0.7, p_e = (5*4 + 5*6) / 100 = 0.5, kappa = 0.2 / 0.5
    assertEquals(0.4, SMALL.kappa(), Tolerances.EXACT);
  }

  @Test
  void fBeta_smallExample_matchesWeightedHarmonicMean() {
    // given precision 0.6 and recall 0.75

    // when
    double f2 = SMALL.fBeta(2);
    double fHalf = SMALL.fBeta(0.5);

    // then: 5 * 3 / (5 * 3 + 4 * 1 + 2) = 15 / 21; second method (1 + b^2) P R / (b^2 P + R)
    assertEquals(15.0 / 21, f2, Tolerances.EXACT);
    assertEquals(5 * 0.6 * 0.75 / (4 * 0.6 + 0.75), f2, Tolerances.EXACT);
    // 1.25 * 3 / (1.25 * 3 + 0.25 * 1 + 2) = 3.75 / 6
    assertEquals(0.625, fHalf, Tolerances.EXACT);
  }

  @Test
  void mccAndKappa_anyCounts_equalMultiClassForms() {
    // given the two examples as 2 x 2 matrices, rows actual [negative, positive]
    for (BinaryMetrics m : List.of(CHAPTER, SMALL)) {
      long[][] counts = {
        {m.trueNegatives(), m.falsePositives()}, {m.falseNegatives(), m.truePositives()}
      };

      // when
      ConfusionMatrix matrix = ConfusionMatrix.fromCounts(List.of("neg", "pos"), counts);

      // then: Matthews equals Gorodkin and the binary kappa the k-class kappa
      assertEquals(matrix.mcc(), m.mcc(), Tolerances.EXACT);
      assertEquals(matrix.kappa(), m.kappa(), Tolerances.EXACT);
      assertEquals(matrix.oneVsRest(1), m);
    }
  }

  @Test
  void figures_perfectAndInverted_reachTheBounds() {
    // given a perfect and an inverted classifier on 4 positives and 6 negatives
    BinaryMetrics perfect = new BinaryMetrics(4, 0, 0, 6);
    BinaryMetrics inverted = new BinaryMetrics(0, 4, 6, 0);

    // when / then
    assertEquals(1, perfect.mcc(), Tolerances.EXACT);
    assertEquals(1, perfect.kappa(), Tolerances.EXACT);
    assertEquals(1, perfect.f1(), Tolerances.EXACT);
    assertEquals(-1, inverted.mcc(), Tolerances.EXACT);
    // p_o = 0, p_e = (6*4 + 4*6) / 100 = 0.48, kappa = -0.48 / 0.52
    assertEquals(-0.48 / 0.52, inverted.kappa(), Tolerances.EXACT);
    assertEquals(0, inverted.gMean(), Tolerances.EXACT);
  }

  @Test
  void figures_zeroDenominators_areZero() {
    // given a classifier that never predicts positive, on data without negatives
    BinaryMetrics m = new BinaryMetrics(0, 5, 0, 0);

    // when / then: 0/0 ratios are 0 by convention
    assertEquals(0, m.precision());
    assertEquals(0, m.falsePositiveRate());
    assertEquals(0, m.specificity());
    assertEquals(0, m.f1());
    assertEquals(0, m.mcc());
    assertEquals(0, m.kappa()); // p_e = 1
    assertEquals(0, m.accuracy());
  }

  @Test
  void constructor_negativeCount_throwsNamingCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BinaryMetrics(1, -2, 0, 0));

    assertTrue(e.getMessage().contains("FN -2"), e.getMessage());
  }

  @Test
  void constructor_allZero_throws() {
    assertThrows(IllegalArgumentException.class, () -> new BinaryMetrics(0, 0, 0, 0));
  }

  @Test
  void fBeta_nonPositiveBeta_throwsNamingBeta() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SMALL.fBeta(0));

    assertTrue(e.getMessage().contains("beta 0.0 must be > 0"), e.getMessage());
  }
}
