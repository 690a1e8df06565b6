package org.nonlin.imbalance;

import java.util.Arrays;
import org.nonlin.data.Dataset;

/**
 * Collects the rows of a resampled set: original rows that are kept, which come out in their
 * original order, followed by added rows (copies or synthetic samples) in the order they were
 * added.
 */
final class ResampledRows {

  private final TrainingSet source;
  private int[] kept = new int[16];
  private int keptSize;
  private float[] added = new float[16];
  private int[] addedLabels = new int[16];
  private int addedSize;

  ResampledRows(TrainingSet source) {
    this.source = source;
  }

  /** Keeps original rows; each row should be kept at most once. */
  void keep(int[] rows) {
    if (keptSize + rows.length > kept.length) {
      kept = Arrays.copyOf(kept, Math.max(2 * kept.length, keptSize + rows.length));
    }
    System.arraycopy(rows, 0, kept, keptSize, rows.length);
    keptSize += rows.length;
  }

  /** Adds a copy of an original row after the kept ones. */
  void addCopy(int row) {
    add(source.x(), row * source.cols(), source.label(row));
  }

  /**
   * Adds a new row after the kept ones.
   *
   * @param features holds the row's {@code cols} values from {@code offset}; not modified
   */
  void add(float[] features, int offset, int label) {
    int cols = source.cols();
    if (addedSize == addedLabels.length) {
      addedLabels = Arrays.copyOf(addedLabels, 2 * addedLabels.length);
    }
    if ((addedSize + 1) * cols > added.length) {
      added = Arrays.copyOf(added, Math.max(2 * added.length, (addedSize + 1) * cols));
    }
    System.arraycopy(features, offset, added, addedSize * cols, cols);
    addedLabels[addedSize++] = label;
  }

  /** The resampled data set, with the source's feature and class names. */
  Dataset build() {
    Dataset data = source.data();
    int[] order = Arrays.copyOf(kept, keptSize);
    Arrays.sort(order);
    if (addedSize == 0) {
      return data.subset(order);
    }
    int cols = source.cols();
    float[] x = new float[(keptSize + addedSize) * cols];
    data.gatherFeatures(order, 0, keptSize, x);
    System.arraycopy(added, 0, x, keptSize * cols, addedSize * cols);
    int[] labels = new int[keptSize + addedSize];
    for (int i = 0; i < keptSize; i++) {
      labels[i] = source.label(order[i]);
    }
    System.arraycopy(addedLabels, 0, labels, keptSize, addedSize);
    return Dataset.classification(x, cols, labels, data.featureNames(), data.classNames());
  }
}
