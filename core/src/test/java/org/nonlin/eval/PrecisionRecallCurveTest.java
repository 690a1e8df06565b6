package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class PrecisionRecallCurveTest {

  @Test
  void of_tiedScores_givesOnePointPerDistinctScore() {
    // given positives 0.9, 0.8, 0.5, 0.3 and negatives 0.8, 0.4, 0.2 (P = 4)
    int[] labels = {1, 1, 1, 1, 0, 0, 0};
    float[] scores = {0.9f, 0.8f, 0.5f, 0.3f, 0.8f, 0.4f, 0.2f};

    // when
    PrecisionRecallCurve pr = PrecisionRecallCurve.of(labels, scores);

    // then: TP 1 2 3 3 4 4, FP 0 1 1 2 2 3 at .9 .8 .5 .4 .3 .2
    assertArrayEquals(new double[] {0.25, 0.5, 0.75, 0.75, 1, 1}, pr.recalls(), Tolerances.EXACT);
    assertArrayEquals(
        new double[] {1, 2.0 / 3, 0.75, 0.6, 4.0 / 6, 4.0 / 7}, pr.precisions(), Tolerances.EXACT);
    // AP = 0.25 * 1 + 0.25 * 2/3 + 0.25 * 3/4 + 0 + 0.25 * 4/6 + 0 = 37/48
    assertEquals(37.0 / 48, pr.averagePrecision(), Tolerances.EXACT);
  }

  @Test
  void averagePrecision_perfectRanking_isOne() {
    // given positives above all negatives
    int[] labels = {1, 1, 0, 0};
    float[] scores = {0.9f, 0.8f, 0.3f, 0.1f};

    // when
    double ap = PrecisionRecallCurve.of(labels, scores).averagePrecision();

    // then: precision 1 at recall 1/2 and 1
    assertEquals(1, ap, Tolerances.EXACT);
  }

  @Test
  void averagePrecision_identicalScores_isPositiveRate() {
    // given 2 positives among 5 samples, all scored 0.5
    int[] labels = {1, 0, 1, 0, 0};
    float[] scores = {0.5f, 0.5f, 0.5f, 0.5f, 0.5f};

    // when
    PrecisionRecallCurve pr = PrecisionRecallCurve.of(labels, scores);

    // then: one point, recall 1 at precision 2/5
    assertEquals(1, pr.size());
    assertEquals(0.4, pr.averagePrecision(), Tolerances.EXACT);
  }

  @Test
  void of_noPositives_throwsSayingUndefined() {
    int[] labels = {0, 0};
    float[] scores = {0.2f, 0.5f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.of(labels, scores));

    assertTrue(e.getMessage().contains("undefined with 0 positives"), e.getMessage());
  }
}
