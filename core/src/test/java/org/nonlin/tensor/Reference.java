package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

/**
 * Plain loops that the kernels are checked against, written in the most obvious way in float64 over
 * the values a matrix actually holds (so a float32 matrix is compared after its inputs were
 * rounded, and only the kernel's own arithmetic differs).
 */
final class Reference {

  private Reference() {}

  /** A matrix of the given shape with values uniform in [−1, 1). */
  static Matrix random(Precision precision, int rows, int cols, SplittableRandom random) {
    Matrix m = Matrix.zeros(precision, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        m.set(r, c, 2 * random.nextDouble() - 1);
      }
    }
    return m;
  }

  /** The rows in use of {@code m} as a fresh 2-D array. */
  static double[][] values(Matrix m) {
    double[][] v = new double[m.rows()][m.cols()];
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        v[r][c] = m.get(r, c);
      }
    }
    return v;
  }

  /** {@code alpha·op(a)·op(b) + beta·c} by the textbook triple loop. */
  static double[][] product(
      Matrix a, boolean ta, Matrix b, boolean tb, double alpha, double beta, Matrix c) {
    int rows = ta ? a.cols() : a.rows();
    int inner = ta ? a.rows() : a.cols();
    int cols = tb ? b.rows() : b.cols();
    double[][] out = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double sum = 0;
        for (int p = 0; p < inner; p++) {
          double x = ta ? a.get(p, i) : a.get(i, p);
          double y = tb ? b.get(j, p) : b.get(p, j);
          sum += x * y;
        }
        out[i][j] = alpha * sum + beta * c.get(i, j);
      }
    }
    return out;
  }

  /** Asserts that {@code actual} holds {@code expected} within the precision's tolerance. */
  static void assertMatches(double[][] expected, Matrix actual, String context) {
    assertEquals(expected.length, actual.rows(), context + ": rows");
    double tolerance = Matrices.tolerance(actual.precision());
    for (int r = 0; r < expected.length; r++) {
      assertEquals(expected[r].length, actual.cols(), context + ": cols");
      for (int c = 0; c < expected[r].length; c++) {
        assertEquals(
            expected[r][c], actual.get(r, c), tolerance, context + " at [" + r + ", " + c + "]");
      }
    }
  }
}
