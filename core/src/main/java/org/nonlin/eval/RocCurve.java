package org.nonlin.eval;

/**
 * A receiver operating characteristic curve of a two-class problem and the area under it.
 *
 * <p>Point i is (FPR_i, TPR_i) = (FP_i / N, TP_i / P), where TP_i and FP_i count the positives and
 * negatives with score >= threshold_i; thresholds descend, so the points run from (0, 0) to (1, 1).
 * See {@link RocMethod} for which thresholds are used. The area is the trapezoid sum
 *
 * <pre>AUC = sum_i (FPR_i - FPR_{i-1}) (TPR_i + TPR_{i-1}) / 2.</pre>
 *
 * <p>With {@link RocMethod#EXACT} this equals the Mann-Whitney statistic U / (P N), the probability
 * that a random positive outscores a random negative, ties counting 1/2 (a tie of a positive and a
 * negative makes a diagonal step). A sweep's points are a subset of the exact curve's points,
 * joined by straight lines, so its area only approximates the exact one.
 *
 * <p>The curve is undefined without positives or without negatives; the factories then throw rather
 * than return 0.5. Immutable; arrays are copied out.
 */
public final class RocCurve {

  private final RocMethod method;
  private final long positives;
  private final long negatives;
  private final CurvePoints points;
  private final double auc;

  private RocCurve(ScoreRanking ranking, RocMethod method) {
    requireBothClasses(ranking);
    Area area = new Area();
    this.method = method;
    this.positives = ranking.numPositives();
    this.negatives = ranking.numNegatives();
    this.points = CurvePoints.record(ranking, method, false, area);
    this.auc = area.auc(positives, negatives);
  }

  /**
   * The exact curve: every distinct score is a threshold.
   *
   * @param labels 1 for a positive, 0 for a negative; not modified
   * @param scores P(positive) per sample, in [0, 1]; not modified
   * @throws IllegalArgumentException if the input is empty, the lengths differ, a label is not 0 or
   *     1, a score is NaN or outside [0, 1], or one of the two classes is absent
   */
  public static RocCurve exact(int[] labels, float[] scores) {
    return of(labels, scores, RocMethod.EXACT);
  }

  /**
   * The curve at the thresholds of a method, e.g. {@code RocCurve.of(y, s,
   * RocMethod.CHAPTER_SWEEP)}. Arguments and errors as for {@link #exact}.
   */
  public static RocCurve of(int[] labels, float[] scores, RocMethod method) {
    return new RocCurve(ScoreRanking.of(labels, scores), method);
  }

  /** The curve of a ranking that holds both classes. */
  static RocCurve of(ScoreRanking ranking, RocMethod method) {
    return new RocCurve(ranking, method);
  }

  /** The area under the curve of a ranking without storing the curve (O(1) extra memory). */
  static double auc(ScoreRanking ranking, RocMethod method) {
    requireBothClasses(ranking);
    Area area = new Area();
    ranking.walk(method, area);
    return area.auc(ranking.numPositives(), ranking.numNegatives());
  }

  private static void requireBothClasses(ScoreRanking ranking) {
    if (ranking.numPositives() == 0 || ranking.numNegatives() == 0) {
      throw new IllegalArgumentException(
          "ROC curve and AUC are undefined with "
              + ranking.numPositives()
              + " positives and "
              + ranking.numNegatives()
              + " negatives; both classes must be present");
    }
  }

  /** Which thresholds the curve used. */
  public RocMethod method() {
    return method;
  }

  /** Area under the curve, in [0, 1]: 1 for a perfect ranking, 0 for an inverted one. */
  public double auc() {
    return auc;
  }

  /** Number of positives P. */
  public long positives() {
    return positives;
  }

  /** Number of negatives N. */
  public long negatives() {
    return negatives;
  }

  /** Number of points, including the first (0, 0). */
  public int size() {
    return points.size();
  }

  /** Threshold of point i: +infinity for the first point, -infinity for a sweep's added end. */
  public double threshold(int i) {
    return points.threshold(i);
  }

  /** TP_i: positives with score >= threshold_i. */
  public long truePositives(int i) {
    return points.truePositives(i);
  }

  /** FP_i: negatives with score >= threshold_i. */
  public long falsePositives(int i) {
    return points.falsePositives(i);
  }

  /** TPR_i = TP_i / P. */
  public double truePositiveRate(int i) {
    return (double) points.truePositives(i) / positives;
  }

  /** FPR_i = FP_i / N. */
  public double falsePositiveRate(int i) {
    return (double) points.falsePositives(i) / negatives;
  }

  /** All thresholds, descending; a copy. */
  public double[] thresholds() {
    return points.thresholds();
  }

  /** All TPR_i, a new array. */
  public double[] truePositiveRates() {
    return points.tabulate(this::truePositiveRate);
  }

  /** All FPR_i, a new array. */
  public double[] falsePositiveRates() {
    return points.tabulate(this::falsePositiveRate);
  }

  @Override
  public String toString() {
    return "RocCurve[" + method.label() + ", " + size() + " points, auc=" + auc + "]";
  }

  /** Trapezoid area in count units: twice the area times P N, summed step by step. */
  private static final class Area implements ScoreRanking.PointVisitor {
    private long lastTp;
    private long lastFp;
    private double twiceArea;

    @Override
    public void visit(double threshold, long truePositives, long falsePositives) {
      twiceArea += (double) (falsePositives - lastFp) * (truePositives + lastTp);
      lastTp = truePositives;
      lastFp = falsePositives;
    }

    double auc(long positives, long negatives) {
      return twiceArea / (2.0 * positives * negatives);
    }
  }
}
