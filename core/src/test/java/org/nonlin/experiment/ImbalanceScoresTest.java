package org.nonlin.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.ensemble.Classifier;
import org.nonlin.ensemble.ConstantClassifier;
import org.nonlin.testing.Tolerances;

class ImbalanceScoresTest {

  /** A two-class classifier whose single feature is P(class 1). */
  private static final Classifier FEATURE_IS_PROBABILITY =
      new Classifier() {
        @Override
        public int inputs() {
          return 1;
        }

        @Override
        public int numClasses() {
          return 2;
        }

        @Override
        public float[] probabilities(float[] x, int rows) {
          float[] p = new float[2 * rows];
          for (int r = 0; r < rows; r++) {
            p[2 * r] = 1 - x[r];
            p[2 * r + 1] = x[r];
          }
          return p;
        }
      };

  private static Dataset oneFeature(float[] x, int[] labels, List<String> classNames) {
    return Dataset.classification(x, 1, labels, List.of("x"), classNames);
  }

  @Test
  void of_majorityClassAlways_findsNoMinorityAndScoresChance() {
    // given 6:3:1 rows and a classifier that always says class 0
    int[] labels = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
    Dataset data = oneFeature(new float[10], labels, List.of("a", "b", "c"));

    // when
    ImbalanceScores scores = ImbalanceScores.of(new ConstantClassifier(1, 3, 0), data, 2);

    // then
    assertEquals(0.6, scores.accuracy(), Tolerances.EXACT); // 6 of 10
    assertArrayEquals(new double[] {1, 0, 0}, scores.recalls(), Tolerances.EXACT);
    assertEquals(1.0 / 3, scores.balancedAccuracy(), Tolerances.EXACT); // (1 + 0 + 0) / 3
    assertEquals(0, scores.minorityRecall(), Tolerances.EXACT);
    assertEquals(0, scores.gMean(), Tolerances.EXACT); // (1 · 0 · 0)^(1/3)
    // class a: F1 = 2·6 / (2·6 + 0 + 4) = 0.75; b and c: 0; macro (0.75 + 0 + 0) / 3
    assertEquals(0.25, scores.f1(), Tolerances.EXACT);
    // every score tied: each one-vs-rest AUC is 1/2
    assertEquals(0.5, scores.auc(), Tolerances.EXACT);
    // 6 rows with p_true = 1, 4 with p_true = 0 raised to 1e-15: 4 · ln(1e15) / 10
    assertEquals(0.4 * Math.log(1e15), scores.logLoss(), 1e-9);
  }

  @Test
  void of_twoClassesWithRankedScores_givesRecallsF1GMeanAndAuc() {
    // given scores 0.1, 0.4 for class 0 and 0.35, 0.8 for class 1
    float[] x = {0.1f, 0.4f, 0.35f, 0.8f};
    Dataset data = oneFeature(x, new int[] {0, 0, 1, 1}, List.of("no", "yes"));

    // when
    ImbalanceScores scores = ImbalanceScores.of(FEATURE_IS_PROBABILITY, data, 1);

    // then only 0.8 reaches 0.5: class 0 recall 2/2, class 1 recall 1/2
    assertArrayEquals(new double[] {1, 0.5}, scores.recalls(), Tolerances.EXACT);
    assertEquals(0.75, scores.accuracy(), Tolerances.EXACT); // 3 of 4
    assertEquals(0.75, scores.balancedAccuracy(), Tolerances.EXACT); // (1 + 0.5) / 2
    assertEquals(Math.sqrt(0.5), scores.gMean(), Tolerances.EXACT); // √(1 · 0.5)
    assertEquals(2.0 / 3, scores.f1(), Tolerances.EXACT); // class 1: 2·1 / (2·1 + 1 + 0)
    // pairs (positive above negative): 0.35 > 0.1, 0.8 > 0.1, 0.8 > 0.4 → 3 of 4
    assertEquals(0.75, scores.auc(), Tolerances.FLOAT);
    assertEquals(0.75, scores.roc().auc(), Tolerances.FLOAT);
  }

  @Test
  void accuracy_featureAsProbability_countsRowsPredictedRight() {
    // given
    Dataset data =
        oneFeature(new float[] {0.9f, 0.2f, 0.6f}, new int[] {1, 0, 0}, List.of("no", "yes"));

    // when
    double accuracy = ImbalanceScores.accuracy(FEATURE_IS_PROBABILITY, data);

    // then 0.9 → 1 right, 0.2 → 0 right, 0.6 → 1 wrong
    assertEquals(2.0 / 3, accuracy, Tolerances.EXACT);
  }
}
