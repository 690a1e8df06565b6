package org.nonlin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How predictions are turned into a report: the class names, the decision threshold of a two-class
 * problem, the ROC thresholds, and the class priors that RAE and RRSE compare against.
 *
 * <p>Two classes: a sample is predicted class 1 when P(class 1) >= threshold, so a probability of
 * exactly the threshold (0.5 by default, {@link #DEFAULT_THRESHOLD}) counts as positive. The
 * comparison is made in float32, the precision of the probabilities, so 0.7f reaches 0.7. More
 * classes: the predicted class is the one with the highest probability, the lowest index on ties;
 * the threshold is then not used.
 *
 * @param classNames k >= 2 distinct names, one per class index
 * @param threshold decision threshold in [0, 1], used for two classes
 * @param rocMethod the ROC curve's thresholds; {@link RocMethod#EXACT} by default
 * @param priors class priors q for RAE and RRSE, normalised to sum 1; empty to use the evaluated
 *     data's own class frequencies
 */
public record EvaluationOptions(
    List<String> classNames, double threshold, RocMethod rocMethod, List<Double> priors) {

  /** The default decision threshold of a two-class problem. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /**
   * Checks and normalises the options.
   *
   * @throws IllegalArgumentException if fewer than 2 or repeated class names are given, the
   *     threshold is outside [0, 1], or the priors are not k finite non-negative weights with a
   *     positive sum
   */
  public EvaluationOptions {
    classNames = Checks.classNames(classNames);
    Checks.threshold(threshold);
    Objects.requireNonNull(rocMethod, "rocMethod");
    priors = normalise(priors, classNames.size());
  }

  /** Defaults for the named classes: threshold 0.5, exact ROC, priors from the data. */
  public static EvaluationOptions of(List<String> classNames) {
    return new EvaluationOptions(classNames, DEFAULT_THRESHOLD, RocMethod.EXACT, List.of());
  }

  /** Defaults for k classes named "0", "1", ..., "k-1". */
  public static EvaluationOptions forClasses(int numClasses) {
    if (numClasses < 2) {
      throw new IllegalArgumentException("number of classes " + numClasses + " must be >= 2");
    }
    List<String> names = new ArrayList<>(numClasses);
    for (int c = 0; c < numClasses; c++) {
      names.add(Integer.toString(c));
    }
    return of(names);
  }

  /** A copy with another decision threshold, in [0, 1]. */
  public EvaluationOptions withThreshold(double newThreshold) {
    return new EvaluationOptions(classNames, newThreshold, rocMethod, priors);
  }

  /** A copy with another ROC method. */
  public EvaluationOptions withRocMethod(RocMethod newMethod) {
    return new EvaluationOptions(classNames, threshold, newMethod, priors);
  }

  /**
   * A copy with class priors given as frequencies or counts (normalised here), e.g. {@code
   * Dataset.classCounts()} of the training set.
   *
   * @param weights one finite non-negative weight per class, not all 0; not modified
   */
  public EvaluationOptions withPriors(double... weights) {
    List<Double> list = new ArrayList<>(weights.length);
    for (double w : weights) {
      list.add(w);
    }
    return new EvaluationOptions(classNames, threshold, rocMethod, list);
  }

  /** Number of classes k. */
  public int numClasses() {
    return classNames.size();
  }

  /** Probabilities per sample: 1 for two classes (P(class 1)), k otherwise. */
  public int width() {
    return numClasses() == 2 ? 1 : numClasses();
  }

  private static List<Double> normalise(List<Double> weights, int k) {
    if (weights.isEmpty()) {
      return List.of();
    }
    if (weights.size() != k) {
      throw new IllegalArgumentException(
          weights.size() + " priors " + weights + " given for " + k + " classes");
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "prior " + w + " in " + weights + " must be finite and >= 0");
      }
      sum += w;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("priors " + weights + " must not all be 0");
    }
    if (sum == 1) {
      return List.copyOf(weights);
    }
    List<Double> normalised = new ArrayList<>(k);
    for (double w : weights) {
      normalised.add(w / sum);
    }
    return List.copyOf(normalised);
  }
}
