package org.nonlin.tensor;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A float64 {@link Matrix}: for gradient checks and users who ask for double precision. Its kernels
 * are plain loops that compute the same sums in the same order as {@link FloatMatrix}'s, so the two
 * precisions differ only by rounding.
 */
public final class DoubleMatrix extends Matrix {

  private final double[] data;

  /** A zero matrix of the given shape. */
  public DoubleMatrix(int rows, int cols) {
    super(rows, cols);
    this.data = new double[rows * cols];
  }

  /** A matrix holding a copy of {@code values}, row-major. */
  public static DoubleMatrix of(int rows, int cols, double... values) {
    DoubleMatrix m = new DoubleMatrix(rows, cols);
    if (values.length != rows * cols) {
      throw new IllegalArgumentException(
          values.length + " values do not fill a " + rows + "x" + cols + " matrix");
    }
    System.arraycopy(values, 0, m.data, 0, values.length);
    return m;
  }

  @Override
  public Precision precision() {
    return Precision.FLOAT64;
  }

  /**
   * The live backing array, row-major with {@code cols()} values per row; rows past {@code rows()}
   * are spare capacity. For kernels and optimisers in this library; writes change the matrix.
   */
  public double[] array() {
    return data;
  }

  @Override
  public double get(int row, int col) {
    return data[row * cols + col];
  }

  @Override
  public void set(int row, int col, double value) {
    data[row * cols + col] = value;
  }

  @Override
  public void fill(double value) {
    Arrays.fill(data, 0, rows * cols, value);
  }

  @Override
  public DoubleMatrix copy() {
    DoubleMatrix m = new DoubleMatrix(rows, cols);
    System.arraycopy(data, 0, m.data, 0, rows * cols);
    return m;
  }

  @Override
  public void copyFrom(Matrix other) {
    requireSameShape("copy", other);
    System.arraycopy(cast(other).data, 0, data, 0, rows * cols);
  }

  @Override
  public void loadRows(float[] src, int n) {
    useRows(n);
    for (int i = 0, count = n * cols; i < count; i++) {
      data[i] = src[i];
    }
  }

  @Override
  public float[] toFloatArray() {
    float[] out = new float[rows * cols];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) data[i];
    }
    return out;
  }

  @Override
  public double[] toDoubleArray() {
    return Arrays.copyOf(data, rows * cols);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A zero in {@code a} contributes nothing, even against an infinite value in {@code b}: sparse
   * inputs such as MNIST pixels skip most of the work this way.
   */
  @Override
  public void multiply(
      Matrix a, boolean transposeA, Matrix b, boolean transposeB, double alpha, double beta) {
    int inner = checkProduct(a, transposeA, b, transposeB);
    double[] x = cast(a).data;
    double[] y = cast(b).data;
    if (beta == 0) {
      Arrays.fill(data, 0, rows * cols, 0.0);
    } else if (beta != 1) {
      scale(beta);
    }
    if (transposeA) {
      productTransposedA(x, y, inner, alpha);
    } else if (transposeB) {
      productTransposedB(x, y, inner, alpha);
    } else {
      product(x, y, inner, alpha);
    }
  }

  /** C += alpha·A·B with A (rows x inner) and B (inner x cols). */
  private void product(double[] x, double[] y, int inner, double alpha) {
    int n = cols;
    for (int i = 0; i < rows; i++) {
      int c0 = i * n;
      int a0 = i * inner;
      for (int p = 0; p < inner; p++) {
        double s = alpha * x[a0 + p];
        if (s == 0.0) {
          continue;
        }
        int b0 = p * n;
        for (int j = 0; j < n; j++) {
          data[c0 + j] = Math.fma(s, y[b0 + j], data[c0 + j]);
        }
      }
    }
  }

  /** C += alpha·Aᵀ·B with A (inner x rows) and B (inner x cols). */
  private void productTransposedA(double[] x, double[] y, int inner, double alpha) {
    int n = cols;
    int m = rows;
    for (int p = 0; p < inner; p++) {
      int a0 = p * m;
      int b0 = p * n;
      for (int i = 0; i < m; i++) {
        double s = alpha * x[a0 + i];
        if (s == 0.0) {
          continue;
        }
        int c0 = i * n;
        for (int j = 0; j < n; j++) {
          data[c0 + j] = Math.fma(s, y[b0 + j], data[c0 + j]);
        }
      }
    }
  }

  /** C += alpha·A·Bᵀ with A (rows x inner) and B (cols x inner), Bᵀ read in place. */
  private void productTransposedB(double[] x, double[] y, int inner, double alpha) {
    for (int i = 0; i < rows; i++) {
      int c0 = i * cols;
      int a0 = i * inner;
      for (int p = 0; p < inner; p++) {
        double s = alpha * x[a0 + p];
        if (s == 0.0) {
          continue;
        }
        for (int j = 0; j < cols; j++) {
          data[c0 + j] = Math.fma(s, y[j * inner + p], data[c0 + j]);
        }
      }
    }
  }

  @Override
  public void addRowVector(Matrix b) {
    requireRowVector("add row vector", b);
    double[] bias = cast(b).data;
    for (int r = 0; r < rows; r++) {
      int r0 = r * cols;
      for (int c = 0; c < cols; c++) {
        data[r0 + c] += bias[c];
      }
    }
  }

  @Override
  public void columnSums(Matrix out, double scale) {
    requireRowVector("column sums", out);
    double[] sums = cast(out).data;
    Arrays.fill(sums, 0, cols, 0.0);
    for (int r = 0; r < rows; r++) {
      int r0 = r * cols;
      for (int c = 0; c < cols; c++) {
        sums[c] += data[r0 + c];
      }
    }
    double s = scale;
    for (int c = 0; c < cols; c++) {
      sums[c] *= s;
    }
  }

  @Override
  public void hadamard(Matrix other) {
    requireSameShape("hadamard product", other);
    double[] o = cast(other).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= o[i];
    }
  }

  @Override
  public void axpy(double alpha, Matrix x) {
    requireSameShape("axpy", x);
    double[] o = cast(x).data;
    double s = alpha;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] += s * o[i];
    }
  }

  @Override
  public void scale(double alpha) {
    double s = alpha;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= s;
    }
  }

  @Override
  public double sumOfSquares() {
    double sum = 0;
    for (int i = 0, n = rows * cols; i < n; i++) {
      sum += data[i] * data[i];
    }
    return sum;
  }

  @Override
  public void map(DoubleUnaryOperator f, Matrix out) {
    requireSameShape("map", out);
    double[] o = cast(out).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      o[i] = f.applyAsDouble(data[i]);
    }
  }

  @Override
  public void multiplyByDerivative(Matrix z, Matrix a, DoubleBinaryOperator derivative) {
    requireSameShape("activation gradient", z);
    requireSameShape("activation gradient", a);
    double[] zs = cast(z).data;
    double[] as = cast(a).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= derivative.applyAsDouble(zs[i], as[i]);
    }
  }

  @Override
  public void sigmoid(Matrix out) {
    requireSameShape("sigmoid", out);
    double[] o = cast(out).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      o[i] = 1.0 / (1.0 + Math.exp(-data[i]));
    }
  }

  @Override
  public void tanh(Matrix out) {
    requireSameShape("tanh", out);
    double[] o = cast(out).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      o[i] = Math.tanh(data[i]);
    }
  }

  @Override
  public void multiplyBySigmoidDerivative(Matrix a) {
    requireSameShape("activation gradient", a);
    double[] as = cast(a).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= as[i] * (1.0 - as[i]);
    }
  }

  @Override
  public void multiplyByTanhDerivative(Matrix a) {
    requireSameShape("activation gradient", a);
    double[] as = cast(a).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= 1.0 - as[i] * as[i];
    }
  }

  @Override
  public void softmaxRows(Matrix out) {
    requireSameShape("softmax", out);
    double[] o = cast(out).data;
    for (int r = 0; r < rows; r++) {
      int r0 = r * cols;
      double max = data[r0];
      for (int c = 1; c < cols; c++) {
        max = Math.max(max, data[r0 + c]);
      }
      double sum = 0.0;
      for (int c = 0; c < cols; c++) {
        double e = Math.exp(data[r0 + c] - max);
        o[r0 + c] = e;
        sum += e;
      }
      double inv = 1.0 / sum;
      for (int c = 0; c < cols; c++) {
        o[r0 + c] *= inv;
      }
    }
  }

  @Override
  public void adamStep(
      Matrix g,
      Matrix m,
      Matrix v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double c1,
      double c2) {
    requireSameShape("adam gradient", g);
    double[] gs = cast(g).data;
    double[] ms = cast(m).data;
    double[] vs = cast(v).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      double gi = gs[i];
      double mi = beta1 * ms[i] + (1 - beta1) * gi;
      double vi = beta2 * vs[i] + (1 - beta2) * gi * gi;
      ms[i] = mi;
      vs[i] = vi;
      data[i] -= (lr * (mi / c1) / (Math.sqrt(vi / c2) + eps));
    }
  }

  private static DoubleMatrix cast(Matrix other) {
    if (other instanceof DoubleMatrix f) {
      return f;
    }
    throw new IllegalArgumentException(
        "cannot mix float64 with " + other.precision().label() + " in one operation");
  }
}
