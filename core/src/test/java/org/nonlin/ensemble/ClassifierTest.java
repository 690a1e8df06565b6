package org.nonlin.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

class ClassifierTest {

  /** A network of {@code spec} without hidden layers, with W1 = {@code w} (one row) and B1. */
  private static Network singleLayer(String spec, double[] w, double[] b) {
    Matrix w1 = Matrix.zeros(Precision.FLOAT64, 1, w.length);
    Matrix b1 = Matrix.zeros(Precision.FLOAT64, 1, b.length);
    for (int c = 0; c < w.length; c++) {
      w1.set(0, c, w[c]);
      b1.set(0, c, b[c]);
    }
    return Network.of(Architecture.parse(spec), Precision.FLOAT64, List.of(w1, b1));
  }

  @Test
  void probabilities_oneLogisticUnit_expandsToComplementAndP() {
    // given p = σ(2x − 1)
    NetworkClassifier classifier =
        NetworkClassifier.of(singleLayer("1-1logistic", new double[] {2}, new double[] {-1}));

    // when x = 0.5 (z = 0) and x = 1 (z = 1)
    float[] p = classifier.probabilities(new float[] {0.5f, 1f}, 2);

    // then (1 − p, p) with σ(0) = 0.5 and σ(1) = 1 / (1 + e^−1) = 0.7310586
    double sigmoidOne = 1 / (1 + Math.exp(-1));
    assertEquals(2, classifier.numClasses());
    assertEquals(0.5, p[0], Tolerances.FLOAT);
    assertEquals(0.5, p[1], Tolerances.FLOAT);
    assertEquals(1 - sigmoidOne, p[2], Tolerances.FLOAT);
    assertEquals(sigmoidOne, p[3], Tolerances.FLOAT);
  }

  @Test
  void predict_logisticAtOneHalf_saysClassOneAsTheTrainerCounts() {
    // given p = σ(2x − 1): 0.5 at x = 0.5, σ(−1) = 0.269 at x = 0
    NetworkClassifier classifier =
        NetworkClassifier.of(singleLayer("1-1logistic", new double[] {2}, new double[] {-1}));

    // when
    int[] classes = classifier.predict(new float[] {0.5f, 0f}, 2);

    // then p >= 0.5 is class 1
    assertArrayEquals(new int[] {1, 0}, classes);
  }

  @Test
  void predict_softmaxTie_goesToLowestTiedClass() {
    // given scores (0, 1, 1): p = (1, e, e) / (1 + 2e) = (0.1554, 0.4223, 0.4223)
    NetworkClassifier classifier =
        NetworkClassifier.of(
            singleLayer("1-3softmax", new double[] {0, 0, 0}, new double[] {0, 1, 1}));

    // when
    float[] p = classifier.probabilities(new float[] {0}, 1);
    int[] classes = classifier.predict(new float[] {0}, 1);

    // then
    double denominator = 1 + 2 * Math.E;
    assertEquals(1 / denominator, p[0], Tolerances.FLOAT);
    assertEquals(Math.E / denominator, p[1], Tolerances.FLOAT);
    assertArrayEquals(new int[] {1}, classes);
  }

  @Test
  void of_identityOutput_isRejected() {
    // given a regression network
    Network regression =
        Network.create(Architecture.parse("2-1identity"), Initializer.XAVIER, Precision.FLOAT32, 1);

    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NetworkClassifier.of(regression));
    assertTrue(e.getMessage().contains("identity output"), e.getMessage());
  }

  @Test
  void of_networkTrainedFurther_keepsItsOwnCopy() {
    // given
    Network network = singleLayer("1-1logistic", new double[] {2}, new double[] {-1});
    NetworkClassifier classifier = NetworkClassifier.of(network);

    // when the original changes
    network.parameters().get(1).set(0, 0, 5.0);

    // then σ(2·0.5 − 1) is still 0.5
    assertEquals(0.5, classifier.probabilities(new float[] {0.5f}, 1)[1], Tolerances.FLOAT);
  }

  @Test
  void majority_twoLargestClassesEqual_picksLowerIndex() {
    // given class counts 1, 2, 2
    Dataset data =
        Dataset.classification(
            new float[] {0, 1, 2, 3, 4},
            1,
            new int[] {2, 1, 0, 1, 2},
            null,
            List.of("a", "b", "c"));

    // when
    ConstantClassifier majority = ConstantClassifier.majority(data);

    // then class 1 (2 rows) ties class 2 (2 rows) and wins as the lower index
    assertEquals(new ConstantClassifier(1, 3, 1), majority);
  }

  @Test
  void probabilities_constant_isOneHot() {
    // given
    ConstantClassifier constant = new ConstantClassifier(2, 3, 2);

    // when
    float[] p = constant.probabilities(new float[4], 2);

    // then
    assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1}, p);
    assertArrayEquals(new int[] {2, 2}, constant.predict(new float[4], 2));
  }

  @Test
  void probabilities_constantGivenRaggedRows_isRejected() {
    // given a learner of 2 features and 3 values
    ConstantClassifier constant = new ConstantClassifier(2, 2, 0);
    float[] ragged = new float[3];

    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> constant.probabilities(ragged, 2));
    assertEquals("3 input values are not 2 rows of width 2", e.getMessage());
  }

  @Test
  void constructor_labelOutOfRange_isRejected() {
    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ConstantClassifier(2, 2, 2));
    assertEquals("constant class 2 must be in [0, 1]", e.getMessage());
  }
}
