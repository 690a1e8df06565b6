package org.nonlin.experiment;

import java.util.Arrays;
import org.nonlin.eval.RocCurve;

/**
 * A ROC curve of one class against the rest, thinned for drawing, with the exact area.
 *
 * <p>The points come from {@link RocCurve#exact}, from (0, 0) to (1, 1); a point is kept when its
 * FPR or TPR differs from the last kept point's by at least {@link #STEP}, and the last point is
 * always kept. Every dropped point thus lies within {@link #STEP} (in FPR and in TPR) of the kept
 * point before it, and since FPR and TPR only grow, at most 2 / {@link #STEP} + 2 points are kept
 * however many samples were scored. The area is the exact curve's.
 *
 * @param falsePositiveRates FPR of the kept points, ascending; copied in and out
 * @param truePositiveRates TPR of the kept points; copied in and out
 * @param auc the exact curve's area
 */
public record ImbalanceRoc(double[] falsePositiveRates, double[] truePositiveRates, double auc) {

  /** Smallest move in FPR or TPR between two kept points. */
  public static final double STEP = 0.005;

  /**
   * Checks the lengths and copies.
   *
   * @throws IllegalArgumentException when the arrays are empty or differ in length
   */
  public ImbalanceRoc {
    if (falsePositiveRates.length == 0 || falsePositiveRates.length != truePositiveRates.length) {
      throw new IllegalArgumentException(
          falsePositiveRates.length
              + " FPR and "
              + truePositiveRates.length
              + " TPR values; a curve needs as many of each, at least 1");
    }
    falsePositiveRates = falsePositiveRates.clone();
    truePositiveRates = truePositiveRates.clone();
  }

  /**
   * The thinned curve of {@code curve}.
   *
   * @param curve an exact or swept curve; not modified
   */
  public static ImbalanceRoc of(RocCurve curve) {
    double[] fpr = curve.falsePositiveRates();
    double[] tpr = curve.truePositiveRates();
    int n = fpr.length;
    double[] keptFpr = new double[n];
    double[] keptTpr = new double[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      boolean moved =
          kept == 0
              || i == n - 1
              || Math.abs(fpr[i] - keptFpr[kept - 1]) >= STEP
              || Math.abs(tpr[i] - keptTpr[kept - 1]) >= STEP;
      if (moved) {
        keptFpr[kept] = fpr[i];
        keptTpr[kept] = tpr[i];
        kept++;
      }
    }
    return new ImbalanceRoc(
        Arrays.copyOf(keptFpr, kept), Arrays.copyOf(keptTpr, kept), curve.auc());
  }

  @Override
  public double[] falsePositiveRates() {
    return falsePositiveRates.clone();
  }

  @Override
  public double[] truePositiveRates() {
    return truePositiveRates.clone();
  }

  /** Number of kept points. */
  public int size() {
    return falsePositiveRates.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImbalanceRoc that
        && Arrays.equals(falsePositiveRates, that.falsePositiveRates)
        && Arrays.equals(truePositiveRates, that.truePositiveRates)
        && Double.compare(auc, that.auc) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(falsePositiveRates) + Arrays.hashCode(truePositiveRates))
        + Double.hashCode(auc);
  }

  @Override
  public String toString() {
    return "ImbalanceRoc[" + size() + " points, auc=" + auc + "]";
  }
}
