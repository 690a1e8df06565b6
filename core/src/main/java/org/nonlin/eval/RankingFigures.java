package org.nonlin.eval;

import java.util.OptionalDouble;

/**
 * The figures that rank samples by their probabilities: one-vs-rest ROC AUC per class with its
 * macro and weighted means, Hand and Till's M, and for two classes the AUC and average precision of
 * P(class 1). Each is empty where it is undefined. Every probability column is sorted once.
 *
 * @param perClassAuc AUC_c of class c against the rest, ranked by P(c); empty when class c is
 *     absent or alone. For two classes both entries hold the AUC of P(class 1) (for the exact
 *     method this is also class 0's AUC, ranked by 1 - P(class 1))
 * @param auc two classes: AUC of P(class 1); more: empty
 * @param averagePrecision two classes: average precision of class 1; more: empty
 * @param macroAuc (1/k) sum_c AUC_c; empty if any AUC_c is undefined
 * @param weightedAuc sum_c (t_c / n) AUC_c over the classes present; empty if only one is
 * @param handTillAuc Hand and Till's (2001) M; empty if some class has no samples
 */
record RankingFigures(
    OptionalDouble[] perClassAuc,
    OptionalDouble auc,
    OptionalDouble averagePrecision,
    OptionalDouble macroAuc,
    OptionalDouble weightedAuc,
    OptionalDouble handTillAuc) {

  /**
   * Computes every figure. Hand and Till's M = 2 / (k (k - 1)) sum_{i < j} (A(i|j) + A(j|i)) / 2,
   * where A(i|j) is the exact AUC of class i against class j ranked by P(i), i.e. the rank
   * statistic (S_i - n_i (n_i + 1) / 2) / (n_i n_j) with ties at mid-rank; it is always exact,
   * whatever the ROC method.
   */
  static RankingFigures of(ScoreStore store, long[] support, RocMethod method) {
    return store.width() == 1 ? binary(store, support, method) : multiClass(store, support, method);
  }

  private static RankingFigures binary(ScoreStore store, long[] support, RocMethod method) {
    ScoreRanking ranking = store.oneVsRest(1);
    OptionalDouble auc = auc(ranking, method);
    OptionalDouble[] perClass = {auc, auc};
    OptionalDouble averagePrecision =
        support[1] > 0
            ? OptionalDouble.of(PrecisionRecallCurve.averagePrecision(ranking))
            : OptionalDouble.empty();
    OptionalDouble handTill = method.isExact() ? auc : auc(ranking, RocMethod.EXACT);
    return new RankingFigures(
        perClass, auc, averagePrecision, macro(perClass), weighted(perClass, support), handTill);
  }

  private static RankingFigures multiClass(ScoreStore store, long[] support, RocMethod method) {
    int k = support.length;
    OptionalDouble[] perClass = new OptionalDouble[k];
    double pairSum = 0;
    for (int c = 0; c < k; c++) {
      float[][] column = store.sortedColumn(c);
      perClass[c] = auc(ScoreStore.oneVsRest(column, c), method);
      for (int j = 0; j < k; j++) {
        if (j != c && support[c] > 0 && support[j] > 0) {
          pairSum += RocCurve.auc(new ScoreRanking(column[c], column[j]), RocMethod.EXACT);
        }
      }
    }
    boolean allPresent = true;
    for (long t : support) {
      allPresent &= t > 0;
    }
    // pairSum holds A(i|j) + A(j|i) for every pair i < j, so sum_{i<j} (A(i|j) + A(j|i)) / 2
    OptionalDouble handTill =
        allPresent ? OptionalDouble.of(pairSum / (k * (k - 1.0))) : OptionalDouble.empty();
    return new RankingFigures(
        perClass,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        macro(perClass),
        weighted(perClass, support),
        handTill);
  }

  /** The AUC of a ranking, or empty when one of its two classes is absent. */
  private static OptionalDouble auc(ScoreRanking ranking, RocMethod method) {
    if (ranking.numPositives() == 0 || ranking.numNegatives() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(RocCurve.auc(ranking, method));
  }

  private static OptionalDouble macro(OptionalDouble[] aucs) {
    double sum = 0;
    for (OptionalDouble auc : aucs) {
      if (auc.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += auc.getAsDouble();
    }
    return OptionalDouble.of(sum / aucs.length);
  }

  /** Classes without samples weigh 0 and are skipped. */
  private static OptionalDouble weighted(OptionalDouble[] aucs, long[] support) {
    double sum = 0;
    long n = 0;
    for (int c = 0; c < aucs.length; c++) {
      if (support[c] == 0) {
        continue;
      }
      if (aucs[c].isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += support[c] * aucs[c].getAsDouble();
      n += support[c];
    }
    return OptionalDouble.of(sum / n);
  }
}
