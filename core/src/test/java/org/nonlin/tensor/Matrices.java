package org.nonlin.tensor;

import org.nonlin.testing.Tolerances;

/** Builds small matrices for hand-computed examples in the tests of every package. */
public final class Matrices {

  private Matrices() {}

  /** A {@code rows x cols} matrix of {@code precision} holding {@code values} row-major. */
  public static Matrix of(Precision precision, int rows, int cols, double... values) {
    if (values.length != rows * cols) {
      throw new IllegalArgumentException(
          values.length + " values do not fill a " + rows + "x" + cols + " matrix");
    }
    Matrix m = Matrix.zeros(precision, rows, cols);
    for (int i = 0; i < values.length; i++) {
      m.set(i / cols, i % cols, values[i]);
    }
    return m;
  }

  /**
   * The tolerance for comparing a result of {@code precision} with a float64 or hand computation:
   * {@link Tolerances#EXACT} for float64, {@link Tolerances#FLOAT} for float32.
   */
  public static double tolerance(Precision precision) {
    return precision == Precision.FLOAT64 ? Tolerances.EXACT : Tolerances.FLOAT;
  }
}
