package org.nonlin.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.tensor.Matrices;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** The losses, summed over a batch, and their fused gradient against hand computations. */
class LossTest {

  private static final double LN2 = Math.log(2);
  private static final double LN3 = Math.log(3);
  private static final double LN5 = Math.log(5);

  @ParameterizedTest
  @EnumSource(Precision.class)
  void binaryCrossEntropy_handBatch_sumsPerSampleLosses(Precision precision) {
    // both rows have a = σ(ln 3) = 3/4; the first is class 1, the second class 0
    Matrix z = Matrices.of(precision, 2, 1, LN3, LN3);
    Matrix y = Matrices.of(precision, 2, 1, 1, 0);

    double sum = Loss.BINARY_CROSS_ENTROPY.sum(z, OutputTest.applied(Output.LOGISTIC, z), y, null);

    // −ln(3/4) − ln(1 − 3/4) = ln(4/3) + ln 4 = ln(16/3) ≈ 1.673976
    assertEquals(Math.log(16.0 / 3), sum, Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void binaryCrossEntropy_rowWeights_weighEachSample(Precision precision) {
    Matrix z = Matrices.of(precision, 2, 1, LN3, LN3);
    Matrix y = Matrices.of(precision, 2, 1, 1, 0);

    double sum =
        Loss.BINARY_CROSS_ENTROPY.sum(
            z, OutputTest.applied(Output.LOGISTIC, z), y, new double[] {2, 0.5});

    // 2·ln(4/3) + 0.5·ln 4 = 2·ln(4/3) + ln 2 ≈ 1.268511
    assertEquals(2 * Math.log(4.0 / 3) + LN2, sum, Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void binaryCrossEntropy_confidentlyWrong_staysFinite(Precision precision) {
    // σ(100) rounds to 1, so −ln(1 − a) would be −ln 0 = ∞; from z the loss is
    // max(100, 0) − 100·0 + ln(1 + e^−100) = 100 + 3.7e−44, which is 100 in float64
    Matrix z = Matrices.of(precision, 2, 1, 100, -100);
    Matrix y = Matrices.of(precision, 2, 1, 0, 1);

    double sum = Loss.BINARY_CROSS_ENTROPY.sum(z, OutputTest.applied(Output.LOGISTIC, z), y, null);

    assertEquals(200, sum, Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void crossEntropy_handBatch_sumsMinusLogOfTrueClass(Precision precision) {
    // softmax([0, ln 2, ln 5]) = [1/8, 2/8, 5/8]; the rows are classes 2 and 0
    Matrix z = Matrices.of(precision, 2, 3, 0, LN2, LN5, 0, LN2, LN5);
    Matrix y = Matrices.of(precision, 2, 3, 0, 0, 1, 1, 0, 0);

    double sum = Loss.CROSS_ENTROPY.sum(z, OutputTest.applied(Output.SOFTMAX, z), y, null);

    // −ln(5/8) − ln(1/8) = ln(8/5) + ln 8 = ln 12.8 ≈ 2.549445
    assertEquals(Math.log(12.8), sum, Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void crossEntropy_largeEqualScores_isLn2NotNaN(Precision precision) {
    Matrix z = Matrices.of(precision, 1, 2, 1000, 1000);
    Matrix y = Matrices.of(precision, 1, 2, 1, 0);

    double sum = Loss.CROSS_ENTROPY.sum(z, OutputTest.applied(Output.SOFTMAX, z), y, null);

    // lse = 1000 + ln(e^0 + e^0) = 1000 + ln 2; ℓ = lse − z_0 = ln 2
    assertEquals(LN2, sum, Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void meanSquaredError_handBatch_usesTheHalfConvention(Precision precision) {
    Matrix a = Matrices.of(precision, 2, 2, 0.5, 2, 3, 3);
    Matrix y = Matrices.of(precision, 2, 2, 1, 0, 3, 1);

    double sum = Loss.MEAN_SQUARED_ERROR.sum(a, a, y, null);

    // ½(0.5² + 2²) + ½(0² + 2²) = ½·4.25 + ½·4 = 2.125 + 2 = 4.125
    assertEquals(4.125, sum, Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gradient_rowWeights_giveWeightTimesAMinusY(Precision precision) {
    Matrix a = Matrices.of(precision, 2, 2, 0.75, 0.25, 0.5, 0.5);
    Matrix y = Matrices.of(precision, 2, 2, 1, 0, 0, 1);
    Matrix dz = Matrix.zeros(precision, 2, 2);

    Loss.CROSS_ENTROPY.gradient(a, y, new double[] {2, 0.5}, dz);

    // row 1: 2·[0.75 − 1, 0.25 − 0] = [−0.5, 0.5]; row 2: 0.5·[0.5, −0.5] = [0.25, −0.25]
    assertArrayEquals(new double[] {-0.5, 0.5, 0.25, -0.25}, dz.toDoubleArray(), Tolerances.EXACT);
  }

  @Test
  void gradient_noWeights_isAMinusY() {
    Matrix a = Matrices.of(Precision.FLOAT64, 1, 2, 0.3, 2);
    Matrix y = Matrices.of(Precision.FLOAT64, 1, 2, 1, 0.5);
    Matrix dz = Matrix.zeros(Precision.FLOAT64, 1, 2);

    Loss.MEAN_SQUARED_ERROR.gradient(a, y, null, dz);

    // [0.3 − 1, 2 − 0.5]
    assertArrayEquals(new double[] {-0.7, 1.5}, dz.toDoubleArray(), Tolerances.EXACT);
  }

  @Test
  void fits_eachLoss_onlyItsOwnOutput() {
    assertTrue(Loss.BINARY_CROSS_ENTROPY.fits(Output.LOGISTIC));
    assertTrue(Loss.CROSS_ENTROPY.fits(Output.SOFTMAX));
    assertTrue(Loss.MEAN_SQUARED_ERROR.fits(Output.IDENTITY));
    assertFalse(Loss.MEAN_SQUARED_ERROR.fits(Output.SOFTMAX));
    assertFalse(Loss.CROSS_ENTROPY.fits(Output.LOGISTIC));
  }

  @Test
  void parse_labelInAnyCase_givesThatLoss() {
    for (Loss loss : Loss.values()) {
      assertEquals(loss, Loss.parse(loss.label().toUpperCase(Locale.ROOT)));
    }
  }

  @Test
  void parse_unknownLabel_namesItAndTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Loss.parse("hinge"));

    assertEquals("loss 'hinge' is not known; expected bce, ce or mse", e.getMessage());
  }
}
