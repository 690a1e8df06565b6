package org.nonlin.eval;

/**
 * The precision-recall curve of a two-class problem and its average precision.
 *
 * <p>Every distinct score s_i, from the highest down, gives a point (R_i, P_i) with R_i = TP_i / P
 * and P_i = TP_i / (TP_i + FP_i), counting the samples with score >= s_i. Average precision is the
 * step-wise sum
 *
 * <pre>AP = sum_i (R_i - R_{i-1}) P_i,   R_0 = 0,</pre>
 *
 * as scikit-learn defines it (no interpolation; tied scores enter in one step). There is no
 * artificial point at recall 0. Undefined without positives: the factory then throws. Immutable;
 * arrays are copied out.
 */
public final class PrecisionRecallCurve {

  private final long positives;
  private final CurvePoints points;
  private final double averagePrecision;

  private PrecisionRecallCurve(ScoreRanking ranking) {
    requirePositives(ranking);
    StepSum sum = new StepSum(ranking.numPositives());
    this.positives = ranking.numPositives();
    this.points = CurvePoints.record(ranking, RocMethod.EXACT, true, sum);
    this.averagePrecision = sum.total;
  }

  /**
   * The curve over every distinct score.
   *
   * @param labels 1 for a positive, 0 for a negative; not modified
   * @param scores P(positive) per sample, in [0, 1]; not modified
   * @throws IllegalArgumentException if the input is empty, the lengths differ, a label is not 0 or
   *     1, a score is NaN or outside [0, 1], or there is no positive
   */
  public static PrecisionRecallCurve of(int[] labels, float[] scores) {
    return new PrecisionRecallCurve(ScoreRanking.of(labels, scores));
  }

  /** The curve of a ranking that holds at least one positive. */
  static PrecisionRecallCurve of(ScoreRanking ranking) {
    return new PrecisionRecallCurve(ranking);
  }

  /** Average precision of a ranking without storing the curve. */
  static double averagePrecision(ScoreRanking ranking) {
    requirePositives(ranking);
    StepSum sum = new StepSum(ranking.numPositives());
    ranking.walk(RocMethod.EXACT, sum);
    return sum.total;
  }

  private static void requirePositives(ScoreRanking ranking) {
    if (ranking.numPositives() == 0) {
      throw new IllegalArgumentException(
          "precision-recall curve and average precision are undefined with 0 positives among "
              + ranking.numNegatives()
              + " samples");
    }
  }

  /** Average precision AP = sum_i (R_i - R_{i-1}) P_i, in [0, 1]. */
  public double averagePrecision() {
    return averagePrecision;
  }

  /** Number of positives P. */
  public long positives() {
    return positives;
  }

  /** Number of points: the number of distinct scores. */
  public int size() {
    return points.size();
  }

  /** Threshold s_i of point i; descending in i. */
  public double threshold(int i) {
    return points.threshold(i);
  }

  /** R_i = TP_i / P. */
  public double recall(int i) {
    return (double) points.truePositives(i) / positives;
  }

  /** P_i = TP_i / (TP_i + FP_i). */
  public double precision(int i) {
    long tp = points.truePositives(i);
    return (double) tp / (tp + points.falsePositives(i));
  }

  /** All thresholds, descending; a copy. */
  public double[] thresholds() {
    return points.thresholds();
  }

  /** All R_i, a new array. */
  public double[] recalls() {
    return points.tabulate(this::recall);
  }

  /** All P_i, a new array. */
  public double[] precisions() {
    return points.tabulate(this::precision);
  }

  @Override
  public String toString() {
    return "PrecisionRecallCurve[" + size() + " points, ap=" + averagePrecision + "]";
  }

  /** Accumulates sum_i (R_i - R_{i-1}) P_i along a walk. */
  private static final class StepSum implements ScoreRanking.PointVisitor {
    private final long positives;
    private long lastTp;
    private double total;

    StepSum(long positives) {
      this.positives = positives;
    }

    @Override
    public void visit(double threshold, long truePositives, long falsePositives) {
      if (truePositives > lastTp) {
        double precision = (double) truePositives / (truePositives + falsePositives);
        total += (double) (truePositives - lastTp) / positives * precision;
      }
      lastTp = truePositives;
    }
  }
}
