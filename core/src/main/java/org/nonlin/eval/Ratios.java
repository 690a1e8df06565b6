package org.nonlin.eval;

/** The one place that decides what a ratio with a zero denominator is. */
final class Ratios {

  private Ratios() {}

  /**
   * Returns {@code numerator / denominator}, or 0 when the denominator is 0 (scikit-learn's {@code
   * zero_division=0}): a class that is never predicted has precision 0, an absent class recall 0.
   */
  static double of(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
