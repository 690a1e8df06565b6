package org.nonlin.tensor;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A float32 {@link Matrix}: the fast path. Kernels accumulate in float, as BLAS {@code sgemm} does.
 * Products, sigmoid and tanh run on {@link FloatProduct} and {@link FloatOps} (register-blocked, on
 * the Vector API when the JVM has {@code --add-modules jdk.incubator.vector}, on two threads when
 * large); the other loops walk contiguous memory, which HotSpot's superword pass vectorises.
 */
public final class FloatMatrix extends Matrix {

  private final float[] data;

  /** A zero matrix of the given shape. */
  public FloatMatrix(int rows, int cols) {
    super(rows, cols);
    this.data = new float[rows * cols];
  }

  /** A matrix holding a copy of {@code values}, row-major. */
  public static FloatMatrix of(int rows, int cols, float... values) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    if (values.length != rows * cols) {
      throw new IllegalArgumentException(
          values.length + " values do not fill a " + rows + "x" + cols + " matrix");
    }
    System.arraycopy(values, 0, m.data, 0, values.length);
    return m;
  }

  @Override
  public Precision precision() {
    return Precision.FLOAT32;
  }

  /**
   * The live backing array, row-major with {@code cols()} values per row; rows past {@code rows()}
   * are spare capacity. For kernels and optimisers in this library; writes change the matrix.
   */
  public float[] array() {
    return data;
  }

  @Override
  public double get(int row, int col) {
    return data[row * cols + col];
  }

  @Override
  public void set(int row, int col, double value) {
    data[row * cols + col] = (float) value;
  }

  @Override
  public void fill(double value) {
    Arrays.fill(data, 0, rows * cols, (float) value);
  }

  @Override
  public FloatMatrix copy() {
    FloatMatrix m = new FloatMatrix(rows, cols);
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
    System.arraycopy(src, 0, data, 0, n * cols);
  }

  @Override
  public float[] toFloatArray() {
    return Arrays.copyOf(data, rows * cols);
  }

  @Override
  public double[] toDoubleArray() {
    double[] out = new double[rows * cols];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[i];
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A zero in {@code a} contributes nothing, even against an infinite value in {@code b}. Each
   * element is {@code beta·C} and then {@code c = fma(alpha·a_ip, b_pj, c)} for p ascending, one
   * rounding per step; how the work is blocked, vectorised and shared between threads never changes
   * that order. Zeros are multiplied like other values (skipping them costs more than it saves at
   * the densities of images); a result that is not finite is recomputed with zeros skipped.
   */
  @Override
  public void multiply(
      Matrix a, boolean transposeA, Matrix b, boolean transposeB, double alpha, double beta) {
    int inner = checkProduct(a, transposeA, b, transposeB);
    FloatProduct.local()
        .multiply(
            cast(a).data,
            transposeA,
            cast(b).data,
            transposeB,
            data,
            rows,
            cols,
            inner,
            (float) alpha,
            (float) beta);
  }

  @Override
  public void addRowVector(Matrix b) {
    requireRowVector("add row vector", b);
    float[] bias = cast(b).data;
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
    float[] sums = cast(out).data;
    Arrays.fill(sums, 0, cols, 0f);
    for (int r = 0; r < rows; r++) {
      int r0 = r * cols;
      for (int c = 0; c < cols; c++) {
        sums[c] += data[r0 + c];
      }
    }
    float s = (float) scale;
    for (int c = 0; c < cols; c++) {
      sums[c] *= s;
    }
  }

  @Override
  public void hadamard(Matrix other) {
    requireSameShape("hadamard product", other);
    float[] o = cast(other).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= o[i];
    }
  }

  @Override
  public void axpy(double alpha, Matrix x) {
    requireSameShape("axpy", x);
    float[] o = cast(x).data;
    float s = (float) alpha;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] += s * o[i];
    }
  }

  @Override
  public void scale(double alpha) {
    float s = (float) alpha;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= s;
    }
  }

  @Override
  public double sumOfSquares() {
    double sum = 0;
    for (int i = 0, n = rows * cols; i < n; i++) {
      sum += (double) data[i] * data[i];
    }
    return sum;
  }

  @Override
  public void map(DoubleUnaryOperator f, Matrix out) {
    requireSameShape("map", out);
    float[] o = cast(out).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      o[i] = (float) f.applyAsDouble(data[i]);
    }
  }

  @Override
  public void multiplyByDerivative(Matrix z, Matrix a, DoubleBinaryOperator derivative) {
    requireSameShape("activation gradient", z);
    requireSameShape("activation gradient", a);
    float[] zs = cast(z).data;
    float[] as = cast(a).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      data[i] *= (float) derivative.applyAsDouble(zs[i], as[i]);
    }
  }

  @Override
  public void sigmoid(Matrix out) {
    requireSameShape("sigmoid", out);
    FloatOps.forWork(rows * cols).sigmoid(data, cast(out).data, rows * cols);
  }

  @Override
  public void tanh(Matrix out) {
    requireSameShape("tanh", out);
    FloatOps.forWork(rows * cols).tanh(data, cast(out).data, rows * cols);
  }

  @Override
  public void multiplyBySigmoidDerivative(Matrix a) {
    requireSameShape("activation gradient", a);
    FloatOps.forWork(rows * cols).sigmoidGradient(cast(a).data, data, rows * cols);
  }

  @Override
  public void multiplyByTanhDerivative(Matrix a) {
    requireSameShape("activation gradient", a);
    FloatOps.forWork(rows * cols).tanhGradient(cast(a).data, data, rows * cols);
  }

  @Override
  public void softmaxRows(Matrix out) {
    requireSameShape("softmax", out);
    float[] o = cast(out).data;
    for (int r = 0; r < rows; r++) {
      int r0 = r * cols;
      float max = data[r0];
      for (int c = 1; c < cols; c++) {
        max = Math.max(max, data[r0 + c]);
      }
      float sum = 0f;
      for (int c = 0; c < cols; c++) {
        float e = (float) Math.exp(data[r0 + c] - max);
        o[r0 + c] = e;
        sum += e;
      }
      float inv = 1f / sum;
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
    float[] gs = cast(g).data;
    float[] ms = cast(m).data;
    float[] vs = cast(v).data;
    for (int i = 0, n = rows * cols; i < n; i++) {
      double gi = gs[i];
      double mi = beta1 * ms[i] + (1 - beta1) * gi;
      double vi = beta2 * vs[i] + (1 - beta2) * gi * gi;
      ms[i] = (float) mi;
      vs[i] = (float) vi;
      data[i] -= (float) (lr * (mi / c1) / (Math.sqrt(vi / c2) + eps));
    }
  }

  private static FloatMatrix cast(Matrix other) {
    if (other instanceof FloatMatrix f) {
      return f;
    }
    throw new IllegalArgumentException(
        "cannot mix float32 with " + other.precision().label() + " in one operation");
  }
}
