package org.nonlin.eval;

/**
 * The figures of a two-class confusion matrix, the positive class against the negative one.
 *
 * <p>With P = TP + FN positives, N = FP + TN negatives and n = P + N, and a ratio with a zero
 * denominator taken as 0 (see the package documentation):
 *
 * <ul>
 *   <li>accuracy = (TP + TN) / n
 *   <li>precision = TP / (TP + FP); recall = TPR = sensitivity = TP / P
 *   <li>FPR = FP / N; specificity = TNR = TN / N
 *   <li>F_beta = (1 + beta^2) TP / ((1 + beta^2) TP + beta^2 FN + FP), the weighted harmonic mean
 *       of precision and recall; F1 = 2 TP / (2 TP + FN + FP)
 *   <li>balanced accuracy = (TPR + TNR) / 2; G-mean = sqrt(TPR TNR)
 *   <li>MCC = (TP TN - FP FN) / sqrt((TP + FP)(TP + FN)(TN + FP)(TN + FN)) (Matthews 1975)
 *   <li>Cohen's kappa = 2 (TP TN - FN FP) / ((TP + FP)(FP + TN) + (TP + FN)(FN + TN)) (Cohen 1960)
 * </ul>
 *
 * <p>The chapter's example, TP 521, FN 29, FP 15, TN 435, gives accuracy 0.956, precision 0.972,
 * recall 0.947, FPR 0.033 and F1 0.959. Products of counts are formed in double, so they cannot
 * overflow.
 *
 * @param truePositives TP, positives predicted positive
 * @param falseNegatives FN, positives predicted negative
 * @param falsePositives FP, negatives predicted positive
 * @param trueNegatives TN, negatives predicted negative
 */
public record BinaryMetrics(
    long truePositives, long falseNegatives, long falsePositives, long trueNegatives) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or all are 0
   */
  public BinaryMetrics {
    if (truePositives < 0 || falseNegatives < 0 || falsePositives < 0 || trueNegatives < 0) {
      throw new IllegalArgumentException(
          "confusion counts TP "
              + truePositives
              + ", FN "
              + falseNegatives
              + ", FP "
              + falsePositives
              + ", TN "
              + trueNegatives
              + " must all be >= 0");
    }
    if (truePositives + falseNegatives + falsePositives + trueNegatives == 0) {
      throw new IllegalArgumentException("confusion counts are all 0; there is nothing to rate");
    }
  }

  /** n = TP + FN + FP + TN. */
  public long total() {
    return truePositives + falseNegatives + falsePositives + trueNegatives;
  }

  /** P = TP + FN. */
  public long positives() {
    return truePositives + falseNegatives;
  }

  /** N = FP + TN. */
  public long negatives() {
    return falsePositives + trueNegatives;
  }

  /** (TP + TN) / n. */
  public double accuracy() {
    return (double) (truePositives + trueNegatives) / total();
  }

  /** TP / (TP + FP); 0 when nothing is predicted positive. */
  public double precision() {
    return Ratios.of(truePositives, truePositives + falsePositives);
  }

  /** Recall = TPR = TP / P; 0 without positives. */
  public double recall() {
    return Ratios.of(truePositives, positives());
  }

  /** TPR = TP / P, the same as {@link #recall}. */
  public double truePositiveRate() {
    return recall();
  }

  /** FPR = FP / N; 0 without negatives. */
  public double falsePositiveRate() {
    return Ratios.of(falsePositives, negatives());
  }

  /** Specificity = TNR = TN / N; 0 without negatives. */
  public double specificity() {
    return Ratios.of(trueNegatives, negatives());
  }

  /**
   * F_beta = (1 + beta^2) TP / ((1 + beta^2) TP + beta^2 FN + FP): recall weighs beta times as much
   * as precision; 0 when TP = FN = FP = 0.
   *
   * @param beta > 0 and finite
   */
  public double fBeta(double beta) {
    if (!(beta > 0 && beta < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("beta " + beta + " must be > 0 and finite");
    }
    double b2 = beta * beta;
    double weighted = (1 + b2) * truePositives;
    return Ratios.of(weighted, weighted + b2 * falseNegatives + falsePositives);
  }

  /** F1 = 2 TP / (2 TP + FN + FP), the harmonic mean of precision and recall. */
  public double f1() {
    return fBeta(1);
  }

  /** (TPR + TNR) / 2. */
  public double balancedAccuracy() {
    return (recall() + specificity()) / 2;
  }

  /** G-mean = sqrt(TPR TNR). */
  public double gMean() {
    return Math.sqrt(recall() * specificity());
  }

  /** Matthews correlation coefficient in [-1, 1]; 0 when a row or column of the matrix is 0. */
  public double mcc() {
    double tp = truePositives;
    double fn = falseNegatives;
    double fp = falsePositives;
    double tn = trueNegatives;
    double denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
    return Ratios.of(tp * tn - fp * fn, denominator);
  }

  /** Cohen's kappa in [-1, 1]; 0 when chance agreement is 1 (everything in one cell). */
  public double kappa() {
    double tp = truePositives;
    double fn = falseNegatives;
    double fp = falsePositives;
    double tn = trueNegatives;
    return Ratios.of(2 * (tp * tn - fn * fp), (tp + fp) * (fp + tn) + (tp + fn) * (fn + tn));
  }
}
