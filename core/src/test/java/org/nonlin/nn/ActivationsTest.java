package org.nonlin.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.tensor.Matrices;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** Each hidden activation and its derivative against values worked out by hand. */
class ActivationsTest {

  private static final double LN2 = Math.log(2);
  private static final double LN3 = Math.log(3);

  @Test
  void sigmoid_handPoints_matchFormula() {
    Activation f = Activations.SIGMOID;

    double atZero = f.value(0); // 1 / (1 + e^0) = 1/2
    double atLn3 = f.value(LN3); // 1 / (1 + 1/3) = 3/4
    double atMinusLn3 = f.value(-LN3); // 1 / (1 + 3) = 1/4

    assertEquals(0.5, atZero, Tolerances.EXACT);
    assertEquals(0.75, atLn3, Tolerances.EXACT);
    assertEquals(0.25, atMinusLn3, Tolerances.EXACT);
    assertEquals(0.1875, f.derivative(LN3, atLn3), Tolerances.EXACT); // a(1 − a) = 3/4 · 1/4
    assertEquals(0.25, f.derivative(0, atZero), Tolerances.EXACT); // 1/2 · 1/2
  }

  @Test
  void tanh_handPoints_matchFormula() {
    Activation f = Activations.TANH;

    double atLn2 = f.value(LN2); // (2 − 1/2) / (2 + 1/2) = 1.5 / 2.5 = 0.6
    double atMinusLn2 = f.value(-LN2); // odd function: −0.6

    assertEquals(0.6, atLn2, Tolerances.EXACT);
    assertEquals(-0.6, atMinusLn2, Tolerances.EXACT);
    assertEquals(0.64, f.derivative(LN2, atLn2), Tolerances.EXACT); // 1 − a² = 1 − 0.36
    assertEquals(1.0, f.derivative(0, f.value(0)), Tolerances.EXACT); // 1 − 0²
  }

  @Test
  void relu_handPoints_clampNegativesAndPassPositives() {
    Activation f = Activations.RELU;

    assertEquals(0.0, f.value(-2), Tolerances.EXACT); // max(0, −2)
    assertEquals(3.0, f.value(3), Tolerances.EXACT); // max(0, 3)
    assertEquals(0.0, f.derivative(-2, 0), Tolerances.EXACT);
    assertEquals(1.0, f.derivative(3, 3), Tolerances.EXACT);
    assertEquals(0.0, f.derivative(0, 0), Tolerances.EXACT); // the documented choice at z = 0
  }

  @Test
  void leakyRelu_slope02_scalesNegatives() {
    Activation f = Activations.leakyRelu(0.2);

    assertEquals(-0.4, f.value(-2), Tolerances.EXACT); // 0.2 · (−2)
    assertEquals(3.0, f.value(3), Tolerances.EXACT);
    assertEquals(0.2, f.derivative(-2, -0.4), Tolerances.EXACT);
    assertEquals(1.0, f.derivative(3, 3), Tolerances.EXACT);
  }

  @Test
  void leakyRelu_defaultSlope_isTheNamedConstant() {
    Activation f = Activations.parse("leakyrelu");

    assertEquals(-2 * Activations.DEFAULT_LEAK, f.value(-2), Tolerances.EXACT);
  }

  @Test
  void identity_handPoints_passThrough() {
    Activation f = Activations.IDENTITY;

    assertEquals(-1.5, f.value(-1.5), Tolerances.EXACT);
    assertEquals(1.0, f.derivative(-1.5, -1.5), Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void forwardAndBackward_onMatrices_applyElementwise(Precision precision) {
    Matrix z = Matrices.of(precision, 1, 3, -LN3, 0, LN3);
    Matrix a = Matrix.zeros(precision, 1, 3);
    Matrix dA = Matrices.of(precision, 1, 3, 2, 2, 2);

    Activations.SIGMOID.forward(z, a);
    Activations.SIGMOID.backward(z, a, dA);

    double tolerance = Matrices.tolerance(precision);
    assertArrayEquals(new double[] {0.25, 0.5, 0.75}, a.toDoubleArray(), tolerance);
    // dZ = 2 · a(1 − a) = [2·3/16, 2·1/4, 2·3/16]
    assertArrayEquals(new double[] {0.375, 0.5, 0.375}, dA.toDoubleArray(), tolerance);
  }

  @Test
  void parse_aliases_giveTheSameActivations() {
    assertSame(Activations.SIGMOID, Activations.parse("s"));
    assertSame(Activations.TANH, Activations.parse("T"));
    assertSame(Activations.RELU, Activations.parse("r"));
    assertSame(Activations.IDENTITY, Activations.parse("linear"));
    assertEquals(Activations.leakyRelu(Activations.DEFAULT_LEAK), Activations.parse("l"));
    assertEquals(Activations.leakyRelu(0.2), Activations.parse("leakyrelu(0.2)"));
  }

  @Test
  void name_eachActivation_parsesBackToItself() {
    Activation[] all = {
      Activations.SIGMOID,
      Activations.TANH,
      Activations.RELU,
      Activations.IDENTITY,
      Activations.leakyRelu(Activations.DEFAULT_LEAK),
      Activations.leakyRelu(0.2),
      Activations.leakyRelu(1e-4)
    };

    for (Activation f : all) {
      assertEquals(f, Activations.parse(f.name()), f.name());
    }
  }

  @Test
  void parse_unknownName_listsTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Activations.parse("softplus"));

    assertTrue(e.getMessage().startsWith("activation 'softplus' is not known"), e.getMessage());
    assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
  }

  @Test
  void leakyRelu_slopeOutOfRange_namesSlopeAndRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Activations.leakyRelu(1.5));

    assertEquals("leaky ReLU slope 1.5 must be in [0, 1)", e.getMessage());
  }
}
