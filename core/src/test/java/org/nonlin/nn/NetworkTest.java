package org.nonlin.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.tensor.Matrices;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/**
 * Forward and backward passes on nets small enough to follow by hand (finite-difference checks of
 * every gradient live elsewhere), dropout's off switch and the network's own checks.
 */
class NetworkTest {

  private static final double LN2 = Math.log(2);

  @ParameterizedTest
  @EnumSource(Precision.class)
  void backward_classWeights_scaleOutputGradientByWeight(Precision precision) {
    double[] rowWeights = {2, 0.5};

    double[] gradients = handNetGradients(precision, rowWeights);

    // dZ2 = w·(A2 − Y) = [2·(0.5 − 1); 0.5·(0.5 − 0)] = [−1; 0.25]
    // dW2 = A1ᵀ·dZ2 / 2 = 0;  dB2 = (−1 + 0.25) / 2 = −0.375
    // dZ1 = dZ2·W2ᵀ ⊙ 1 = [−2; 0.5];  dW1 = Xᵀ·dZ1 / 2 = (1·−2 + 2·0.5) / 2 = −0.5
    // dB1 = (−2 + 0.5) / 2 = −0.75
    assertArrayEquals(new double[] {-0.5, -0.75, 0, -0.375}, gradients, Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void backward_noWeights_isPlainAMinusY(Precision precision) {
    double[] gradients = handNetGradients(precision, null);

    // dZ2 = A2 − Y = [−0.5; 0.5];  dB2 = 0;  dZ1 = 2·dZ2 = [−1; 1]
    // dW1 = (1·−1 + 2·1) / 2 = 0.5;  dB1 = (−1 + 1) / 2 = 0
    assertArrayEquals(new double[] {0.5, 0, 0, 0}, gradients, Tolerances.EXACT);
  }

  @Test
  void lossAndBackward_l2_addPenaltyAndDecay() {
    // 1-1logistic with W = 2, B = 0 on X = [0], Y = [1]: A = σ(0) = 0.5; λ = 0.5, m = 1
    Network net = network(Precision.FLOAT64, "1-1logistic", 2, 0);
    Matrix x = Matrices.of(Precision.FLOAT64, 1, 1, 0);
    Matrix y = Matrices.of(Precision.FLOAT64, 1, 1, 1);
    Workspace ws = net.workspace(1);

    net.forward(x, ws);
    double loss = net.loss(ws, y, null, 0.5);
    net.backward(x, y, null, 0.5, ws);

    // J = −ln 0.5 + λ/(2m)·W² = ln 2 + 0.25·4 = ln 2 + 1
    assertEquals(LN2 + 1, loss, Tolerances.EXACT);
    // dW = X·(A − Y) / m + λ/m·W = 0 + 0.5·2 = 1;  dB = (0.5 − 1) / 1 = −0.5
    assertArrayEquals(new double[] {1, -0.5}, gradients(ws), Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void forward_dropoutKeepOne_isIdenticalToNoDropout(Precision precision) {
    Network net =
        Network.create(
            Architecture.parse("3-5tanh-4sigmoid-2softmax"),
            Initializer.XAVIER,
            precision,
            Tolerances.SEED);
    Matrix x = Matrices.of(precision, 2, 3, 0.1, -0.7, 0.4, 0.9, 0.3, -0.2);
    Matrix y = Matrices.of(precision, 2, 2, 1, 0, 0, 1);
    Workspace plain = net.workspace(2);
    Workspace keepAll = net.workspace(2);
    keepAll.dropout(1.0, new SplittableRandom(Tolerances.SEED));

    double[] plainOut = passes(net, x, y, plain);
    double[] keepAllOut = passes(net, x, y, keepAll);

    assertArrayEquals(plainOut, keepAllOut);
  }

  @Test
  void forward_dropoutKeepHalf_changesTheResult() {
    // the counterpart of the test above: the comparison there would notice real dropout
    Network net =
        Network.create(
            Architecture.parse("3-5tanh-4sigmoid-2softmax"),
            Initializer.XAVIER,
            Precision.FLOAT64,
            Tolerances.SEED);
    Matrix x = Matrices.of(Precision.FLOAT64, 2, 3, 0.1, -0.7, 0.4, 0.9, 0.3, -0.2);
    Matrix y = Matrices.of(Precision.FLOAT64, 2, 2, 1, 0, 0, 1);
    Workspace plain = net.workspace(2);
    Workspace half = net.workspace(2);
    half.dropout(0.5, new SplittableRandom(Tolerances.SEED));

    double[] plainOut = passes(net, x, y, plain);
    double[] halfOut = passes(net, x, y, half);

    assertFalse(Arrays.equals(plainOut, halfOut));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void predict_manyRows_sameBitsAsOneRowAtATime(Precision precision) {
    // given: the chapter's MNIST net and 600 image-like rows (zero borders, as in MNIST), more
    // than one block, so that blocks go to both threads and the last one is short
    Architecture arch = Architecture.parse("784-64sigmoid-16tanh-10softmax");
    Network net = Network.create(arch, Initializer.XAVIER, precision, Tolerances.SEED);
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int rows = 600;
    float[] x = new float[rows * 784];
    for (int i = 0; i < x.length; i++) {
      int column = i % 784;
      boolean border = column < 56 || column >= 728 || column % 28 < 2 || column % 28 >= 26;
      x[i] = border || random.nextBoolean() ? 0f : (float) random.nextDouble();
    }

    // when
    float[] together = net.predict(x, rows);
    float[] alone = new float[rows * 10];
    for (int r = 0; r < rows; r++) {
      float[] one = net.predict(Arrays.copyOfRange(x, r * 784, (r + 1) * 784), 1);
      System.arraycopy(one, 0, alone, r * 10, 10);
    }

    // then: every row's outputs are the same bits, whatever block and thread computed them
    assertArrayEquals(alone, together);
  }

  @Test
  void predict_noRows_returnsNoOutputs() {
    Network net = network(Precision.FLOAT32, "2-1logistic", 0, 0, 0);

    float[] out = net.predict(new float[0], 0);

    assertEquals(0, out.length);
  }

  @Test
  void forward_wrongInputWidth_namesBothWidths() {
    Network net = network(Precision.FLOAT32, "2-1logistic", 0, 0, 0);
    Matrix x = Matrix.zeros(Precision.FLOAT32, 1, 3);
    Workspace ws = net.workspace(1);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.forward(x, ws));

    assertEquals("input width 3 does not match the network's 2", e.getMessage());
  }

  @Test
  void of_wrongParameterShape_namesItAndTheNeededShape() {
    Architecture arch = Architecture.parse("2-3s-1logistic");
    List<Matrix> params =
        List.of(
            Matrix.zeros(Precision.FLOAT64, 3, 2),
            Matrix.zeros(Precision.FLOAT64, 1, 3),
            Matrix.zeros(Precision.FLOAT64, 3, 1),
            Matrix.zeros(Precision.FLOAT64, 1, 1));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Network.of(arch, Precision.FLOAT64, params));

    assertEquals("W1 has shape [3, 2]; the architecture needs [2, 3]", e.getMessage());
  }

  @Test
  void copy_thenChangeOriginal_leavesCopyAlone() {
    Network net = network(Precision.FLOAT32, "1-1logistic", 0.5, 0.25);
    Network copy = net.copy();

    net.parameters().get(0).set(0, 0, 9);

    assertEquals(0.5, copy.parameters().get(0).get(0, 0));
  }

  @Test
  void workspace_zeroCapacity_isRefused() {
    Network net = network(Precision.FLOAT32, "1-1logistic", 0.5, 0.25);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.workspace(0));

    assertEquals("batch capacity 0 must be >= 1", e.getMessage());
  }

  @Test
  void dropout_keepOutsideRange_isRefused() {
    Workspace ws = network(Precision.FLOAT32, "1-1logistic", 0.5, 0.25).workspace(1);
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ws.dropout(0, random));

    assertEquals("dropout keep probability 0.0 must be in (0, 1]", e.getMessage());
  }

  /** A network of {@code spec} whose parameters, W1, B1, W2, B2, ... row-major, are given. */
  private static Network network(Precision precision, String spec, double... values) {
    Architecture arch = Architecture.parse(spec);
    Network zeros = Network.create(arch, Initializer.ZERO, precision, Tolerances.SEED);
    int next = 0;
    for (Matrix p : zeros.parameters()) {
      for (int r = 0; r < p.rows(); r++) {
        for (int c = 0; c < p.cols(); c++) {
          p.set(r, c, values[next++]);
        }
      }
    }
    return zeros;
  }

  /**
   * dW1, dB1, dW2, dB2 of 1-1identity-1logistic with W1 = 0, B1 = 0, W2 = 2, B2 = 0 on X = [1; 2],
   * Y = [1; 0]: there A1 = 0, Z2 = 0 and A2 = σ(0) = 0.5 for both rows.
   */
  private static double[] handNetGradients(Precision precision, double[] rowWeights) {
    Network net = network(precision, "1-1identity-1logistic", 0, 0, 2, 0);
    Matrix x = Matrices.of(precision, 2, 1, 1, 2);
    Matrix y = Matrices.of(precision, 2, 1, 1, 0);
    Workspace ws = net.workspace(2);
    net.forward(x, ws);
    net.backward(x, y, rowWeights, 0, ws);
    return gradients(ws);
  }

  /** Every gradient of the last backward pass, dW1, dB1, dW2, ..., flattened. */
  private static double[] gradients(Workspace ws) {
    return ws.gradients().stream().flatMapToDouble(g -> Arrays.stream(g.toDoubleArray())).toArray();
  }

  /** One forward and backward pass; returns the outputs followed by every gradient. */
  private static double[] passes(Network net, Matrix x, Matrix y, Workspace ws) {
    double[] out = net.forward(x, ws).toDoubleArray();
    net.backward(x, y, null, 0, ws);
    double[] grads = gradients(ws);
    double[] all = Arrays.copyOf(out, out.length + grads.length);
    System.arraycopy(grads, 0, all, out.length, grads.length);
    return all;
  }
}
