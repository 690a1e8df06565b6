package org.nonlin.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.tensor.Matrices;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** The output functions in both precisions against hand-computed values. */
class OutputTest {

  private static final double LN2 = Math.log(2);
  private static final double LN3 = Math.log(3);
  private static final double LN5 = Math.log(5);

  @ParameterizedTest
  @EnumSource(Precision.class)
  void logistic_handScores_giveProbabilities(Precision precision) {
    Matrix z = Matrices.of(precision, 3, 1, -LN3, 0, LN3);

    Matrix a = applied(Output.LOGISTIC, z);

    // 1/(1 + 3) = 0.25, 1/(1 + 1) = 0.5, 1/(1 + 1/3) = 0.75
    assertArrayEquals(
        new double[] {0.25, 0.5, 0.75}, a.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void logistic_hugeScores_saturateWithoutNaN(Precision precision) {
    Matrix z = Matrices.of(precision, 2, 1, -1000, 1000);

    Matrix a = applied(Output.LOGISTIC, z);

    // 1/(1 + e^1000) = 1/∞ = 0 and 1/(1 + e^−1000) = 1/(1 + 0) = 1
    assertArrayEquals(new double[] {0, 1}, a.toDoubleArray(), Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void softmax_handScores_giveProbabilitiesSummingToOne(Precision precision) {
    Matrix z = Matrices.of(precision, 1, 3, 0, LN2, LN5);

    Matrix a = applied(Output.SOFTMAX, z);

    // e^z = [1, 2, 5], sum 8: [1/8, 2/8, 5/8]
    assertArrayEquals(
        new double[] {0.125, 0.25, 0.625}, a.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void softmax_largeEqualScores_subtractsRowMaxInsteadOfOverflowing(Precision precision) {
    // e^1000 overflows even float64; after subtracting the row max 1000 the row is [e^0, e^0]
    Matrix z = Matrices.of(precision, 2, 2, 1000, 1000, -1000, -1000);

    Matrix a = applied(Output.SOFTMAX, z);

    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, a.toDoubleArray(), Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void softmax_largeUnequalScores_keepTheirDifference(Precision precision) {
    Matrix z = Matrices.of(precision, 1, 2, 1000, 999);

    Matrix a = applied(Output.SOFTMAX, z);

    // [e^0, e^−1] / (1 + e^−1): the first is 1/(1 + e^−1) ≈ 0.731059
    double first = 1 / (1 + Math.exp(-1));
    assertArrayEquals(
        new double[] {first, 1 - first}, a.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void identity_scores_passThrough(Precision precision) {
    Matrix z = Matrices.of(precision, 1, 2, -2.5, 7);

    Matrix a = applied(Output.IDENTITY, z);

    assertArrayEquals(new double[] {-2.5, 7}, a.toDoubleArray(), Tolerances.EXACT);
  }

  @Test
  void loss_eachOutput_pairsWithItsLoss() {
    assertEquals(Loss.BINARY_CROSS_ENTROPY, Output.LOGISTIC.loss());
    assertEquals(Loss.CROSS_ENTROPY, Output.SOFTMAX.loss());
    assertEquals(Loss.MEAN_SQUARED_ERROR, Output.IDENTITY.loss());
  }

  @Test
  void parse_sigmoidAsOutput_isLogistic() {
    assertEquals(Output.LOGISTIC, Output.parse("Sigmoid"));
  }

  @Test
  void parse_unknownName_listsTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Output.parse("tanh"));

    assertTrue(e.getMessage().contains("'tanh'"), e.getMessage());
    assertTrue(e.getMessage().contains("logistic, softmax or identity"), e.getMessage());
  }

  /** {@code output}'s values A for scores {@code z}, in a new matrix. */
  static Matrix applied(Output output, Matrix z) {
    Matrix a = Matrix.zeros(z.precision(), z.rows(), z.cols());
    output.forward(z, a);
    return a;
  }
}
