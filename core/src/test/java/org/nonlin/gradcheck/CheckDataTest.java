package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.tensor.DoubleMatrix;
import org.nonlin.tensor.Matrix;
import org.nonlin.testing.Tolerances;

class CheckDataTest {

  @Test
  void random_softmax_givesInputsInUnitIntervalAndOneHotRows() {
    // given
    Architecture arch = Architecture.parse("3-4softmax");

    // when
    CheckData data = CheckData.random(arch, 20, Tolerances.SEED);

    // then
    Matrix x = data.x();
    Matrix y = data.y();
    for (int r = 0; r < data.rows(); r++) {
      for (int c = 0; c < 3; c++) {
        assertTrue(x.get(r, c) >= 0 && x.get(r, c) < 1, "x at " + r + ", " + c);
      }
      double sum = 0;
      for (int c = 0; c < 4; c++) {
        assertTrue(y.get(r, c) == 0 || y.get(r, c) == 1, "y at " + r + ", " + c);
        sum += y.get(r, c);
      }
      assertEquals(1.0, sum, "one-hot row " + r);
    }
  }

  @Test
  void random_logistic_givesZeroOrOneTargets() {
    // given
    Architecture arch = Architecture.parse("3-2logistic");

    // when
    Matrix y = CheckData.random(arch, 20, Tolerances.SEED).y();

    // then
    for (double v : y.toDoubleArray()) {
      assertTrue(v == 0 || v == 1, "target " + v);
    }
  }

  @Test
  void random_sameSeed_givesTheSameSamples() {
    // given
    Architecture arch = Architecture.parse("3-2identity");

    // when
    CheckData first = CheckData.random(arch, 5, Tolerances.SEED);
    CheckData second = CheckData.random(arch, 5, Tolerances.SEED);

    // then
    assertArrayEquals(first.x().toDoubleArray(), second.x().toDoubleArray());
    assertArrayEquals(first.y().toDoubleArray(), second.y().toDoubleArray());
  }

  @Test
  void of_dataset_takesAtMostTheSampleCountWithOneHotTargets() {
    // given 6 rows of 2 features in 3 classes
    float[] x = {0, 0, 1, 0, 0, 1, 1, 1, 0.5f, 0.5f, 0.2f, 0.8f};
    int[] labels = {0, 1, 2, 0, 1, 2};
    Dataset dataset = Dataset.classification(x, 2, labels, null, List.of("a", "b", "c"));
    Architecture arch = Architecture.parse("2-4tanh-3softmax");

    // when
    CheckData data = CheckData.of(dataset, arch, 4, Tolerances.SEED);
    GradientCheckReport report =
        GradientCheck.run(Fixtures.network(arch), data, Fixtures.options());

    // then
    assertEquals(4, data.rows());
    assertEquals(4, report.samples());
    assertEquals(Verdict.CORRECT, report.verdict(), report::toTable);
  }

  @Test
  void of_datasetThatDoesNotFit_throws() {
    // given 2 classes for a 3-unit softmax
    Dataset dataset =
        Dataset.classification(
            new float[] {0, 1, 1, 0}, 2, new int[] {0, 1}, null, List.of("a", "b"));
    Architecture arch = Architecture.parse("2-3softmax");

    // when / then
    assertThrows(
        IllegalArgumentException.class, () -> CheckData.of(dataset, arch, 2, Tolerances.SEED));
  }

  @Test
  void of_matrices_checksInFloat64AndPasses() {
    // given regression data given as matrices
    Network network = Fixtures.network("2-3sigmoid-1identity");
    Matrix x = DoubleMatrix.of(3, 2, 0.1, 0.9, 0.4, 0.3, 0.8, 0.2);
    Matrix y = DoubleMatrix.of(3, 1, 1.5, -0.5, 0.25);

    // when
    GradientCheckReport report = GradientCheck.run(network, CheckData.of(x, y), Fixtures.options());

    // then
    assertEquals(3, report.samples());
    assertEquals(Verdict.CORRECT, report.verdict(), report::toTable);
  }

  @Test
  void of_matricesWithNaN_throwsNamingTheCell() {
    // given
    Matrix x = DoubleMatrix.of(2, 1, 0.5, Double.NaN);
    Matrix y = DoubleMatrix.of(2, 1, 1, 0);

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CheckData.of(x, y));

    // then
    assertTrue(e.getMessage().contains("row 1, column 0"), e.getMessage());
  }

  @Test
  void of_matricesWithDifferentRowCounts_throws() {
    // given
    Matrix x = DoubleMatrix.of(2, 1, 0.5, 0.2);
    Matrix y = DoubleMatrix.of(1, 1, 1);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> CheckData.of(x, y));
  }
}
