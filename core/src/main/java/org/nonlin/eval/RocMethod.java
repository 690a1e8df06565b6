package org.nonlin.eval;

import java.util.Arrays;

/**
 * How a ROC curve picks its thresholds: {@link #EXACT}, every distinct score (the default), or a
 * fixed sweep such as the chapter's {@link #CHAPTER_SWEEP} 0.1, 0.2, ..., 0.9.
 *
 * <p>Both start at the point (0, 0) for threshold +infinity. The exact curve ends at (1, 1) at the
 * lowest score; a sweep gets a last point (1, 1) for threshold -infinity when its lowest threshold
 * leaves some sample negative, so that its area spans [0, 1]. A sample is predicted positive at
 * threshold t when its score s satisfies {@code s >= t}, compared in float32, the precision of the
 * scores (so the float 0.9f counts as reaching 0.9). Immutable.
 */
public final class RocMethod {

  /** Every distinct score is a threshold; the trapezoid area equals the Mann-Whitney statistic. */
  public static final RocMethod EXACT = new RocMethod(new double[0]);

  /** The chapter's sweep: thresholds 0.1, 0.2, ..., 0.9. */
  public static final RocMethod CHAPTER_SWEEP =
      thresholds(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);

  /** Distinct thresholds in descending order; empty for {@link #EXACT}. */
  private final double[] descending;

  private RocMethod(double[] descending) {
    this.descending = descending;
  }

  /**
   * A sweep over the given thresholds, in any order; repeated values count once.
   *
   * @param thresholds at least one, each in [0, 1]; not modified
   * @throws IllegalArgumentException if none is given or one is NaN or outside [0, 1]
   */
  public static RocMethod thresholds(double... thresholds) {
    if (thresholds.length == 0) {
      throw new IllegalArgumentException(
          "a threshold sweep needs at least one threshold in [0, 1]; use EXACT for all scores");
    }
    for (double t : thresholds) {
      Checks.threshold(t);
    }
    double[] sorted = Arrays.stream(thresholds).distinct().sorted().toArray();
    double[] descending = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      descending[i] = sorted[sorted.length - 1 - i];
    }
    return new RocMethod(descending);
  }

  /** True for {@link #EXACT}. */
  public boolean isExact() {
    return descending.length == 0;
  }

  /** The sweep's thresholds in ascending order, a copy; empty for {@link #EXACT}. */
  public double[] thresholds() {
    double[] ascending = new double[descending.length];
    for (int i = 0; i < descending.length; i++) {
      ascending[i] = descending[descending.length - 1 - i];
    }
    return ascending;
  }

  /** The sweep's thresholds in descending order, not copied: callers must not modify it. */
  double[] descendingThresholds() {
    return descending;
  }

  /** "exact" or "thresholds", the value of the report's {@code roc_method} key. */
  public String label() {
    return isExact() ? "exact" : "thresholds";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RocMethod that && Arrays.equals(descending, that.descending);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(descending);
  }

  @Override
  public String toString() {
    return isExact() ? "exact" : "thresholds" + Arrays.toString(thresholds());
  }
}
