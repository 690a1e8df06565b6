package org.nonlin.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonlin.eval.RocCurve;
import org.nonlin.testing.Tolerances;

class ImbalanceRocTest {

  @Test
  void of_fewLargeSteps_keepsEveryPoint() {
    // given scores 0.1, 0.4 (negatives) and 0.35, 0.8 (positives)
    RocCurve curve = RocCurve.exact(new int[] {0, 0, 1, 1}, new float[] {0.1f, 0.4f, 0.35f, 0.8f});

    // when
    ImbalanceRoc roc = ImbalanceRoc.of(curve);

    // then thresholds +inf, 0.8, 0.4, 0.35, 0.1 give (0,0) (0,.5) (.5,.5) (.5,1) (1,1)
    assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, roc.falsePositiveRates(), Tolerances.EXACT);
    assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, roc.truePositiveRates(), Tolerances.EXACT);
    assertEquals(0.75, roc.auc(), Tolerances.EXACT); // 3 of 4 pairs ranked right
  }

  @Test
  void of_thousandsOfSmallSteps_keepsEndsAndMovesOfAtLeastAStep() {
    // given 2,000 samples, labels alternating, scores descending: 2,001 points, steps of 1/1000
    int n = 2000;
    int[] labels = new int[n];
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      scores[i] = 1 - (float) i / n;
    }
    RocCurve curve = RocCurve.exact(labels, scores);

    // when
    ImbalanceRoc roc = ImbalanceRoc.of(curve);

    // then
    double[] fpr = roc.falsePositiveRates();
    double[] tpr = roc.truePositiveRates();
    int last = roc.size() - 1;
    assertTrue(roc.size() <= 2 / ImbalanceRoc.STEP + 2, "points " + roc.size());
    assertEquals(0, fpr[0]);
    assertEquals(0, tpr[0]);
    assertEquals(1, fpr[last]);
    assertEquals(1, tpr[last]);
    for (int i = 1; i < last; i++) {
      double move = Math.max(fpr[i] - fpr[i - 1], tpr[i] - tpr[i - 1]);
      assertTrue(move >= ImbalanceRoc.STEP - Tolerances.EXACT, "move " + move + " at " + i);
    }
    assertEquals(curve.auc(), roc.auc());
  }

  @Test
  void constructor_lengthsDiffer_throws() {
    double[] two = {0, 1};
    double[] three = {0, 0.5, 1};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ImbalanceRoc(two, three, 0.5));

    assertTrue(e.getMessage().contains("2 FPR and 3 TPR"), e.getMessage());
  }
}
