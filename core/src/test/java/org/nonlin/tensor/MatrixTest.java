package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nonlin.testing.Tolerances;

/** The non-product kernels of both precisions against plain loops and hand-computed values. */
class MatrixTest {

  @ParameterizedTest
  @EnumSource(Precision.class)
  void addRowVector_everyRow_gainsTheBias(Precision precision) {
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    Matrix z = Reference.random(precision, 5, 7, random);
    Matrix bias = Reference.random(precision, 1, 7, random);
    double[][] expected = Reference.values(z);
    for (double[] row : expected) {
      for (int c = 0; c < row.length; c++) {
        row[c] += bias.get(0, c);
      }
    }

    z.addRowVector(bias);

    Reference.assertMatches(expected, z, "Z + B");
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void columnSums_scaled_matchesLoopOverRowsInUse(Precision precision) {
    // 9 rows allocated, 4 in use: the sums must skip the 5 spare rows
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    Matrix dz = Reference.random(precision, 9, 6, random);
    dz.useRows(4);
    Matrix db = Reference.random(precision, 1, 6, random);
    double[][] expected = new double[1][6];
    for (int c = 0; c < 6; c++) {
      for (int r = 0; r < 4; r++) {
        expected[0][c] += dz.get(r, c);
      }
      expected[0][c] *= 0.25;
    }

    dz.columnSums(db, 0.25);

    Reference.assertMatches(expected, db, "Σ dZ / 4");
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void addRowVector_smallerBatch_leavesSpareRowsAlone(Precision precision) {
    Matrix z = Matrix.zeros(precision, 4, 2);
    z.useRows(1);
    Matrix bias = Matrix.zeros(precision, 1, 2);
    bias.fill(3);

    z.addRowVector(bias);

    z.useRows(4);
    assertArrayEquals(new float[] {3, 3, 0, 0, 0, 0, 0, 0}, z.toFloatArray());
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void elementwiseKernels_handExample_matchArithmetic(Precision precision) {
    Matrix m = Matrices.of(precision, 2, 2, 1, -2, 3, 0.5);
    Matrix other = Matrices.of(precision, 2, 2, 2, 4, -1, 8);

    m.hadamard(other); // [1·2, −2·4, 3·(−1), 0.5·8] = [2, −8, −3, 4]
    m.axpy(0.5, other); // [2 + 1, −8 + 2, −3 − 0.5, 4 + 4] = [3, −6, −3.5, 8]
    m.scale(-2); // [−6, 12, 7, −16]

    assertArrayEquals(new double[] {-6, 12, 7, -16}, m.toDoubleArray(), Tolerances.EXACT);
    // 36 + 144 + 49 + 256 = 485
    assertEquals(485, m.sumOfSquares(), Tolerances.EXACT);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void loadRows_fewerRowsThanCapacity_usesThemAndCopiesOut(Precision precision) {
    Matrix x = Matrix.zeros(precision, 5, 2);

    x.loadRows(new float[] {1, 2, 3, 4, 99, 99}, 2);

    assertEquals(2, x.rows());
    assertEquals(5, x.capacityRows());
    assertArrayEquals(new float[] {1, 2, 3, 4}, x.toFloatArray());
  }

  @Test
  void argmaxRows_tie_goesToFirst() {
    Matrix a = DoubleMatrix.of(3, 3, 0.2, 0.5, 0.3, 0.4, 0.4, 0.2, 0.1, 0.1, 0.8);

    int[] best = a.argmaxRows();

    assertArrayEquals(new int[] {1, 0, 2}, best);
  }

  @Test
  void argmaxRow_eachRow_matchesArgmaxRows() {
    Matrix a = FloatMatrix.of(2, 4, -1, -3, -0.5f, -2, 7, 7, 9, 9);

    int first = a.argmaxRow(0);
    int second = a.argmaxRow(1);

    // row 0: -0.5 is the largest, at index 2; row 1: the tie 9, 9 goes to index 2
    assertEquals(2, first);
    assertEquals(2, second);
    assertArrayEquals(new int[] {first, second}, a.argmaxRows());
  }

  @Test
  void to_otherPrecision_keepsValuesRoundedToFloat() {
    Matrix d = DoubleMatrix.of(1, 2, 0.1, -3);

    Matrix f = d.to(Precision.FLOAT32);

    assertEquals(Precision.FLOAT32, f.precision());
    assertEquals((float) 0.1, f.get(0, 0));
    assertEquals(-3, f.get(0, 1));
  }

  @Test
  void useRows_outsideCapacity_namesRange() {
    Matrix m = new FloatMatrix(8, 2);

    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> m.useRows(0));
    IllegalArgumentException nine =
        assertThrows(IllegalArgumentException.class, () -> m.useRows(9));

    assertEquals("row count 0 must be in [1, 8]", zero.getMessage());
    assertEquals("row count 9 must be in [1, 8]", nine.getMessage());
  }

  @Test
  void addRowVector_wrongWidth_namesBothShapes() {
    Matrix z = new DoubleMatrix(3, 4);
    Matrix bias = new DoubleMatrix(1, 5);

    ShapeException e = assertThrows(ShapeException.class, () -> z.addRowVector(bias));

    assertEquals("shapes do not fit for add row vector: [3, 4] and [1, 5]", e.getMessage());
  }

  @Test
  void columnSums_outputNotARow_namesBothShapes() {
    Matrix dz = new FloatMatrix(3, 4);
    Matrix db = new FloatMatrix(2, 4);

    ShapeException e = assertThrows(ShapeException.class, () -> dz.columnSums(db, 1));

    assertEquals("shapes do not fit for column sums: [3, 4] and [2, 4]", e.getMessage());
  }

  @Test
  void hadamard_differentShapes_namesBothShapes() {
    Matrix a = new FloatMatrix(2, 3);
    Matrix b = new FloatMatrix(3, 2);

    ShapeException e = assertThrows(ShapeException.class, () -> a.hadamard(b));

    assertEquals("shapes do not fit for hadamard product: [2, 3] and [3, 2]", e.getMessage());
  }

  @Test
  void constructor_noColumns_namesShape() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DoubleMatrix(3, 0));

    assertTrue(e.getMessage().contains("[3, 0]"), e.getMessage());
  }

  @Test
  void of_wrongValueCount_namesCountAndShape() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of(2, 2, 1, 2, 3));

    assertEquals("3 values do not fill a 2x2 matrix", e.getMessage());
  }

  @Test
  void parse_precisionNames_acceptAliasesAndRefuseOthers() {
    assertEquals(Precision.FLOAT32, Precision.parse(" F32 "));
    assertEquals(Precision.FLOAT64, Precision.parse("double"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Precision.parse("half"));

    assertTrue(e.getMessage().contains("'half'"), e.getMessage());
  }
}
