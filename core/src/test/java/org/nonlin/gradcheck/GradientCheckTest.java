package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nonlin.nn.Activation;
import org.nonlin.nn.Activations;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Architecture.LayerSpec;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.nn.Output;
import org.nonlin.nn.Workspace;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;
import org.nonlin.train.DivergenceException;

class GradientCheckTest {

  private static final String COURSE_EXAMPLE = "7-16sigmoid-12tanh-10softmax";

  static Stream<Arguments> everyActivationOutputDepthAndL2() {
    List<Activation> activations =
        List.of(
            Activations.SIGMOID,
            Activations.TANH,
            Activations.RELU,
            Activations.leakyRelu(Activations.DEFAULT_LEAK),
            Activations.IDENTITY);
    List<Arguments> cases = new ArrayList<>();
    for (Output output : Output.values()) {
      for (double l2 : new double[] {0, 0.5}) {
        cases.add(Arguments.of(Architecture.of(4, List.of(), 3, output), l2));
        for (Activation f : activations) {
          List<LayerSpec> one = List.of(new LayerSpec(5, f));
          List<LayerSpec> two = List.of(new LayerSpec(5, f), new LayerSpec(4, f));
          cases.add(Arguments.of(Architecture.of(4, one, 3, output), l2));
          cases.add(Arguments.of(Architecture.of(4, two, 3, output), l2));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, L2 {1}")
  @MethodSource("everyActivationOutputDepthAndL2")
  void run_everyActivationOutputDepthAndL2_isCorrect(Architecture arch, double l2) {
    // given a seeded Xavier net; ReLU kinks may at worst make it acceptable
    Network network = Fixtures.network(arch);
    boolean kinked = !GradientCheck.isSmooth(arch);

    // when
    GradientCheckReport report = GradientCheck.run(network, Fixtures.builder().l2(l2).build());

    // then
    assertTrue(report.diff() < Tolerances.GRADIENT, report::toTable);
    assertTrue(report.passed(kinked), report::toTable);
    for (GroupResult g : report.groups()) {
      assertTrue(g.verdict().passes(kinked), g.name() + "\n" + report.toTable());
    }
  }

  @Test
  void run_courseExampleWithDefaultStep_givesAbout1eMinus10() {
    // given the course's 7-16-12-10 sigmoid/tanh/softmax net
    Network network = Fixtures.network(COURSE_EXAMPLE);

    // when
    GradientCheckReport report = GradientCheck.run(network, Fixtures.options());

    // then diff lies within a factor 10 of 1e-10 (measured 1.4e-10), every parameter checked
    assertTrue(report.diff() > 1e-11 && report.diff() < 1e-9, report::toTable);
    assertEquals(Verdict.CORRECT, report.verdict());
    assertEquals(7 * 16 + 16 + 16 * 12 + 12 + 12 * 10 + 10, report.checkedParameters());
    assertEquals(report.totalParameters(), report.checkedParameters());
  }

  @Test
  void run_courseExampleWithCourseSteps_matchesTheCourseFigures() {
    // given the course's figures: about 6e-6 with h = 0.01 and 6e-10 with h = 1e-4
    Network network = Fixtures.network(COURSE_EXAMPLE);

    // when
    double coarse = GradientCheck.run(network, Fixtures.builder().step(1e-2).build()).diff();
    double fine = GradientCheck.run(network, Fixtures.builder().step(1e-4).build()).diff();

    // then each within a factor 10 (measured 5.7e-6 and 5.7e-10: truncation error falls as h²)
    assertTrue(coarse > 6e-7 && coarse < 6e-5, "h = 0.01 gave " + coarse);
    assertTrue(fine > 6e-11 && fine < 6e-9, "h = 1e-4 gave " + fine);
  }

  @Test
  void run_float32Network_isCheckedInFloat64AndLeftUnchanged() {
    // given
    Network network =
        Network.create(
            Architecture.parse(COURSE_EXAMPLE),
            Initializer.XAVIER,
            Precision.FLOAT32,
            Tolerances.SEED);
    List<float[]> before = snapshot(network);

    // when
    GradientCheckReport report = GradientCheck.run(network, Fixtures.options());

    // then
    assertEquals(Verdict.CORRECT, report.verdict(), report::toTable);
    List<float[]> after = snapshot(network);
    for (int i = 0; i < before.size(); i++) {
      assertTrue(Arrays.equals(before.get(i), after.get(i)), "parameter " + i);
    }
  }

  @Test
  void run_afterTrainingSteps_equalsACheckOfTheNetworkTrainedByHand() {
    // given k = 5 plain gradient steps at η = 0.5 with L2, taken here with the Network API
    Network network = Fixtures.network("3-6tanh-5sigmoid-4softmax");
    CheckData data = Fixtures.data(network);
    GradientCheckOptions options = Fixtures.builder().l2(0.1).build();
    Network trained = trainByHand(network, data, 0.1, 5, 0.5);

    // when
    GradientCheckReport viaOption =
        GradientCheck.run(network, data, options.toBuilder().training(5, 0.5).build());
    GradientCheckReport byHand = GradientCheck.run(trained, data, options);
    GradientCheckReport atStart = GradientCheck.run(network, data, options);

    // then the option takes the same steps, bit for bit, and the weights did move
    assertEquals(byHand.groups(), viaOption.groups());
    assertEquals(byHand.worst(), viaOption.worst());
    assertEquals(5, viaOption.trainingSteps());
    assertNotEquals(atStart.worst(), viaOption.worst());
    assertEquals(Verdict.CORRECT, viaOption.verdict(), viaOption::toTable);
  }

  @Test
  void run_trainingStepsThatDiverge_throwNamingTheStep() {
    // given a regression net and an absurd learning rate
    Network network = Fixtures.network("3-8identity-8identity-2identity");
    GradientCheckOptions options = Fixtures.builder().training(200, 1e3).build();

    // when / then
    assertThrows(DivergenceException.class, () -> GradientCheck.run(network, options));
  }

  @Test
  void run_anyNetwork_reportsDropoutOffAndTheSettings() {
    // given
    Network network = Fixtures.network("2-3relu-2softmax");

    // when
    GradientCheckReport report = GradientCheck.run(network, Fixtures.builder().l2(0.25).build());

    // then
    assertTrue(report.dropoutOff());
    assertFalse(report.smooth());
    assertEquals(GradientCheckOptions.DEFAULT_STEP, report.step());
    assertEquals(0.25, report.l2());
    assertEquals(CheckData.DEFAULT_SAMPLES, report.samples());
    assertEquals("2-3relu-2softmax", report.architecture());
  }

  @Test
  void run_worstList_isSortedByAbsoluteErrorAndCapped() {
    // given
    Network network = Fixtures.network(COURSE_EXAMPLE);

    // when
    GradientCheckReport report =
        GradientCheck.run(network, Fixtures.builder().worstCount(4).build());

    // then
    List<ParameterResult> worst = report.worst();
    assertEquals(4, worst.size());
    List<Double> errors = new ArrayList<>();
    for (ParameterResult p : worst) {
      errors.add(p.absoluteError());
    }
    List<Double> sorted = new ArrayList<>(errors);
    sorted.sort(Collections.reverseOrder());
    assertEquals(sorted, errors);
  }

  @Test
  void run_dataOfTheWrongWidth_throwsNamingBoth() {
    // given
    Network network = Fixtures.network("3-4tanh-2softmax");
    CheckData data = CheckData.random(Architecture.parse("4-2softmax"), 2, Tolerances.SEED);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GradientCheck.run(network, data, Fixtures.options()));

    // then
    assertTrue(e.getMessage().contains("4 inputs"), e.getMessage());
  }

  private static Network trainByHand(
      Network network, CheckData data, double l2, int steps, double learningRate) {
    Network net = network.copy(Precision.FLOAT64);
    Workspace ws = net.workspace(data.rows());
    Matrix x = data.x();
    Matrix y = data.y();
    for (int s = 0; s < steps; s++) {
      net.forward(x, ws);
      net.backward(x, y, null, l2, ws);
      List<Matrix> params = net.parameters();
      List<Matrix> grads = ws.gradients();
      for (int i = 0; i < params.size(); i++) {
        params.get(i).axpy(-learningRate, grads.get(i));
      }
    }
    return net;
  }

  private static List<float[]> snapshot(Network network) {
    List<float[]> values = new ArrayList<>();
    for (Matrix p : network.parameters()) {
      values.add(p.toFloatArray());
    }
    return values;
  }
}
