package org.nonlin.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.tensor.Matrices;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/**
 * One or two steps of each update rule on the parameter θ = [1, −2] with gradient dθ = [0.5, −1]
 * and learning rate η = 0.1, worked out by hand.
 */
class OptimizerTest {

  private static final double ETA = 0.1;

  @ParameterizedTest
  @EnumSource(Precision.class)
  void sgd_oneStep_movesAgainstGradient(Precision precision) {
    Matrix theta = theta(precision);
    Optimizer sgd = OptimizerSpec.sgd().create(List.of(theta));

    sgd.step(List.of(theta), List.of(gradient(precision, 0.5, -1)), ETA);

    // θ − η·dθ = [1 − 0.05, −2 + 0.1]
    assertArrayEquals(
        new double[] {0.95, -1.9}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void momentum_twoSteps_accumulateVelocity(Precision precision) {
    Matrix theta = theta(precision);
    Matrix g = gradient(precision, 0.5, -1);
    Optimizer momentum = OptimizerSpec.momentum(0.9).create(List.of(theta));

    momentum.step(List.of(theta), List.of(g), ETA);
    momentum.step(List.of(theta), List.of(g), ETA);

    // step 1: v = −η·dθ = [−0.05, 0.1]; θ = [0.95, −1.9]
    // step 2: v = 0.9·v − η·dθ = [−0.045 − 0.05, 0.09 + 0.1] = [−0.095, 0.19]; θ = [0.855, −1.71]
    assertArrayEquals(
        new double[] {0.855, -1.71}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void nesterov_oneStep_looksAhead(Precision precision) {
    Matrix theta = theta(precision);
    Optimizer nesterov = OptimizerSpec.nesterov(0.9).create(List.of(theta));

    nesterov.step(List.of(theta), List.of(gradient(precision, 0.5, -1)), ETA);

    // v = 0.9·0 + dθ = dθ; θ − η·(dθ + 0.9·v) = θ − 0.19·dθ = [1 − 0.095, −2 + 0.19]
    assertArrayEquals(
        new double[] {0.905, -1.81}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void nesterov_twoSteps_accumulateVelocity(Precision precision) {
    Matrix theta = theta(precision);
    Matrix g = gradient(precision, 0.5, -1);
    Optimizer nesterov = OptimizerSpec.nesterov(0.9).create(List.of(theta));

    nesterov.step(List.of(theta), List.of(g), ETA);
    nesterov.step(List.of(theta), List.of(g), ETA);

    // step 2: v = 0.9·dθ + dθ = 1.9·dθ; θ −= η·(dθ + 0.9·1.9·dθ) = 0.271·dθ
    // θ = [0.905 − 0.1355, −1.81 + 0.271] = [0.7695, −1.539]
    assertArrayEquals(
        new double[] {0.7695, -1.539}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void adam_oneStep_movesEachParameterByAboutEta(Precision precision) {
    Matrix theta = theta(precision);
    Optimizer adam = OptimizerSpec.parse("adam").create(List.of(theta));

    adam.step(List.of(theta), List.of(gradient(precision, 0.5, -1)), ETA);

    // m = 0.1·dθ, v = 0.001·dθ²; bias-corrected m̂ = m/0.1 = dθ, v̂ = v/0.001 = dθ², so
    // θ −= η·dθ / (|dθ| + ε) with ε = 1e-8: ≈ [1 − 0.1, −2 + 0.1]
    double first = 1 - ETA * 0.5 / (0.5 + 1e-8);
    double second = -2 + ETA * 1 / (1 + 1e-8);
    assertArrayEquals(
        new double[] {first, second}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void adam_secondStep_appliesBiasCorrection(Precision precision) {
    Matrix theta = theta(precision);
    Optimizer adam = OptimizerSpec.parse("adam").create(List.of(theta));
    adam.step(List.of(theta), List.of(gradient(precision, 0.5, -1)), ETA);

    adam.step(List.of(theta), List.of(gradient(precision, -0.5, -1)), ETA);

    // m = 0.9·[0.05, −0.1] + 0.1·[−0.5, −1] = [−0.005, −0.19]; c1 = 1 − 0.9² = 0.19
    // v = 0.999·[0.00025, 0.001] + 0.001·[0.25, 1] = [0.00049975, 0.001999]; c2 = 1 − 0.999²
    // = 0.001999, so v̂ = [0.25, 1] and √v̂ = [0.5, 1]; m̂ = [−1/38, −1]
    // θ = [0.9 + 0.1·(1/38)/0.5, −1.9 + 0.1·1/1] = [0.9 + 1/190, −1.8], up to ε = 1e-8
    double first = 1 - ETA * 0.5 / (0.5 + 1e-8) + ETA * (1.0 / 38) / (0.5 + 1e-8);
    double second = -2 + ETA / (1 + 1e-8) + ETA / (1 + 1e-8);
    assertArrayEquals(
        new double[] {first, second}, theta.toDoubleArray(), Matrices.tolerance(precision));
  }

  @Test
  void step_anyRule_leavesGradientsAlone() {
    for (String spec : new String[] {"sgd", "momentum", "nesterov", "adam"}) {
      Matrix theta = theta(Precision.FLOAT64);
      Matrix g = gradient(Precision.FLOAT64, 0.5, -1);

      OptimizerSpec.parse(spec).create(List.of(theta)).step(List.of(theta), List.of(g), ETA);

      assertArrayEquals(new double[] {0.5, -1}, g.toDoubleArray(), spec);
    }
  }

  @Test
  void copy_momentumState_evolvesIndependently() {
    Matrix theta = theta(Precision.FLOAT64);
    Matrix g = gradient(Precision.FLOAT64, 0.5, -1);
    Optimizer original = OptimizerSpec.momentum(0.9).create(List.of(theta));
    original.step(List.of(theta), List.of(g), ETA);
    Optimizer copy = original.copy();
    Matrix copyTheta = theta.copy();

    original.step(List.of(theta), List.of(g), ETA);
    original.step(List.of(theta), List.of(g), ETA);
    copy.step(List.of(copyTheta), List.of(g), ETA);

    // the copy took its second step from the velocity after step 1, as in momentum_twoSteps
    assertArrayEquals(new double[] {0.855, -1.71}, copyTheta.toDoubleArray(), Tolerances.EXACT);
  }

  @Test
  void spec_createdOptimizer_reportsItsSpec() {
    OptimizerSpec spec = OptimizerSpec.nesterov(0.5);

    Optimizer optimizer = spec.create(List.of(theta(Precision.FLOAT32)));

    assertEquals(spec, optimizer.spec());
    assertEquals(OptimizerSpec.sgd(), OptimizerSpec.sgd().create(List.of()).spec());
  }

  private static Matrix theta(Precision precision) {
    return Matrices.of(precision, 1, 2, 1, -2);
  }

  private static Matrix gradient(Precision precision, double first, double second) {
    return Matrices.of(precision, 1, 2, first, second);
  }
}
