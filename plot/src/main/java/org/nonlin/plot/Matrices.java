package org.nonlin.plot;

/** Copies and checks of the small matrices charts take (row-major, {@code m[row][column]}). */
final class Matrices {

  private Matrices() {}

  /**
   * A deep copy of a rectangular matrix.
   *
   * @param what the matrix's name in messages
   * @throws IllegalArgumentException if it has no cell or rows differ in length
   */
  static double[][] copy(double[][] matrix, String what) {
    if (matrix.length == 0 || matrix[0].length == 0) {
      throw new IllegalArgumentException(what + " must have at least 1 x 1 cells");
    }
    double[][] copy = new double[matrix.length][];
    for (int r = 0; r < matrix.length; r++) {
      if (matrix[r].length != matrix[0].length) {
        throw new IllegalArgumentException(
            what
                + " row "
                + r
                + " has "
                + matrix[r].length
                + " cells, row 0 has "
                + matrix[0].length);
      }
      copy[r] = matrix[r].clone();
    }
    return copy;
  }

  /** The matrix of ints as doubles, rows kept as they are (ragged rows stay ragged). */
  static double[][] toDouble(int[][] matrix) {
    double[][] converted = new double[matrix.length][];
    for (int r = 0; r < matrix.length; r++) {
      converted[r] = new double[matrix[r].length];
      for (int c = 0; c < matrix[r].length; c++) {
        converted[r][c] = matrix[r][c];
      }
    }
    return converted;
  }
}
