package org.nonlin.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nonlin.tensor.FloatMatrix;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Parallel;
import org.nonlin.tensor.Precision;

/**
 * A dense feed-forward network: layers l = 1..L each compute {@code Z_l = A_{l−1}·W_l + B_l} and
 * {@code A_l = f_l(Z_l)}, with {@code A_0 = X} (one sample per row) and the output function at
 * layer L.
 *
 * <p>Symbols and shapes, for a batch of m samples: X (m, in); W_l (fanIn, fanOut); B_l (1, fanOut);
 * Z_l, A_l, dZ_l (m, fanOut); dW_l like W_l; dB_l like B_l.
 *
 * <p>The network owns its parameters and nothing else; the buffers of a pass live in a {@link
 * Workspace}. It is not thread-safe while it trains; {@link #copy} gives an independent one.
 */
public final class Network {

  /**
   * Rows {@link #predict} pushes through the network at once, on one thread: the blocks go to both
   * threads, and a block's activations stay in the cache while they pass from layer to layer.
   */
  private static final int PREDICT_BLOCK = 256;

  private final Architecture architecture;
  private final Precision precision;
  private final Matrix[] w;
  private final Matrix[] b;

  private Network(Architecture architecture, Precision precision, Matrix[] w, Matrix[] b) {
    this.architecture = architecture;
    this.precision = precision;
    this.w = w;
    this.b = b;
  }

  /**
   * A new network with weights drawn by {@code init} from a generator seeded with {@code seed},
   * layer by layer, and zero biases.
   */
  public static Network create(
      Architecture architecture, Initializer init, Precision precision, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int depth = architecture.depth();
    Matrix[] w = new Matrix[depth];
    Matrix[] b = new Matrix[depth];
    for (int l = 0; l < depth; l++) {
      w[l] = Matrix.zeros(precision, architecture.fanIn(l), architecture.fanOut(l));
      b[l] = Matrix.zeros(precision, 1, architecture.fanOut(l));
      init.fill(w[l], random);
    }
    return new Network(architecture, precision, w, b);
  }

  /**
   * A network with the given parameters, copied; {@code parameters} is W1, B1, W2, B2, ... as
   * {@link #parameters()} lists them, in any precision.
   *
   * @throws IllegalArgumentException when a shape does not match the architecture
   */
  public static Network of(
      Architecture architecture, Precision precision, List<Matrix> parameters) {
    int depth = architecture.depth();
    if (parameters.size() != 2 * depth) {
      throw new IllegalArgumentException(
          parameters.size() + " parameter matrices given; " + architecture + " needs " + 2 * depth);
    }
    Matrix[] w = new Matrix[depth];
    Matrix[] b = new Matrix[depth];
    for (int l = 0; l < depth; l++) {
      w[l] = checked(parameters.get(2 * l), architecture.fanIn(l), architecture.fanOut(l), "W", l);
      b[l] = checked(parameters.get(2 * l + 1), 1, architecture.fanOut(l), "B", l);
      w[l] = w[l].to(precision);
      b[l] = b[l].to(precision);
    }
    return new Network(architecture, precision, w, b);
  }

  private static Matrix checked(Matrix m, int rows, int cols, String name, int l) {
    if (m.rows() != rows || m.cols() != cols) {
      throw new IllegalArgumentException(
          name
              + (l + 1)
              + " has shape ["
              + m.rows()
              + ", "
              + m.cols()
              + "]; the architecture needs ["
              + rows
              + ", "
              + cols
              + "]");
    }
    return m;
  }

  /** The architecture this network was built from. */
  public Architecture architecture() {
    return architecture;
  }

  /** The precision of its parameters and arithmetic. */
  public Precision precision() {
    return precision;
  }

  /**
   * The live parameter matrices in the order W1, B1, W2, B2, ..., for optimisers and gradient
   * checks; writing to them changes the network.
   */
  public List<Matrix> parameters() {
    List<Matrix> params = new ArrayList<>(2 * w.length);
    for (int l = 0; l < w.length; l++) {
      params.add(w[l]);
      params.add(b[l]);
    }
    return params;
  }

  /** Names of {@link #parameters()} in the same order: W1, B1, W2, B2, ... */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>(2 * w.length);
    for (int l = 1; l <= w.length; l++) {
      names.add("W" + l);
      names.add("B" + l);
    }
    return names;
  }

  /** An independent copy with the same parameters, in the given precision. */
  public Network copy(Precision target) {
    return of(architecture, target, parameters());
  }

  /** An independent copy with the same parameters and precision. */
  public Network copy() {
    return copy(precision);
  }

  /** Copies every parameter of {@code other}, which must have the same architecture. */
  public void copyParametersFrom(Network other) {
    if (!other.architecture.equals(architecture)) {
      throw new IllegalArgumentException(
          "cannot copy parameters of " + other.architecture + " into " + architecture);
    }
    for (int l = 0; l < w.length; l++) {
      w[l].copyFrom(other.w[l].to(precision));
      b[l].copyFrom(other.b[l].to(precision));
    }
  }

  /** Buffers for batches of up to {@code capacity} samples. */
  public Workspace workspace(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("batch capacity " + capacity + " must be >= 1");
    }
    return new Workspace(this, capacity);
  }

  /**
   * The forward pass: {@code Z_l = A_{l−1}·W_l + B_l}, {@code A_l = f_l(Z_l)}, l = 1..L, for the
   * rows of {@code x}; with dropout on in {@code ws}, hidden activations are masked on the way.
   *
   * @param x inputs (m, in) with m at most the workspace capacity
   * @return the output activations A_L (m, out), a live buffer of {@code ws}
   */
  public Matrix forward(Matrix x, Workspace ws) {
    if (x.cols() != architecture.inputs()) {
      throw new IllegalArgumentException(
          "input width " + x.cols() + " does not match the network's " + architecture.inputs());
    }
    int m = x.rows();
    int last = w.length - 1;
    Matrix in = x;
    for (int l = 0; l <= last; l++) {
      Matrix z = ws.z[l];
      Matrix a = ws.a[l];
      z.useRows(m);
      a.useRows(m);
      z.multiply(in, false, w[l], false, 1.0, 0.0);
      z.addRowVector(b[l]);
      if (l < last) {
        architecture.hidden().get(l).activation().forward(z, a);
        in = ws.dropoutOn() ? ws.drop(l) : a;
      } else {
        architecture.output().forward(z, a);
      }
    }
    return ws.a[last];
  }

  /**
   * The loss J of the last forward pass against targets {@code y}: {@code J = (1/m) Σ_r w_r·ℓ_r +
   * λ/(2m) Σ_l ‖W_l‖²}, the L2 term only when {@code l2 > 0}.
   *
   * @param rowWeights per-sample weights (class weights), or null for all 1
   */
  public double loss(Workspace ws, Matrix y, double[] rowWeights, double l2) {
    int m = ws.output().rows();
    double data = architecture.loss().sum(ws.outputScores(), ws.output(), y, rowWeights) / m;
    return data + l2Penalty(l2, m);
  }

  /** {@code λ/(2m) Σ_l ‖W_l‖²}; 0 when {@code l2} is 0. */
  public double l2Penalty(double l2, int m) {
    if (l2 == 0) {
      return 0;
    }
    double sum = 0;
    for (Matrix wl : w) {
      sum += wl.sumOfSquares();
    }
    return l2 / (2.0 * m) * sum;
  }

  /**
   * The backward pass for the last forward pass on {@code x}, exactly as the chapter writes it:
   * {@code dZ_L = A_L − Y}; for l = L..1: {@code dW_l = A_{l−1}ᵀ·dZ_l / m (+ λ/m·W_l)}, {@code dB_l
   * = Σ_rows dZ_l / m}, and below the first layer {@code dA_{l−1} = dZ_l·W_lᵀ}, {@code dZ_{l−1} =
   * dA_{l−1} ⊙ f'(Z_{l−1})}. Writes the gradients into {@code ws}; modifies nothing else.
   *
   * @param rowWeights per-sample weights multiplying each row of dZ_L, or null
   * @param l2 the L2 coefficient λ, 0 for none
   */
  public void backward(Matrix x, Matrix y, double[] rowWeights, double l2, Workspace ws) {
    int last = w.length - 1;
    int m = x.rows();
    Matrix dz = ws.dz[last];
    dz.useRows(m);
    architecture.loss().gradient(ws.a[last], y, rowWeights, dz);
    for (int l = last; l >= 0; l--) {
      Matrix in = l == 0 ? x : (ws.dropoutOn() ? ws.dropped[l - 1] : ws.a[l - 1]);
      ws.dw[l].multiply(in, true, ws.dz[l], false, 1.0 / m, 0.0);
      if (l2 > 0) {
        ws.dw[l].axpy(l2 / m, w[l]);
      }
      ws.dz[l].columnSums(ws.db[l], 1.0 / m);
      if (l > 0) {
        Matrix dA = ws.dz[l - 1];
        dA.useRows(m);
        dA.multiply(ws.dz[l], false, w[l], true, 1.0, 0.0);
        if (ws.dropoutOn()) {
          dA.hadamard(ws.mask[l - 1]);
        }
        architecture.hidden().get(l - 1).activation().backward(ws.z[l - 1], ws.a[l - 1], dA);
      }
    }
  }

  /**
   * The network's outputs for every row of {@code x} (rows x in, row-major), computed in blocks
   * that go to both threads; returns rows x out values row-major: probabilities for logistic and
   * softmax outputs. A row's outputs are the same bits whatever the block and thread.
   */
  public float[] predict(float[] x, int rows) {
    int in = architecture.inputs();
    int out = architecture.outputs();
    if ((long) rows * in != x.length) {
      throw new IllegalArgumentException(
          x.length + " input values are not " + rows + " rows of width " + in);
    }
    float[] result = new float[rows * out];
    if (rows == 0) {
      return result;
    }
    int block = Math.min(rows, PREDICT_BLOCK);
    Matrix[] batches = new Matrix[Parallel.THREADS];
    Workspace[] spaces = new Workspace[Parallel.THREADS];
    Parallel.run(
        (chunk, worker) -> {
          if (batches[worker] == null) {
            batches[worker] = Matrix.zeros(precision, block, in);
            spaces[worker] = workspace(block);
          }
          int start = chunk * block;
          int n = Math.min(block, rows - start);
          Matrix batch = batches[worker];
          if (batch instanceof FloatMatrix f) {
            System.arraycopy(x, start * in, f.array(), 0, n * in);
            batch.useRows(n);
          } else {
            batch.loadRows(Arrays.copyOfRange(x, start * in, (start + n) * in), n);
          }
          Matrix y = forward(batch, spaces[worker]);
          float[] values = y instanceof FloatMatrix f ? f.array() : y.toFloatArray();
          System.arraycopy(values, 0, result, start * out, n * out);
        },
        (rows + block - 1) / block);
    return result;
  }

  @Override
  public String toString() {
    return "Network[" + architecture + ", " + precision.label() + "]";
  }
}
