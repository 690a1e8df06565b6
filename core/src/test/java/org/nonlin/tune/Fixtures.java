package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.data.Normalizer;
import org.nonlin.data.PlaneProblems;
import org.nonlin.data.SineCurve;
import org.nonlin.data.Split;
import org.nonlin.data.Splits;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** Small seeded problems and checks shared by this package's tests. */
final class Fixtures {

  /** Training rows of the 1-4-1 sine fit. */
  static final int SINE_TRAIN = 1000;

  /** Validation rows of the 1-4-1 sine fit. */
  static final int SINE_VALIDATION = 200;

  private Fixtures() {}

  /** The sine-curve training rows, seeded with {@link Tolerances#SEED}. */
  static Dataset sineTrain() {
    return SineCurve.dataset(SINE_TRAIN, Tolerances.SEED);
  }

  /** The sine-curve validation rows, from the next seed. */
  static Dataset sineValidation() {
    return SineCurve.dataset(SINE_VALIDATION, Tolerances.SEED + 1);
  }

  /** A Xavier-initialised float64 network of {@code spec}, seeded with {@link Tolerances#SEED}. */
  static Network network(String spec) {
    return Network.create(
        Architecture.parse(spec), Initializer.XAVIER, Precision.FLOAT64, Tolerances.SEED);
  }

  /** The double arc (200 rows, 40 held out), min-max normalised on the training part. */
  static Split doubleArc() {
    Split split =
        Splits.holdOut(PlaneProblems.doubleArc(200, Tolerances.SEED), 40, Tolerances.SEED);
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, split.train());
    return new Split(normalizer.apply(split.train()), normalizer.apply(split.test()));
  }

  /** Every parameter of {@code network}, W1, B1, W2, ..., as exact doubles. */
  static List<double[]> parameters(Network network) {
    List<double[]> values = new ArrayList<>();
    for (Matrix m : network.parameters()) {
      values.add(m.toDoubleArray());
    }
    return values;
  }

  /** Fails unless both lists hold the same bits. */
  static void assertBitIdentical(List<double[]> expected, List<double[]> actual) {
    assertTrue(expected.size() == actual.size(), "parameter counts differ");
    for (int i = 0; i < expected.size(); i++) {
      double[] e = expected.get(i);
      double[] a = actual.get(i);
      assertTrue(e.length == a.length, "parameter " + i + " changed shape");
      for (int j = 0; j < e.length; j++) {
        int index = j;
        assertTrue(
            Double.doubleToRawLongBits(e[j]) == Double.doubleToRawLongBits(a[j]),
            () -> "parameter " + index + " changed: " + e[index] + " -> " + a[index]);
      }
    }
  }

  /** Fails unless {@code error}'s message contains every one of {@code parts}. */
  static void assertMentions(Throwable error, String... parts) {
    for (String part : parts) {
      assertTrue(
          error.getMessage().contains(part),
          () -> "message '" + error.getMessage() + "' should mention '" + part + "'");
    }
  }
}
