package org.nonlin.eval;

import java.util.function.IntToDoubleFunction;

/**
 * The points of one walk over a {@link ScoreRanking}, stored: threshold, TP and FP per point. The
 * ROC and precision-recall curves keep their points here.
 */
final class CurvePoints {

  private final double[] thresholds;
  private final long[] truePositives;
  private final long[] falsePositives;

  private CurvePoints(int size) {
    thresholds = new double[size];
    truePositives = new long[size];
    falsePositives = new long[size];
  }

  /**
   * Walks a ranking, stores its points and passes every point, stored or not, to an observer.
   *
   * @param skipOrigin leave out the first point (+infinity, 0, 0), where nothing is predicted
   *     positive
   * @param observer receives every point, e.g. to sum an area along the walk
   */
  static CurvePoints record(
      ScoreRanking ranking,
      RocMethod method,
      boolean skipOrigin,
      ScoreRanking.PointVisitor observer) {
    int skipped = skipOrigin ? 1 : 0;
    CurvePoints points = new CurvePoints(ranking.countPoints(method) - skipped);
    int[] index = {-skipped};
    ranking.walk(
        method,
        (t, tp, fp) -> {
          int i = index[0]++;
          if (i >= 0) {
            points.thresholds[i] = t;
            points.truePositives[i] = tp;
            points.falsePositives[i] = fp;
          }
          observer.visit(t, tp, fp);
        });
    return points;
  }

  int size() {
    return thresholds.length;
  }

  double threshold(int i) {
    return thresholds[i];
  }

  long truePositives(int i) {
    return truePositives[i];
  }

  long falsePositives(int i) {
    return falsePositives[i];
  }

  /** A copy of the thresholds, descending. */
  double[] thresholds() {
    return thresholds.clone();
  }

  /** A new array holding {@code value(i)} for every point i. */
  double[] tabulate(IntToDoubleFunction value) {
    double[] out = new double[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = value.applyAsDouble(i);
    }
    return out;
  }
}
