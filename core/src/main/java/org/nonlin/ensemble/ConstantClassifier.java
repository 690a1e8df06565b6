package org.nonlin.ensemble;

import org.nonlin.data.Dataset;

/**
 * A learner that gives every row the same class, with probability 1: the first learner of the
 * imbalance variant of Schapire's boosting, which always says the majority class.
 *
 * @param inputs number of features per row it accepts (and ignores), at least 1
 * @param numClasses number of classes, at least 2
 * @param label the class it always predicts, in {@code [0, numClasses)}
 */
public record ConstantClassifier(int inputs, int numClasses, int label) implements Classifier {

  /** Validates the widths and the label. */
  public ConstantClassifier {
    if (inputs < 1) {
      throw new IllegalArgumentException("input width " + inputs + " must be >= 1");
    }
    if (numClasses < 2) {
      throw new IllegalArgumentException("number of classes " + numClasses + " must be >= 2");
    }
    if (label < 0 || label >= numClasses) {
      throw new IllegalArgumentException(
          "constant class " + label + " must be in [0, " + (numClasses - 1) + "]");
    }
  }

  /**
   * The learner that always says the majority class of {@code data}: the class with the most rows,
   * the lowest index among equally large classes.
   *
   * @throws IllegalStateException when {@code data} holds regression targets
   */
  public static ConstantClassifier majority(Dataset data) {
    int[] counts = data.classCounts();
    int majority = 0;
    for (int c = 1; c < counts.length; c++) {
      if (counts[c] > counts[majority]) {
        majority = c;
      }
    }
    return new ConstantClassifier(data.cols(), counts.length, majority);
  }

  /** One-hot rows: {@code P[r, c] = 1} when {@code c = label}, else 0. */
  @Override
  public float[] probabilities(float[] x, int rows) {
    Votes.requireInput(x, rows, inputs);
    float[] p = new float[rows * numClasses];
    for (int r = 0; r < rows; r++) {
      p[r * numClasses + label] = 1;
    }
    return p;
  }
}
