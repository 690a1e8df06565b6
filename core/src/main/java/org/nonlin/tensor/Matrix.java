package org.nonlin.tensor;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense row-major matrix in one of two precisions. Rows are samples, columns are features or
 * units, as in the chapter's {@code Z = X·W + B}.
 *
 * <p>A matrix is allocated once with a row capacity and may then use fewer rows ({@link #useRows});
 * the training loop uses this to run the last, smaller mini-batch of an epoch through the same
 * buffers instead of allocating new ones. Every operation checks shapes and throws a {@link
 * ShapeException} naming both; operands of different precision are rejected.
 *
 * <p>The network code is written once against this class; {@link FloatMatrix} and {@link
 * DoubleMatrix} hold the kernels for each width. Operations named as {@code this = ...} modify this
 * matrix and nothing else.
 */
public abstract sealed class Matrix permits FloatMatrix, DoubleMatrix {

  /** Number of columns; fixed. */
  protected final int cols;

  /** Number of rows in use; at most {@link #capacityRows}. */
  protected int rows;

  /** Number of rows the backing storage holds. */
  protected final int capacityRows;

  Matrix(int rows, int cols) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException(
          "matrix shape [" + rows + ", " + cols + "] must have at least 1 row and 1 column");
    }
    if ((long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "matrix shape [" + rows + ", " + cols + "] holds more than 2^31 values");
    }
    this.rows = rows;
    this.cols = cols;
    this.capacityRows = rows;
  }

  /** A zero matrix of the given precision and shape. */
  public static Matrix zeros(Precision precision, int rows, int cols) {
    return precision == Precision.FLOAT32
        ? new FloatMatrix(rows, cols)
        : new DoubleMatrix(rows, cols);
  }

  /** The precision of this matrix's storage and arithmetic. */
  public abstract Precision precision();

  /** Number of rows in use. */
  public final int rows() {
    return rows;
  }

  /** Number of columns. */
  public final int cols() {
    return cols;
  }

  /** Number of rows the storage can hold. */
  public final int capacityRows() {
    return capacityRows;
  }

  /** Uses the first {@code n} rows of the storage from now on; contents are kept. */
  public final void useRows(int n) {
    if (n < 1 || n > capacityRows) {
      throw new IllegalArgumentException(
          "row count " + n + " must be in [1, " + capacityRows + "]");
    }
    rows = n;
  }

  /** The shape as {rows, cols}. */
  public final int[] shape() {
    return new int[] {rows, cols};
  }

  /** Value at a row and column. */
  public abstract double get(int row, int col);

  /** Sets the value at a row and column (rounded to float for float32). */
  public abstract void set(int row, int col, double value);

  /** {@code this = value} everywhere in the rows in use. */
  public abstract void fill(double value);

  /** A new matrix of the same shape and precision holding the same values. */
  public abstract Matrix copy();

  /** A new matrix of the given precision holding this matrix's values. */
  public final Matrix to(Precision precision) {
    Matrix out = zeros(precision, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out.set(r, c, get(r, c));
      }
    }
    return out;
  }

  /** {@code this = other}; shapes must match. */
  public abstract void copyFrom(Matrix other);

  /**
   * Uses {@code n} rows and copies {@code n * cols()} values from {@code src} into them.
   *
   * @param src row-major values, at least {@code n * cols()} long
   */
  public abstract void loadRows(float[] src, int n);

  /** Copies the rows in use, row-major, into a new float array. */
  public abstract float[] toFloatArray();

  /** Copies the rows in use, row-major, into a new double array. */
  public abstract double[] toDoubleArray();

  /**
   * {@code this = alpha·op(a)·op(b) + beta·this}, where {@code op(M)} is {@code M} or its transpose
   * {@code Mᵀ} (read in place, never materialised). Both transposed at once is not supported.
   *
   * <p>Each element starts as {@code beta·this} (exactly 0 when beta is 0) and then takes {@code c
   * = fma(alpha·a_ip, b_pj, c)} ({@link Math#fma}: one rounding) for p ascending; a zero {@code
   * alpha·a_ip} contributes nothing, even against an infinite or NaN {@code b_pj}. The result is
   * the same for every thread count and, in float32, with or without the Vector API.
   *
   * @throws ShapeException when the inner dimensions or the result shape disagree
   * @throws IllegalArgumentException when {@code a} or {@code b} is this matrix: operands are read
   *     in place while the result is written
   */
  public abstract void multiply(
      Matrix a, boolean transposeA, Matrix b, boolean transposeB, double alpha, double beta);

  /** {@code this[r, c] += b[0, c]} for every row in use: adds a bias row to each sample. */
  public abstract void addRowVector(Matrix b);

  /** {@code out[0, c] = scale · Σ_r this[r, c]}: the column sums, as in {@code dB = Σ dZ / m}. */
  public abstract void columnSums(Matrix out, double scale);

  /** {@code this = this ⊙ other}, element by element. */
  public abstract void hadamard(Matrix other);

  /** {@code this = this + alpha·x}. */
  public abstract void axpy(double alpha, Matrix x);

  /** {@code this = alpha·this}. */
  public abstract void scale(double alpha);

  /** {@code Σ this[r, c]²} over the rows in use. */
  public abstract double sumOfSquares();

  /** {@code out = f(this)} element by element; {@code out} may be {@code this}. */
  public abstract void map(DoubleUnaryOperator f, Matrix out);

  /**
   * {@code this = this ⊙ f'(z, a)} element by element: turns an upstream gradient dA into dZ, with
   * the derivative given both the pre-activation z and the activation a = f(z).
   */
  public abstract void multiplyByDerivative(Matrix z, Matrix a, DoubleBinaryOperator derivative);

  /**
   * {@code out = σ(this) = 1 / (1 + e^−this)} element by element; {@code out} may be {@code this}.
   * float32 evaluates it in double precision with an exponential that agrees with {@link Math#exp}
   * to 2 ulp, then rounds; float64 uses {@link Math#exp}. NaN gives NaN, ±∞ give 1 and 0.
   */
  public abstract void sigmoid(Matrix out);

  /**
   * {@code out = tanh(this)} element by element; {@code out} may be {@code this}. Evaluated as
   * {@link #sigmoid} says; NaN gives NaN, ±∞ give ±1.
   */
  public abstract void tanh(Matrix out);

  /**
   * {@code this = this ⊙ a ⊙ (1 − a)}: the sigmoid's derivative written with its output {@code a},
   * the factor computed in double precision; turns dA into dZ.
   */
  public abstract void multiplyBySigmoidDerivative(Matrix a);

  /**
   * {@code this = this ⊙ (1 − a²)}: the derivative of tanh written with its output {@code a}, the
   * factor computed in double precision; turns dA into dZ.
   */
  public abstract void multiplyByTanhDerivative(Matrix a);

  /**
   * Row-wise softmax {@code out[r, c] = exp(this[r, c] − max_r) / Σ_j exp(this[r, j] − max_r)};
   * subtracting the row maximum keeps exp from overflowing. A row holding NaN gives NaN.
   */
  public abstract void softmaxRows(Matrix out);

  /**
   * One Adam step (Kingma and Ba, 2015) on this parameter matrix, all element by element: {@code m
   * = β1·m + (1−β1)·g}, {@code v = β2·v + (1−β2)·g²}, {@code this −= lr·(m/c1) / (√(v/c2) + ε)},
   * where {@code c1 = 1 − β1^t} and {@code c2 = 1 − β2^t} are the bias corrections. Modifies this,
   * {@code m} and {@code v}.
   */
  public abstract void adamStep(
      Matrix g,
      Matrix m,
      Matrix v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double c1,
      double c2);

  /** Index of the largest value in each row in use; ties go to the first. */
  public final int[] argmaxRows() {
    int[] best = new int[rows];
    for (int r = 0; r < rows; r++) {
      best[r] = argmaxRow(r);
    }
    return best;
  }

  /** Index of the largest value in row {@code r}; ties go to the first. */
  public final int argmaxRow(int r) {
    int best = 0;
    double max = get(r, 0);
    for (int c = 1; c < cols; c++) {
      double v = get(r, c);
      if (v > max) {
        max = v;
        best = c;
      }
    }
    return best;
  }

  final void requireSameShape(String operation, Matrix other) {
    if (other.rows != rows || other.cols != cols) {
      throw new ShapeException(operation, shape(), other.shape());
    }
  }

  final void requireRowVector(String operation, Matrix b) {
    if (b.rows != 1 || b.cols != cols) {
      throw new ShapeException(operation, shape(), b.shape());
    }
  }

  /** Checks the shapes of {@code this = op(a)·op(b)} and returns the inner dimension. */
  final int checkProduct(Matrix a, boolean ta, Matrix b, boolean tb) {
    if (ta && tb) {
      throw new UnsupportedOperationException("op(a)ᵀ·op(b)ᵀ is not supported; transpose the sum");
    }
    if (a == this || b == this) {
      throw new IllegalArgumentException(
          "a product cannot be written into one of its operands; use a separate result matrix");
    }
    int aRows = ta ? a.cols : a.rows;
    int inner = ta ? a.rows : a.cols;
    int bRows = tb ? b.cols : b.rows;
    int bCols = tb ? b.rows : b.cols;
    if (inner != bRows) {
      throw new ShapeException(productName(ta, tb), a.shape(), b.shape());
    }
    if (aRows != rows || bCols != cols) {
      throw new ShapeException(
          productName(ta, tb) + " into " + rows + "x" + cols, a.shape(), b.shape());
    }
    return inner;
  }

  /** "a·b", "aᵀ·b" or "a·bᵀ", for messages; built only when one is thrown. */
  private static String productName(boolean ta, boolean tb) {
    return (ta ? "aᵀ" : "a") + "·" + (tb ? "bᵀ" : "b");
  }

  @Override
  public String toString() {
    return precision().label() + " matrix [" + rows + ", " + cols + "]";
  }
}
