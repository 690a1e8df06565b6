package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nonlin.data.Dataset;

/**
 * A training set as the samplers read it: the feature array, the rows of each class and the
 * declared categorical columns, checked once when a resampling starts.
 */
final class TrainingSet {

  private final Dataset data;
  private final String sampler;
  private final float[] x;
  private final int[] labels;
  private final int[][] byClass;
  private final int[] categorical;

  private TrainingSet(Dataset data, String sampler, int[] categorical) {
    this.data = data;
    this.sampler = sampler;
    this.x = data.featureArray();
    this.labels = data.labels();
    this.categorical = categorical;
    int[] counts = data.classCounts();
    byClass = new int[counts.length][];
    for (int c = 0; c < counts.length; c++) {
      byClass[c] = new int[counts[c]];
    }
    int[] filled = new int[counts.length];
    for (int row = 0; row < labels.length; row++) {
      byClass[labels[row]][filled[labels[row]]++] = row;
    }
  }

  /**
   * Checks a training set for a sampler.
   *
   * @param sampler the sampler's text form, which starts every error message
   * @throws IllegalArgumentException when the set holds regression targets, a class has no rows or
   *     a categorical column index is outside the feature columns
   */
  static TrainingSet of(Dataset train, Set<Integer> categoricalColumns, String sampler) {
    if (!train.isClassification()) {
      throw new IllegalArgumentException(
          sampler + ": resampling needs class labels, but the data set holds regression targets");
    }
    int[] categorical = new int[categoricalColumns.size()];
    int i = 0;
    for (int column : categoricalColumns) {
      if (column < 0 || column >= train.cols()) {
        throw new IllegalArgumentException(
            sampler
                + ": categorical column "
                + column
                + " must be in [0, "
                + (train.cols() - 1)
                + "]");
      }
      categorical[i++] = column;
    }
    Arrays.sort(categorical);
    TrainingSet set = new TrainingSet(train, sampler, categorical);
    for (int c = 0; c < set.numClasses(); c++) {
      if (set.count(c) == 0) {
        throw set.problem(
            "class '"
                + set.name(c)
                + "' has no training samples; every class needs at least one to be resampled");
      }
    }
    return set;
  }

  Dataset data() {
    return data;
  }

  /** The features, row-major; shared, not to be modified. */
  float[] x() {
    return x;
  }

  int cols() {
    return data.cols();
  }

  int rows() {
    return labels.length;
  }

  int label(int row) {
    return labels[row];
  }

  int numClasses() {
    return byClass.length;
  }

  int count(int c) {
    return byClass[c].length;
  }

  String name(int c) {
    return data.classNames().get(c);
  }

  /** The rows of class c in ascending order; shared, not to be modified. */
  int[] rows(int c) {
    return byClass[c];
  }

  /** Every row index, 0 to rows() - 1. */
  int[] allRows() {
    int[] all = new int[rows()];
    for (int row = 0; row < all.length; row++) {
      all[row] = row;
    }
    return all;
  }

  /** The rows of every class but c, in ascending order. */
  int[] otherRows(int c) {
    int[] rest = new int[rows() - count(c)];
    int n = 0;
    for (int row = 0; row < labels.length; row++) {
      if (labels[row] != c) {
        rest[n++] = row;
      }
    }
    return rest;
  }

  /** True when the column was declared categorical. */
  boolean isCategorical(int column) {
    return Arrays.binarySearch(categorical, column) >= 0;
  }

  boolean hasCategorical() {
    return categorical.length > 0;
  }

  /** The target size of every class, by {@link TargetRatio#targets}. */
  int[] targets(TargetRatio target, Direction direction) {
    try {
      return target.targets(data.classCounts(), data.classNames(), direction);
    } catch (IllegalArgumentException e) {
      throw problem(e.getMessage());
    }
  }

  /**
   * Refuses declared categorical columns in a sampler that computes new feature values as weighted
   * means of old ones, which would turn a one-hot column into fractions.
   *
   * @param operation what the sampler does to the features, e.g. "interpolates"
   */
  void refuseCategorical(String operation) {
    if (!hasCategorical()) {
      return;
    }
    List<String> names = data.featureNames();
    StringBuilder columns = new StringBuilder();
    for (int column : categorical) {
      columns.append(columns.length() == 0 ? "" : ", ").append(names.get(column));
    }
    throw problem(
        "it "
            + operation
            + " features, but columns ["
            + columns
            + "] are declared categorical; use over or attribute (which copy observed values) or"
            + " under, nearmiss or tomek (which keep rows)");
  }

  /**
   * Requires that class c can give each of its samples k neighbours of its own class.
   *
   * @throws IllegalArgumentException naming the class, its size and k, and saying how to fix it
   */
  void requireNeighbours(int c, int k) {
    int n = count(c);
    if (n >= k + 1) {
      return;
    }
    String hint =
        n == 1
            ? "a single sample has no neighbour to interpolate towards; use over or attribute"
            : "lower k to " + (n - 1) + " or less";
    throw problem(
        "class '"
            + name(c)
            + "' has "
            + SpecText.samples(n)
            + ", but k = "
            + k
            + " needs at least k + 1 = "
            + (k + 1)
            + " (a sample and its k nearest neighbours of the same class); "
            + hint);
  }

  /** An error whose message starts with the sampler's text form. */
  IllegalArgumentException problem(String message) {
    return new IllegalArgumentException(sampler + ": " + message);
  }
}
