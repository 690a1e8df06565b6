package org.nonlin.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable table of samples: a feature matrix X (rows are samples, float32, row-major) and
 * either one class label per row (classification) or a target matrix Y (regression).
 *
 * <p>Features are checked once, here: NaN or infinite values are rejected with the row and column
 * that hold them, so that nothing downstream has to check again. The arrays are copied in and never
 * handed out; callers read rows with {@link #gatherFeatures} and {@link #feature}.
 */
public final class Dataset {

  private final int rows;
  private final int cols;
  private final float[] x;
  private final int[] labels;
  private final float[] targets;
  private final int targetCols;
  private final List<String> featureNames;
  private final List<String> classNames;

  private Dataset(
      int rows,
      int cols,
      float[] x,
      int[] labels,
      float[] targets,
      int targetCols,
      List<String> featureNames,
      List<String> classNames) {
    this.rows = rows;
    this.cols = cols;
    this.x = x;
    this.labels = labels;
    this.targets = targets;
    this.targetCols = targetCols;
    this.featureNames = List.copyOf(featureNames);
    this.classNames = classNames == null ? List.of() : List.copyOf(classNames);
  }

  /**
   * A classification data set.
   *
   * @param x features, {@code rows * cols} values row-major; copied
   * @param cols number of features per sample, at least 1
   * @param labels class index of each row, in {@code [0, classNames.size())}; copied
   * @param featureNames one name per feature column, or null for {@code x1, x2, ...}
   * @param classNames one name per class, at least 2 classes
   * @throws IllegalArgumentException naming the offending value when shapes disagree, a label is
   *     out of range or a feature is not finite
   */
  public static Dataset classification(
      float[] x, int cols, int[] labels, List<String> featureNames, List<String> classNames) {
    int rows = checkShape(x, cols, labels.length);
    if (classNames.size() < 2) {
      throw new IllegalArgumentException(
          "number of classes " + classNames.size() + " must be >= 2 for classification");
    }
    for (int i = 0; i < rows; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException(
            "label "
                + labels[i]
                + " at row "
                + i
                + " is outside the class range [0, "
                + (classNames.size() - 1)
                + "]");
      }
    }
    return new Dataset(
        rows, cols, x.clone(), labels.clone(), null, 0, names(featureNames, cols), classNames);
  }

  /**
   * A regression data set with a real-valued target matrix Y of shape {@code rows x targetCols}.
   *
   * @param x features, {@code rows * cols} values row-major; copied
   * @param cols number of features per sample, at least 1
   * @param y targets, {@code rows * targetCols} values row-major; copied
   * @param targetCols number of target columns, at least 1
   * @param featureNames one name per feature column, or null for {@code x1, x2, ...}
   */
  public static Dataset regression(
      float[] x, int cols, float[] y, int targetCols, List<String> featureNames) {
    if (targetCols < 1 || y.length % targetCols != 0) {
      throw new IllegalArgumentException(
          "target columns " + targetCols + " must be >= 1 and divide " + y.length + " targets");
    }
    int rows = checkShape(x, cols, y.length / targetCols);
    checkFinite(y, targetCols, "target");
    return new Dataset(
        rows, cols, x.clone(), null, y.clone(), targetCols, names(featureNames, cols), null);
  }

  private static int checkShape(float[] x, int cols, int rows) {
    if (cols < 1) {
      throw new IllegalArgumentException("feature columns " + cols + " must be >= 1");
    }
    if (rows < 1) {
      throw new IllegalArgumentException("a data set needs at least 1 row, got " + rows);
    }
    if ((long) rows * cols != x.length) {
      throw new IllegalArgumentException(
          "feature array of length "
              + x.length
              + " does not hold "
              + rows
              + " rows of "
              + cols
              + " features");
    }
    checkFinite(x, cols, "feature");
    return rows;
  }

  private static void checkFinite(float[] values, int cols, String what) {
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException(
            what
                + " value "
                + values[i]
                + " at row "
                + (i / cols)
                + ", column "
                + (i % cols)
                + " must be finite; drop or impute it first");
      }
    }
  }

  private static List<String> names(List<String> given, int cols) {
    if (given != null) {
      if (given.size() != cols) {
        throw new IllegalArgumentException(
            given.size() + " feature names given for " + cols + " feature columns");
      }
      return given;
    }
    List<String> generated = new ArrayList<>(cols);
    for (int c = 0; c < cols; c++) {
      generated.add("x" + (c + 1));
    }
    return generated;
  }

  /** Number of samples. */
  public int rows() {
    return rows;
  }

  /** Number of features per sample. */
  public int cols() {
    return cols;
  }

  /** True when the rows carry class labels, false when they carry regression targets. */
  public boolean isClassification() {
    return labels != null;
  }

  /** Number of classes; 0 for a regression set. */
  public int numClasses() {
    return classNames.size();
  }

  /** Number of target columns the network must output: 1 for binary, k for k classes. */
  public int outputWidth() {
    if (!isClassification()) {
      return targetCols;
    }
    return numClasses() == 2 ? 1 : numClasses();
  }

  /** Feature value at a row and column. */
  public float feature(int row, int col) {
    return x[row * cols + col];
  }

  /** Class label of a row. */
  public int label(int row) {
    requireClassification();
    return labels[row];
  }

  /** Regression target at a row and target column. */
  public float target(int row, int col) {
    if (targets == null) {
      throw new IllegalStateException("this data set holds class labels, not regression targets");
    }
    return targets[row * targetCols + col];
  }

  /** A copy of all class labels. */
  public int[] labels() {
    requireClassification();
    return labels.clone();
  }

  /** Number of samples of each class. */
  public int[] classCounts() {
    requireClassification();
    int[] counts = new int[numClasses()];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  /** Feature names, one per column. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Class names, one per class index; empty for regression. */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * Copies the features of rows {@code order[from..to)} into {@code out}, one after the other,
   * row-major. This is how the trainer assembles a mini-batch without materialising a shuffled copy
   * of the data.
   *
   * @param out receives {@code (to - from) * cols()} values; modified
   */
  public void gatherFeatures(int[] order, int from, int to, float[] out) {
    for (int i = from; i < to; i++) {
      System.arraycopy(x, order[i] * cols, out, (i - from) * cols, cols);
    }
  }

  /** Copies all features into a new row-major array. */
  public float[] featureArray() {
    return x.clone();
  }

  /** Copies all regression targets into a new row-major array. */
  public float[] targetArray() {
    if (targets == null) {
      throw new IllegalStateException("this data set holds class labels, not regression targets");
    }
    return targets.clone();
  }

  /** A new data set of the given rows, in the given order; rows may repeat. */
  public Dataset subset(int[] rowIndices) {
    float[] xs = new float[rowIndices.length * cols];
    gatherFeatures(rowIndices, 0, rowIndices.length, xs);
    if (isClassification()) {
      int[] ls = new int[rowIndices.length];
      for (int i = 0; i < ls.length; i++) {
        ls[i] = labels[rowIndices[i]];
      }
      return new Dataset(rowIndices.length, cols, xs, ls, null, 0, featureNames, classNames);
    }
    float[] ys = new float[rowIndices.length * targetCols];
    for (int i = 0; i < rowIndices.length; i++) {
      System.arraycopy(targets, rowIndices[i] * targetCols, ys, i * targetCols, targetCols);
    }
    return new Dataset(rowIndices.length, cols, xs, null, ys, targetCols, featureNames, null);
  }

  /** A new data set with the same labels and names and the given features (same shape). */
  public Dataset withFeatures(float[] newX) {
    if (newX.length != x.length) {
      throw new IllegalArgumentException(
          "replacement features of length " + newX.length + " must have length " + x.length);
    }
    checkFinite(newX, cols, "feature");
    return new Dataset(
        rows, cols, newX.clone(), labels, targets, targetCols, featureNames, classNames);
  }

  private void requireClassification() {
    if (labels == null) {
      throw new IllegalStateException("this data set holds regression targets, not class labels");
    }
  }

  @Override
  public String toString() {
    String kind =
        isClassification()
            ? numClasses() + " classes " + Arrays.toString(classCounts())
            : targetCols + " targets";
    return "Dataset[" + rows + " x " + cols + ", " + kind + "]";
  }
}
