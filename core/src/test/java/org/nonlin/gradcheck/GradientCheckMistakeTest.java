package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nonlin.nn.Activation;
import org.nonlin.nn.Activations;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Architecture.LayerSpec;
import org.nonlin.nn.Network;
import org.nonlin.nn.Output;
import org.nonlin.tensor.Matrix;
import org.nonlin.testing.Tolerances;

/** Planted backprop mistakes must each be flagged wrong, in the right layer. */
class GradientCheckMistakeTest {

  /** Sigmoid whose derivative is written {@code a} instead of {@code a(1 − a)}. */
  private static final Activation SIGMOID_WITHOUT_ONE_MINUS_A =
      new Activation() {
        @Override
        public String name() {
          return "sigmoidwrong";
        }

        @Override
        public double value(double z) {
          return Activations.SIGMOID.value(z);
        }

        @Override
        public double derivative(double z, double a) {
          return a;
        }
      };

  @Test
  void run_wrongSigmoidDerivativeInHiddenLayer2_flagsThatLayerAndTheOnesBelow() {
    // given 4-5tanh-6(wrong sigmoid)-5tanh-3softmax: the mistake enters dZ2, so dW2, dB2 and,
    // through dA1 = dZ2·W2ᵀ, dW1 and dB1 are wrong; dW3 = A2ᵀ·dZ3 and the output layer are not
    Architecture arch =
        Architecture.of(
            4,
            List.of(
                new LayerSpec(5, Activations.TANH),
                new LayerSpec(6, SIGMOID_WITHOUT_ONE_MINUS_A),
                new LayerSpec(5, Activations.TANH)),
            3,
            Output.SOFTMAX);
    Network network = Fixtures.network(arch);

    // when
    GradientCheckReport report = GradientCheck.run(network, Fixtures.options());

    // then
    assertEquals(Verdict.WRONG, report.verdict(), report::toTable);
    for (String name : List.of("W1", "B1", "W2", "B2")) {
      assertEquals(Verdict.WRONG, report.group(name).verdict(), name + "\n" + report.toTable());
    }
    for (String name : List.of("W3", "B3", "W4", "B4")) {
      assertEquals(Verdict.CORRECT, report.group(name).verdict(), name + "\n" + report.toTable());
    }
    for (ParameterResult p : report.worst()) {
      assertTrue(Set.of("W1", "B1", "W2", "B2").contains(p.group()), report::toTable);
    }
  }

  @Test
  void run_missingOneOverMInB2_flagsOnlyB2() {
    // given dB2 = Σ dZ2 without the 1/m: the true gradient times m
    Network network = Fixtures.network("4-5tanh-6sigmoid-3softmax");
    CheckData data = Fixtures.data(network);

    // when
    GradientCheckReport report =
        GradientCheck.run(
            network, data, Fixtures.options(), grads -> grads.get(3).scale(data.rows()));

    // then diff(B2) = (m − 1)/(m + 1) = 7/9 for m = 8
    assertEquals(Verdict.WRONG, report.verdict(), report::toTable);
    assertEquals(Verdict.WRONG, report.group("B2").verdict(), report::toTable);
    assertEquals(7.0 / 9.0, report.group("B2").diff(), Tolerances.GRADIENT);
    assertOnlyWrong(report, "B2");
  }

  @Test
  void run_transposedProductInSquareW2_flagsOnlyW2() {
    // given dW2 (5x5) replaced by its transpose, as from dZ2ᵀ·A1 instead of A1ᵀ·dZ2
    Network network = Fixtures.network("4-5tanh-5tanh-3softmax");

    // when
    GradientCheckReport report =
        GradientCheck.run(
            network, Fixtures.data(network), Fixtures.options(), grads -> transpose(grads.get(2)));

    // then
    assertEquals(Verdict.WRONG, report.verdict(), report::toTable);
    assertOnlyWrong(report, "W2");
  }

  @Test
  void run_l2TermMissingFromBackprop_flagsEveryWeightButNoBias() {
    // given λ = 1 in J, but backprop's dW lacks λ/m·W (subtracted back out here)
    Network network = Fixtures.network("4-5tanh-6sigmoid-3softmax");
    CheckData data = Fixtures.data(network);
    double l2 = 1.0;
    List<Matrix> weights = network.parameters();

    // when
    GradientCheckReport report =
        GradientCheck.run(
            network,
            data,
            Fixtures.builder().l2(l2).build(),
            grads -> {
              for (int i = 0; i < grads.size(); i += 2) {
                grads.get(i).axpy(-l2 / data.rows(), weights.get(i));
              }
            });

    // then
    assertEquals(Verdict.WRONG, report.verdict(), report::toTable);
    for (GroupResult g : report.groups()) {
      Verdict expected = g.name().startsWith("W") ? Verdict.WRONG : Verdict.CORRECT;
      assertEquals(expected, g.verdict(), g.name() + "\n" + report.toTable());
    }
  }

  private static void assertOnlyWrong(GradientCheckReport report, String wrong) {
    for (GroupResult g : report.groups()) {
      Verdict expected = g.name().equals(wrong) ? Verdict.WRONG : Verdict.CORRECT;
      assertEquals(expected, g.verdict(), g.name() + "\n" + report.toTable());
    }
    List<ParameterResult> worst = report.worst();
    int top = Math.min(worst.size(), report.group(wrong).checked());
    for (ParameterResult p : worst.subList(0, top)) {
      assertEquals(wrong, p.group(), report::toTable);
    }
  }

  private static void transpose(Matrix square) {
    for (int r = 0; r < square.rows(); r++) {
      for (int c = r + 1; c < square.cols(); c++) {
        double upper = square.get(r, c);
        square.set(r, c, square.get(c, r));
        square.set(c, r, upper);
      }
    }
  }
}
