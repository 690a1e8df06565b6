package org.nonlin.data.io;

import java.nio.file.Path;
import java.util.Arrays;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;

/** Rows encoded by a {@link TableEncoding}, collected in growing arrays as they are read. */
final class EncodedRows {

  private static final int INITIAL_ROWS = 1024;

  private final TableEncoding encoding;
  private final Path file;
  private final int width;
  private final boolean labelled;
  private final boolean classification;
  private float[] x;
  private int[] labels;
  private float[] targets;
  private int count;

  /**
   * @param expectedRows the number of rows, when known (no copying then), or -1
   * @param labelled whether labels (class indices or targets) are encoded too
   */
  EncodedRows(TableEncoding encoding, long expectedRows, boolean labelled, Path file) {
    this.encoding = encoding;
    this.file = file;
    this.width = encoding.width();
    this.labelled = labelled;
    this.classification = encoding.target() == CsvOptions.Target.CLASSIFICATION;
    allocate((int) Math.max(1, expectedRows > 0 ? expectedRows : INITIAL_ROWS));
  }

  private void allocate(int capacity) {
    if ((long) capacity * width > Integer.MAX_VALUE - 8) {
      throw new DataFormatException(
          file,
          "table of " + capacity + " rows x " + width + " features is too large for one Java array",
          "read a sample of the rows, or use fewer categories");
    }
    x = x == null ? new float[capacity * width] : Arrays.copyOf(x, capacity * width);
    if (labelled && classification) {
      labels = labels == null ? new int[capacity] : Arrays.copyOf(labels, capacity);
    } else if (labelled) {
      targets = targets == null ? new float[capacity] : Arrays.copyOf(targets, capacity);
    }
  }

  /** Number of rows so far. */
  int count() {
    return count;
  }

  /**
   * Encodes one row.
   *
   * @return how many missing values were imputed
   * @throws DataFormatException without location, for the caller to add
   */
  int add(String[] fields, int size) {
    if ((long) (count + 1) * width > x.length) {
      allocate((int) Math.min(Integer.MAX_VALUE - 8, 2L * (count + 1)));
    }
    int imputed = encoding.encodeFeatures(fields, size, x, count * width);
    if (labelled) {
      String label = fields[encoding.labelColumn()];
      if (classification) {
        labels[count] = encoding.classIndex(label);
      } else {
        targets[count] = encoding.targetValue(label);
      }
    }
    count++;
    return imputed;
  }

  /** The features so far, row-major. */
  float[] features() {
    return x.length == count * width ? x : Arrays.copyOf(x, count * width);
  }

  /** The rows as a data set; needs labelled rows, at least one. */
  Dataset dataset() {
    if (classification) {
      return Dataset.classification(
          features(),
          width,
          Arrays.copyOf(labels, count),
          encoding.featureNames(),
          encoding.classNames());
    }
    return Dataset.regression(
        features(), width, Arrays.copyOf(targets, count), 1, encoding.featureNames());
  }
}
