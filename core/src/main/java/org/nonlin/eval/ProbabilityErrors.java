package org.nonlin.eval;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Errors of predicted class-probability vectors against one-hot targets, Weka's four figures.
 *
 * <p>Each sample i has a probability vector p_i over the k classes and a one-hot target y_i; for
 * two classes with a single probability p of class 1 the vector is (1 - p, p). The reference
 * predictor always outputs the class priors q (training class frequencies; the evaluated data's own
 * frequencies when the caller gives none). Sums run over i = 1..n and c = 1..k:
 *
 * <pre>
 * MAE  = sum |p_ic - y_ic| / (n k)
 * RMSE = sqrt(sum (p_ic - y_ic)^2 / (n k))
 * RAE  = 100 * sum |p_ic - y_ic| / sum |q_c - y_ic|          (percent)
 * RRSE = 100 * sqrt(sum (p_ic - y_ic)^2 / sum (q_c - y_ic)^2)  (percent)
 * </pre>
 *
 * Dividing by k follows Weka, so for two classes MAE = mean |p_i - y_i| with y_i in {0, 1}. RAE and
 * RRSE are undefined (empty) when the prior predictor makes no error, which happens only when all
 * samples are of one class that has prior 1. Weka builds its priors from training counts plus one
 * per class; pass those (count_c + 1) to reproduce Weka's figures exactly.
 *
 * @param mae mean absolute error, in [0, 1]
 * @param rmse root mean squared error, in [0, 1]
 * @param rae relative absolute error in percent, or empty when undefined
 * @param rrse root relative squared error in percent, or empty when undefined
 * @param priors the prior vector q that RAE and RRSE compare against, summing to 1
 */
public record ProbabilityErrors(
    double mae, double rmse, OptionalDouble rae, OptionalDouble rrse, List<Double> priors) {

  /** Checks that the optional figures are given and copies the priors. */
  public ProbabilityErrors {
    Objects.requireNonNull(rae, "rae");
    Objects.requireNonNull(rrse, "rrse");
    priors = List.copyOf(priors);
  }

  /**
   * sum_c |p_c - y_c| of one sample whose probabilities are {@code probs[offset .. offset +
   * width)}; width 1 stands for the vector (1 - p, p), both of whose entries err by |p - y|.
   */
  static double absoluteError(int label, float[] probs, int offset, int width) {
    if (width == 1) {
      return 2 * Math.abs(probs[offset] - (double) label);
    }
    double sum = 0;
    for (int c = 0; c < width; c++) {
      sum += Math.abs(probs[offset + c] - (c == label ? 1.0 : 0.0));
    }
    return sum;
  }

  /** sum_c (p_c - y_c)^2 of one sample, with the layout of {@link #absoluteError}. */
  static double squaredError(int label, float[] probs, int offset, int width) {
    if (width == 1) {
      double e = probs[offset] - (double) label;
      return 2 * e * e;
    }
    double sum = 0;
    for (int c = 0; c < width; c++) {
      double e = probs[offset + c] - (c == label ? 1.0 : 0.0);
      sum += e * e;
    }
    return sum;
  }

  /**
   * The four figures from the error sums of n samples and the class counts n_t. The prior
   * predictor's sums follow in closed form: sample of class t errs by 1 - q_t on its own class and
   * by q_c on each other class, so sum |q - y| = sum_t n_t 2 (1 - q_t) and sum (q - y)^2 = sum_t
   * n_t ((1 - q_t)^2 + sum_c q_c^2 - q_t^2).
   *
   * @param priors q, k values summing to 1
   */
  static ProbabilityErrors fromSums(
      double absoluteSum, double squaredSum, long[] classCounts, List<Double> priors) {
    int k = classCounts.length;
    long n = 0;
    double sumOfSquares = 0;
    for (int c = 0; c < k; c++) {
      n += classCounts[c];
      sumOfSquares += priors.get(c) * priors.get(c);
    }
    double priorAbsolute = 0;
    double priorSquared = 0;
    for (int t = 0; t < k; t++) {
      double q = priors.get(t);
      priorAbsolute += classCounts[t] * 2 * (1 - q);
      priorSquared += classCounts[t] * ((1 - q) * (1 - q) + sumOfSquares - q * q);
    }
    double cells = (double) n * k;
    OptionalDouble rae =
        priorAbsolute > 0
            ? OptionalDouble.of(100 * absoluteSum / priorAbsolute)
            : OptionalDouble.empty();
    OptionalDouble rrse =
        priorSquared > 0
            ? OptionalDouble.of(100 * Math.sqrt(squaredSum / priorSquared))
            : OptionalDouble.empty();
    return new ProbabilityErrors(
        absoluteSum / cells, Math.sqrt(squaredSum / cells), rae, rrse, priors);
  }
}
