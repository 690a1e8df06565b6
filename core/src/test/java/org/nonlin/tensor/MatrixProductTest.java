package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nonlin.testing.Tolerances;

/**
 * The three product forms {@code a·b}, {@code aᵀ·b} and {@code a·bᵀ} against the textbook triple
 * loop, in both precisions, over edge shapes (one row, one column, inner length 1, inner lengths
 * around the 4-way unrolling of {@code a·bᵀ}) and seeded random shapes.
 */
class MatrixProductTest {

  /** {rows, inner, cols} of the result {@code op(a)·op(b)}. */
  private static final int[][] EDGE_SHAPES = {
    {1, 1, 1},
    {1, 5, 1},
    {1, 1, 7},
    {7, 1, 1},
    {1, 8, 9},
    {9, 8, 1},
    {3, 3, 3},
    {2, 4, 3},
    {5, 5, 2},
    {4, 7, 6},
    {6, 9, 5},
    {13, 12, 11}
  };

  /** {alpha, beta} pairs covering the kernels' three beta branches (0, 1 and any other). */
  private static final double[][] COEFFICIENTS = {{1, 0}, {0.75, -0.5}, {-2, 1}};

  private static final int RANDOM_SHAPES = 20;

  private static final int MAX_SIDE = 17;

  /** The product forms the kernels implement. */
  enum Form {
    A_B(false, false),
    AT_B(true, false),
    A_BT(false, true);

    final boolean ta;
    final boolean tb;

    Form(boolean ta, boolean tb) {
      this.ta = ta;
      this.tb = tb;
    }

    Matrix left(Precision p, int rows, int inner, SplittableRandom random) {
      return ta
          ? Reference.random(p, inner, rows, random)
          : Reference.random(p, rows, inner, random);
    }

    Matrix right(Precision p, int inner, int cols, SplittableRandom random) {
      return tb
          ? Reference.random(p, cols, inner, random)
          : Reference.random(p, inner, cols, random);
    }
  }

  static Stream<Arguments> formsAndPrecisions() {
    List<Arguments> cases = new ArrayList<>();
    for (Precision precision : Precision.values()) {
      for (Form form : Form.values()) {
        cases.add(Arguments.of(precision, form));
      }
    }
    return cases.stream();
  }

  private static List<int[]> shapes() {
    List<int[]> shapes = new ArrayList<>(List.of(EDGE_SHAPES));
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    for (int i = 0; i < RANDOM_SHAPES; i++) {
      shapes.add(
          new int[] {
            1 + random.nextInt(MAX_SIDE), 1 + random.nextInt(MAX_SIDE), 1 + random.nextInt(MAX_SIDE)
          });
    }
    return shapes;
  }

  @ParameterizedTest
  @MethodSource("formsAndPrecisions")
  void multiply_everyShapeAndCoefficient_matchesTripleLoop(Precision precision, Form form) {
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int[] shape : shapes()) {
      for (double[] coefficients : COEFFICIENTS) {
        Matrix a = form.left(precision, shape[0], shape[1], random);
        Matrix b = form.right(precision, shape[1], shape[2], random);
        Matrix c = Reference.random(precision, shape[0], shape[2], random);
        double[][] expected =
            Reference.product(a, form.ta, b, form.tb, coefficients[0], coefficients[1], c);

        c.multiply(a, form.ta, b, form.tb, coefficients[0], coefficients[1]);

        Reference.assertMatches(
            expected,
            c,
            form
                + " "
                + shape[0]
                + "x"
                + shape[1]
                + "x"
                + shape[2]
                + " alpha "
                + coefficients[0]
                + " beta "
                + coefficients[1]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formsAndPrecisions")
  void multiply_betaZero_ignoresNaNInTheOldResult(Precision precision, Form form) {
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    Matrix a = form.left(precision, 3, 5, random);
    Matrix b = form.right(precision, 5, 4, random);
    Matrix c = Matrix.zeros(precision, 3, 4);
    c.fill(Double.NaN);
    double[][] expected =
        Reference.product(a, form.ta, b, form.tb, 1, 0, Matrix.zeros(precision, 3, 4));

    c.multiply(a, form.ta, b, form.tb, 1, 0);

    Reference.assertMatches(expected, c, form + " over NaN with beta 0");
  }

  @ParameterizedTest
  @MethodSource("formsAndPrecisions")
  void multiply_smallerBatchInLargerBuffers_usesOnlyTheRowsInUse(Precision precision, Form form) {
    // buffers for 8 samples hold a last mini-batch of 3, as in X·W, Aᵀ·dZ and dZ·Wᵀ; the 5 spare
    // rows hold values that must not reach the result
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    Matrix a = batchOf3(Reference.random(precision, 8, 5, random));
    Matrix b =
        form == Form.AT_B
            ? batchOf3(Reference.random(precision, 8, 4, random))
            : form.right(precision, 5, 4, random);
    Matrix c =
        form == Form.AT_B
            ? Reference.random(precision, 5, 4, random)
            : batchOf3(Reference.random(precision, 8, 4, random));
    double[][] expected = Reference.product(a, form.ta, b, form.tb, 1, 0, c);

    c.multiply(a, form.ta, b, form.tb, 1, 0);

    Reference.assertMatches(expected, c, form + " on 3 of 8 rows");
  }

  private static Matrix batchOf3(Matrix m) {
    m.useRows(3);
    return m;
  }

  @Test
  void multiply_innerDimensionsDisagree_namesBothShapes() {
    Matrix a = new FloatMatrix(2, 3);
    Matrix b = new FloatMatrix(4, 5);
    Matrix c = new FloatMatrix(2, 5);

    ShapeException e =
        assertThrows(ShapeException.class, () -> c.multiply(a, false, b, false, 1, 0));

    assertTrue(e.getMessage().contains("a·b"), e.getMessage());
    assertTrue(e.getMessage().contains("[2, 3]"), e.getMessage());
    assertTrue(e.getMessage().contains("[4, 5]"), e.getMessage());
  }

  @Test
  void multiply_resultShapeDisagrees_namesOperandsAndResult() {
    Matrix a = new DoubleMatrix(3, 2);
    Matrix b = new DoubleMatrix(3, 4);
    Matrix c = new DoubleMatrix(2, 2);

    ShapeException e =
        assertThrows(ShapeException.class, () -> c.multiply(a, true, b, false, 1, 0));

    assertTrue(e.getMessage().contains("aᵀ·b into 2x2"), e.getMessage());
    assertTrue(e.getMessage().contains("[3, 2]"), e.getMessage());
    assertTrue(e.getMessage().contains("[3, 4]"), e.getMessage());
  }

  @Test
  void multiply_bothTransposed_isRefused() {
    Matrix a = new DoubleMatrix(2, 2);
    Matrix c = new DoubleMatrix(2, 2);

    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> c.multiply(a, true, a, true, 1, 0));

    assertEquals("op(a)ᵀ·op(b)ᵀ is not supported; transpose the sum", e.getMessage());
  }

  @Test
  void multiply_mixedPrecisions_namesBoth() {
    Matrix a = new FloatMatrix(2, 2);
    Matrix b = new DoubleMatrix(2, 2);
    Matrix c = new FloatMatrix(2, 2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> c.multiply(a, false, b, false, 1, 0));

    assertTrue(e.getMessage().contains("float32"), e.getMessage());
    assertTrue(e.getMessage().contains("float64"), e.getMessage());
  }

  @Test
  void multiply_resultIsAnOperand_isRefused() {
    Matrix a = new FloatMatrix(2, 2);
    Matrix c = new FloatMatrix(2, 2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> c.multiply(a, false, c, false, 1, 0));

    assertTrue(e.getMessage().contains("one of its operands"), e.getMessage());
  }
}
