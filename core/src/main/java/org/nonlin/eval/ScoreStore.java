package org.nonlin.eval;

import java.util.Arrays;

/**
 * The probability rows of every sample, grouped by true class, kept for the ranking figures (ROC,
 * precision-recall, Hand and Till). Memory: 4 bytes per probability, {@code n * w} in all.
 */
final class ScoreStore {

  private final int width;
  private final GrowableFloatArray[] byClass;

  ScoreStore(int numClasses, int width) {
    this.width = width;
    this.byClass = new GrowableFloatArray[numClasses];
    for (int c = 0; c < numClasses; c++) {
      byClass[c] = new GrowableFloatArray();
    }
  }

  /** Stores the probability row {@code probs[offset .. offset + width)} of a sample of a class. */
  void add(int label, float[] probs, int offset) {
    byClass[label].addAll(probs, offset, width);
  }

  /** Number of probability columns per sample: 1 for two classes, k otherwise. */
  int width() {
    return width;
  }

  /**
   * One probability column split by true class: entry t holds column {@code column} of the samples
   * of class t, sorted ascending. Costs n floats and one sort per class.
   */
  float[][] sortedColumn(int column) {
    float[][] out = new float[byClass.length][];
    for (int t = 0; t < byClass.length; t++) {
      out[t] = new float[byClass[t].size() / width];
      byClass[t].copyColumn(column, width, out[t], 0);
      Arrays.sort(out[t]);
    }
    return out;
  }

  /**
   * Class c against the rest, ranked by P(c). For two classes (width 1) only c = 1 is ranked, by
   * the stored P(class 1).
   */
  ScoreRanking oneVsRest(int c) {
    if (width == 1 && c != 1) {
      throw new IllegalArgumentException(
          "positive class "
              + c
              + " cannot be ranked: with two classes the scores are P(class 1), so the"
              + " positive class must be 1");
    }
    return oneVsRest(sortedColumn(width == 1 ? 0 : c), c);
  }

  /**
   * Class c against the rest, from column c split by true class as {@link #sortedColumn} gives it:
   * the positives are entry c, the negatives all other entries merged.
   */
  static ScoreRanking oneVsRest(float[][] columnByClass, int c) {
    int total = 0;
    for (int t = 0; t < columnByClass.length; t++) {
      total += t == c ? 0 : columnByClass[t].length;
    }
    float[] negatives = new float[total];
    int offset = 0;
    for (int t = 0; t < columnByClass.length; t++) {
      if (t != c) {
        System.arraycopy(columnByClass[t], 0, negatives, offset, columnByClass[t].length);
        offset += columnByClass[t].length;
      }
    }
    Arrays.sort(negatives); // merges the sorted runs
    return new ScoreRanking(columnByClass[c], negatives);
  }
}
