package org.nonlin.train;

import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Output;
import org.nonlin.tensor.Matrix;

/**
 * Turns a data set's labels or targets into the matrix Y the loss compares with A: the label itself
 * (0 or 1) for a one-unit logistic output, a one-hot row for k units, the target values for
 * regression.
 */
public final class Targets {

  private Targets() {}

  /**
   * Checks that {@code data} can train or be scored by a network of {@code arch}.
   *
   * @throws IllegalArgumentException naming the mismatch and how to fix it
   */
  public static void requireCompatible(Architecture arch, Dataset data) {
    if (data.cols() != arch.inputs()) {
      throw new IllegalArgumentException(
          "data width "
              + data.cols()
              + " does not match the network's input width "
              + arch.inputs()
              + "; the architecture should start with "
              + data.cols()
              + "-");
    }
    if (!data.isClassification()) {
      if (arch.output() != Output.IDENTITY || arch.outputs() != data.outputWidth()) {
        throw new IllegalArgumentException(
            "regression data with "
                + data.outputWidth()
                + " target(s) needs an output layer "
                + data.outputWidth()
                + "identity, not "
                + arch.outputs()
                + arch.output().label());
      }
      return;
    }
    int k = data.numClasses();
    boolean binary = arch.output() == Output.LOGISTIC && arch.outputs() == 1 && k == 2;
    boolean multi = arch.output() != Output.IDENTITY && arch.outputs() == k && k >= 2;
    if (!binary && !multi) {
      throw new IllegalArgumentException(
          "data with "
              + k
              + " classes needs an output layer "
              + (k == 2 ? "1logistic or 2softmax" : k + "softmax")
              + ", not "
              + arch.outputs()
              + arch.output().label());
    }
  }

  /**
   * Fills {@code y} with the targets of rows {@code order[from..to)}; uses {@code to − from} rows.
   */
  public static void fill(Dataset data, int[] order, int from, int to, Matrix y) {
    y.useRows(to - from);
    int k = y.cols();
    for (int i = from; i < to; i++) {
      int r = i - from;
      int row = order[i];
      if (!data.isClassification()) {
        for (int c = 0; c < k; c++) {
          y.set(r, c, data.target(row, c));
        }
      } else if (k == 1) {
        y.set(r, 0, data.label(row));
      } else {
        for (int c = 0; c < k; c++) {
          y.set(r, c, data.label(row) == c ? 1.0 : 0.0);
        }
      }
    }
  }

  /** The predicted class of each output row: argmax, or {@code p >= 0.5} for one unit. */
  public static int[] predictedClasses(Matrix a) {
    int[] classes = new int[a.rows()];
    for (int r = 0; r < classes.length; r++) {
      classes[r] = predictedClass(a, r);
    }
    return classes;
  }

  /** The class row {@code r} of {@code a} predicts, as {@link #predictedClasses} gives it. */
  public static int predictedClass(Matrix a, int r) {
    if (a.cols() > 1) {
      return a.argmaxRow(r);
    }
    return a.get(r, 0) >= 0.5 ? 1 : 0;
  }
}
