package org.nonlin.eval;

import java.util.List;

/**
 * Precision, recall and F1 averaged over the classes of a confusion matrix, in one of three ways:
 *
 * <ul>
 *   <li>macro: the plain mean of the per-class figures, every class counting the same;
 *   <li>weighted: the mean weighted by support t_c / n;
 *   <li>micro: the figures of the pooled one-vs-rest counts, precision = sum TP / sum (TP + FP) and
 *       so on. For single-label data sum FP = sum FN = n - s, so all three equal the accuracy.
 * </ul>
 *
 * <p>The macro F1 is the mean of the per-class F1 values, not the F1 of the mean precision and
 * recall (scikit-learn's convention).
 *
 * @param precision averaged precision
 * @param recall averaged recall
 * @param f1 averaged F1
 */
public record AveragedMetrics(double precision, double recall, double f1) {

  /** The plain mean over the classes. */
  static AveragedMetrics macro(List<ClassMetrics> perClass) {
    return weightedBy(perClass, false);
  }

  /** The mean weighted by support. */
  static AveragedMetrics weighted(List<ClassMetrics> perClass) {
    return weightedBy(perClass, true);
  }

  /** The figures of the pooled one-vs-rest counts. */
  static AveragedMetrics micro(ConfusionMatrix confusion) {
    long tp = 0;
    long fn = 0;
    long fp = 0;
    for (int c = 0; c < confusion.numClasses(); c++) {
      BinaryMetrics m = confusion.oneVsRest(c);
      tp += m.truePositives();
      fn += m.falseNegatives();
      fp += m.falsePositives();
    }
    BinaryMetrics pooled = new BinaryMetrics(tp, fn, fp, 0);
    return new AveragedMetrics(pooled.precision(), pooled.recall(), pooled.f1());
  }

  private static AveragedMetrics weightedBy(List<ClassMetrics> perClass, boolean bySupport) {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    double totalWeight = 0;
    for (ClassMetrics m : perClass) {
      double w = bySupport ? m.support() : 1;
      precision += w * m.precision();
      recall += w * m.recall();
      f1 += w * m.f1();
      totalWeight += w;
    }
    return new AveragedMetrics(precision / totalWeight, recall / totalWeight, f1 / totalWeight);
  }
}
