package org.nonlin.imbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

/** Small seeded and hand-made data sets for the sampler tests. */
final class TestData {

  private static final List<String> CLASS_NAMES = List.of("a", "b", "c", "d");

  private TestData() {}

  /**
   * Overlapping Gaussian blobs in 2 features: class c is centred at (c, c mod 2) with standard
   * deviation 0.6, and has {@code counts[c]} rows, rows of all classes interleaved at random.
   */
  static Dataset blobs(long seed, int... counts) {
    SplittableRandom random = new SplittableRandom(seed);
    int rows = 0;
    for (int count : counts) {
      rows += count;
    }
    int[] labels = new int[rows];
    int i = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int j = 0; j < counts[c]; j++) {
        labels[i++] = c;
      }
    }
    for (int j = rows - 1; j > 0; j--) {
      int other = random.nextInt(j + 1);
      int swap = labels[j];
      labels[j] = labels[other];
      labels[other] = swap;
    }
    float[] x = new float[2 * rows];
    for (int row = 0; row < rows; row++) {
      x[2 * row] = (float) (labels[row] + 0.6 * gaussian(random));
      x[2 * row + 1] = (float) (labels[row] % 2 + 0.6 * gaussian(random));
    }
    return Dataset.classification(
        x, 2, labels, null, CLASS_NAMES.subList(0, Math.max(2, counts.length)));
  }

  /** Rows given as {label, feature, feature, ...}, with classes named a, b, c, d. */
  static Dataset rows(int numClasses, double[]... rows) {
    int cols = rows[0].length - 1;
    float[] x = new float[rows.length * cols];
    int[] labels = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      labels[i] = (int) rows[i][0];
      for (int c = 0; c < cols; c++) {
        x[i * cols + c] = (float) rows[i][c + 1];
      }
    }
    return Dataset.classification(x, cols, labels, null, CLASS_NAMES.subList(0, numClasses));
  }

  /** The feature rows of one class, in data-set order. */
  static List<float[]> rowsOf(Dataset data, int label) {
    List<float[]> out = new ArrayList<>();
    for (int row = 0; row < data.rows(); row++) {
      if (data.label(row) == label) {
        out.add(row(data, row));
      }
    }
    return out;
  }

  /** One feature row. */
  static float[] row(Dataset data, int row) {
    float[] out = new float[data.cols()];
    for (int c = 0; c < out.length; c++) {
      out[c] = data.feature(row, c);
    }
    return out;
  }

  /** The first feature of every row, in order. */
  static List<Float> firstFeature(Dataset data) {
    List<Float> out = new ArrayList<>();
    for (int row = 0; row < data.rows(); row++) {
      out.add(data.feature(row, 0));
    }
    return out;
  }

  /**
   * Where p lies on the segment from a to b: the u in [0, 1] with p = a + u (b - a), each feature
   * within {@link org.nonlin.testing.Tolerances#FLOAT}; NaN when p is off the segment.
   */
  static double segmentParameter(float[] p, float[] a, float[] b) {
    double dot = 0;
    double length = 0;
    for (int c = 0; c < p.length; c++) {
      dot += ((double) p[c] - a[c]) * ((double) b[c] - a[c]);
      length += ((double) b[c] - a[c]) * ((double) b[c] - a[c]);
    }
    double u = length == 0 ? 0 : dot / length;
    for (int c = 0; c < p.length; c++) {
      if (Math.abs(a[c] + u * ((double) b[c] - a[c]) - p[c]) > Tolerances.FLOAT) {
        return Double.NaN;
      }
    }
    boolean inside = u >= -Tolerances.FLOAT && u <= 1 + Tolerances.FLOAT;
    return inside ? u : Double.NaN;
  }

  /**
   * True when every feature of every row of the class in {@code out} lies in the class's range in
   * {@code train}.
   */
  static boolean withinClassRanges(Dataset train, Dataset out, int label) {
    List<float[]> rows = rowsOf(train, label);
    for (float[] sample : rowsOf(out, label)) {
      for (int c = 0; c < sample.length; c++) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float[] row : rows) {
          min = Math.min(min, row[c]);
          max = Math.max(max, row[c]);
        }
        if (sample[c] < min || sample[c] > max) {
          return false;
        }
      }
    }
    return true;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
