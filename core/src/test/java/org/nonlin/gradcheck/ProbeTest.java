package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.testing.Tolerances;

class ProbeTest {

  @Test
  void centralDifference_anyEntry_restoresEveryParameterBitForBit() {
    // given
    Network network = Fixtures.network("3-4sigmoid-2logistic");
    Probe probe = new Probe(network.copy(), Fixtures.data(network), 0.3);
    List<Matrix> params = probe.parameters();
    double[] before = params.get(0).toDoubleArray();

    // when
    probe.centralDifference(params.get(0), 2, 3, 1e-3);

    // then
    assertArrayEquals(before, params.get(0).toDoubleArray());
  }

  @Test
  void centralDifference_quadraticL2Term_isExactForTheWeightPart() {
    // given J = λ/(2m)·Σ‖W‖² only: a one-layer identity net with zero targets and zero inputs, so
    // the data term ½·Σ(0·W + B − 0)² does not depend on W; ∂J/∂W[0,0] = λ/m·W[0,0]
    Network network = Fixtures.network("2-1identity");
    Matrix zeros = Matrix.zeros(network.precision(), 4, 2);
    CheckData data = CheckData.of(zeros, Matrix.zeros(network.precision(), 4, 1));
    double l2 = 0.8;
    Probe probe = new Probe(network.copy(), data, l2);
    double w = probe.parameters().get(0).get(0, 0);

    // when
    double approx = probe.centralDifference(probe.parameters().get(0), 0, 0, 1e-3);

    // then a central difference of a quadratic has no truncation error: 0.8 / 4 · w
    assertEquals(l2 / 4 * w, approx, Tolerances.EXACT);
  }
}
