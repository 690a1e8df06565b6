package org.nonlin.imbalance;

import java.util.List;
import org.nonlin.data.Dataset;

/**
 * Per-class weights for a class-weighted loss, the alternative to resampling: the training set is
 * left as it is and the loss of each sample is multiplied by the weight of its class, so a rare
 * class counts as much as a common one.
 *
 * <p>The balanced weights, as commonly defined (e.g. by scikit-learn's {@code class_weight=
 * "balanced"}), are
 *
 * <pre>
 *   w_c = n / (k · n_c),
 * </pre>
 *
 * with n rows, k classes and n_c rows of class c. Summed over the rows, Σ_c n_c · w_c = n, so the
 * mean weight per row is 1 and the loss keeps its scale; every class contributes n / k. For 1000:
 * 300:100 the weights are 0.467, 1.556 and 4.667.
 */
public final class ClassWeights {

  private ClassWeights() {}

  /**
   * The balanced weights n / (k · n_c) of the given class sizes.
   *
   * @param classCounts the number of rows of each class, each at least 1; not modified
   * @return one weight per class, in class order
   * @throws IllegalArgumentException when a class has no rows (its weight would be infinite)
   */
  public static double[] balanced(int[] classCounts) {
    long n = 0;
    for (int c = 0; c < classCounts.length; c++) {
      if (classCounts[c] < 1) {
        throw new IllegalArgumentException(
            "class "
                + c
                + " has "
                + classCounts[c]
                + " rows; its balanced weight n / (k · n_c) needs n_c >= 1, so give weights"
                + " explicitly or drop the class");
      }
      n += classCounts[c];
    }
    double[] weights = new double[classCounts.length];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = (double) n / ((double) classCounts.length * classCounts[c]);
    }
    return weights;
  }

  /**
   * The balanced weights of a training set's classes.
   *
   * @see #balanced(int[])
   */
  public static double[] balanced(Dataset train) {
    return balanced(train.classCounts());
  }

  /**
   * Checks and copies given weights.
   *
   * @param weights one finite weight >= 0 per class, not all 0; copied
   * @param numClasses the number of classes of the data they will weigh
   * @throws IllegalArgumentException naming the weight that is negative or not finite, or the count
   *     mismatch
   */
  public static double[] given(double[] weights, int numClasses) {
    if (weights.length != numClasses) {
      throw new IllegalArgumentException(
          weights.length + " class weights given for " + numClasses + " classes");
    }
    double sum = 0;
    for (int c = 0; c < weights.length; c++) {
      if (!(weights[c] >= 0) || Double.isInfinite(weights[c])) {
        throw new IllegalArgumentException(
            "weight " + weights[c] + " of class " + c + " must be finite and >= 0");
      }
      sum += weights[c];
    }
    if (sum == 0) {
      throw new IllegalArgumentException("class weights must not all be 0");
    }
    return weights.clone();
  }

  /**
   * Reads the CLI form: {@code balanced}, or one weight per class separated by colons, e.g. {@code
   * 1:3:10}.
   *
   * @param train the training set the weights are for
   * @throws IllegalArgumentException naming what does not parse and the accepted forms
   */
  public static double[] parse(String spec, Dataset train) {
    String text = spec.trim();
    if (text.equals("balanced")) {
      return balanced(train);
    }
    String[] parts = text.split(":", -1);
    double[] weights = new double[parts.length];
    for (int c = 0; c < parts.length; c++) {
      try {
        weights[c] = Double.parseDouble(parts[c].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "class weights '"
                + spec
                + "' must be balanced or one number per class, e.g. "
                + example(train.classNames()),
            e);
      }
    }
    return given(weights, train.numClasses());
  }

  private static String example(List<String> classNames) {
    StringBuilder text = new StringBuilder("1");
    for (int c = 1; c < classNames.size(); c++) {
      text.append(":1");
    }
    return text.toString();
  }
}
