package org.nonlin.gradcheck;

import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Output;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;
import org.nonlin.train.Targets;

/**
 * The samples a gradient check runs on: inputs X (m, in) and targets Y (m, out), held in float64.
 * The chapter uses random inputs in [0, 1] ({@link #random}); a user's own data serves too ({@link
 * #of(Dataset, Architecture, int, long)}, {@link #of(Matrix, Matrix)}). Immutable: matrices are
 * copied in and out.
 */
public final class CheckData {

  /** Default number of random samples: 8, enough rows for every unit to matter, still quick. */
  public static final int DEFAULT_SAMPLES = 8;

  private final Matrix x;
  private final Matrix y;

  private CheckData(Matrix x, Matrix y) {
    this.x = x;
    this.y = y;
  }

  /**
   * {@code samples} random rows for a network of {@code arch}: inputs uniform in [0, 1), and
   * targets that fit its output, namely a one-hot row of a uniform class for softmax, independent
   * uniform 0/1 values for logistic, uniform reals in [0, 1) for identity.
   *
   * @throws IllegalArgumentException when {@code samples < 1}
   */
  public static CheckData random(Architecture arch, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("sample count " + samples + " must be >= 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Matrix x = Matrix.zeros(Precision.FLOAT64, samples, arch.inputs());
    Matrix y = Matrix.zeros(Precision.FLOAT64, samples, arch.outputs());
    for (int r = 0; r < samples; r++) {
      for (int c = 0; c < x.cols(); c++) {
        x.set(r, c, random.nextDouble());
      }
      randomTarget(arch.output(), y, r, random);
    }
    return new CheckData(x, y);
  }

  private static void randomTarget(Output output, Matrix y, int r, SplittableRandom random) {
    int k = y.cols();
    switch (output) {
      case SOFTMAX:
        y.set(r, random.nextInt(k), 1.0);
        break;
      case LOGISTIC:
        for (int c = 0; c < k; c++) {
          y.set(r, c, random.nextInt(2));
        }
        break;
      default:
        for (int c = 0; c < k; c++) {
          y.set(r, c, random.nextDouble());
        }
        break;
    }
  }

  /**
   * At most {@code samples} rows of {@code data}, drawn without replacement by a generator seeded
   * with {@code seed} (all rows, in order, when the data set has no more), with targets made by
   * {@link Targets#fill} for a network of {@code arch}.
   *
   * @throws IllegalArgumentException when {@code samples < 1} or the data does not fit {@code arch}
   *     (see {@link Targets#requireCompatible})
   */
  public static CheckData of(Dataset data, Architecture arch, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("sample count " + samples + " must be >= 1");
    }
    Targets.requireCompatible(arch, data);
    int[] rows = Subsets.choose(data.rows(), samples, new SplittableRandom(seed));
    float[] features = new float[rows.length * data.cols()];
    data.gatherFeatures(rows, 0, rows.length, features);
    Matrix x = Matrix.zeros(Precision.FLOAT64, rows.length, data.cols());
    x.loadRows(features, rows.length);
    Matrix y = Matrix.zeros(Precision.FLOAT64, rows.length, arch.outputs());
    Targets.fill(data, rows, 0, rows.length, y);
    return new CheckData(x, y);
  }

  /**
   * Inputs {@code x} (m, in) and targets {@code y} (m, out) as given, in any precision; copied.
   *
   * @throws IllegalArgumentException when the row counts differ or a value is NaN or infinite
   */
  public static CheckData of(Matrix x, Matrix y) {
    if (x.rows() != y.rows()) {
      throw new IllegalArgumentException(
          "inputs have " + x.rows() + " rows but targets have " + y.rows() + "; they must match");
    }
    requireFinite(x, "input");
    requireFinite(y, "target");
    return new CheckData(x.to(Precision.FLOAT64), y.to(Precision.FLOAT64));
  }

  private static void requireFinite(Matrix m, String what) {
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        if (!Double.isFinite(m.get(r, c))) {
          throw new IllegalArgumentException(
              what
                  + " value "
                  + m.get(r, c)
                  + " at row "
                  + r
                  + ", column "
                  + c
                  + " must be finite");
        }
      }
    }
  }

  /** Number of samples m. */
  public int rows() {
    return x.rows();
  }

  /** A float64 copy of the inputs X (m, in). */
  public Matrix x() {
    return x.copy();
  }

  /** A float64 copy of the targets Y (m, out). */
  public Matrix y() {
    return y.copy();
  }

  /**
   * Checks that a network of {@code arch} can run on these samples.
   *
   * @throws IllegalArgumentException naming both widths when they differ
   */
  void requireFits(Architecture arch) {
    if (x.cols() != arch.inputs() || y.cols() != arch.outputs()) {
      throw new IllegalArgumentException(
          "check data with "
              + x.cols()
              + " inputs and "
              + y.cols()
              + " targets does not fit "
              + arch
              + ", which needs "
              + arch.inputs()
              + " and "
              + arch.outputs());
    }
  }

  /** The live inputs, for this package's passes; never modified there. */
  Matrix inputs() {
    return x;
  }

  /** The live targets, for this package's passes; never modified there. */
  Matrix targets() {
    return y;
  }

  @Override
  public String toString() {
    return "CheckData[" + rows() + " samples, " + x.cols() + " inputs, " + y.cols() + " targets]";
  }
}
