package org.nonlin.eval;

import java.util.Arrays;

/**
 * The scores of the positives and of the negatives of a two-class problem, each sorted ascending,
 * and the one walk that turns them into cumulative counts (threshold, TP, FP) from the highest
 * threshold down. ROC and precision-recall curves, AUC and average precision all read this walk.
 */
final class ScoreRanking {

  /** Receives the points of a walk, in order of descending threshold. */
  interface PointVisitor {
    /** TP and FP are the numbers of positives and negatives with score >= threshold. */
    void visit(double threshold, long truePositives, long falsePositives);
  }

  private final float[] positives;
  private final float[] negatives;

  /** Takes two sorted arrays without copying them. */
  ScoreRanking(float[] sortedPositives, float[] sortedNegatives) {
    this.positives = sortedPositives;
    this.negatives = sortedNegatives;
  }

  /**
   * Splits binary labels and scores into a ranking.
   *
   * @param labels 0 (negative) or 1 (positive) per sample; not modified
   * @param scores a probability in [0, 1] per sample; not modified
   */
  static ScoreRanking of(int[] labels, float[] scores) {
    Checks.batchShape(labels.length, scores.length, 1);
    int numPositives = 0;
    for (int i = 0; i < labels.length; i++) {
      Checks.label(labels[i], 2, i);
      Checks.probability(scores[i], i, 0);
      numPositives += labels[i];
    }
    float[] pos = new float[numPositives];
    float[] neg = new float[labels.length - numPositives];
    int p = 0;
    int q = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == 1) {
        pos[p++] = scores[i];
      } else {
        neg[q++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    return new ScoreRanking(pos, neg);
  }

  long numPositives() {
    return positives.length;
  }

  long numNegatives() {
    return negatives.length;
  }

  /**
   * Visits (+infinity, 0, 0), then one point per threshold of the method. For {@link
   * RocMethod#EXACT} the thresholds are the distinct scores, so tied positives and negatives enter
   * in one step. A sweep ends with (-infinity, P, N) unless its last point already holds everyone.
   */
  void walk(RocMethod method, PointVisitor visitor) {
    visitor.visit(Double.POSITIVE_INFINITY, 0, 0);
    if (method.isExact()) {
      walkDistinctScores(visitor);
      return;
    }
    long tp = 0;
    long fp = 0;
    for (double t : method.descendingThresholds()) {
      tp = countAtLeast(positives, t);
      fp = countAtLeast(negatives, t);
      visitor.visit(t, tp, fp);
    }
    if (tp < positives.length || fp < negatives.length) {
      visitor.visit(Double.NEGATIVE_INFINITY, positives.length, negatives.length);
    }
  }

  /** Number of points {@link #walk} visits. */
  int countPoints(RocMethod method) {
    int[] count = {0};
    walk(method, (t, tp, fp) -> count[0]++);
    return count[0];
  }

  private void walkDistinctScores(PointVisitor visitor) {
    int i = positives.length - 1;
    int j = negatives.length - 1;
    while (i >= 0 || j >= 0) {
      float score =
          Math.max(
              i >= 0 ? positives[i] : Float.NEGATIVE_INFINITY,
              j >= 0 ? negatives[j] : Float.NEGATIVE_INFINITY);
      while (i >= 0 && positives[i] == score) {
        i--;
      }
      while (j >= 0 && negatives[j] == score) {
        j--;
      }
      visitor.visit(score, positives.length - 1 - i, negatives.length - 1 - j);
    }
  }

  /**
   * Number of values {@code v} of an ascending array with {@code v >= threshold}, compared in
   * float32 like the scores, so that a score 0.9f counts at the threshold 0.9.
   */
  private static long countAtLeast(float[] ascending, double threshold) {
    float t = (float) threshold;
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] >= t) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return ascending.length - lo;
  }
}
