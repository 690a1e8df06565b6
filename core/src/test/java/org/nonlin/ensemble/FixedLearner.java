package org.nonlin.ensemble;

/**
 * A hand-made learner for vote tests: it reads one feature, ignores it and gives fixed
 * probabilities per row.
 *
 * @param numClasses number of classes
 * @param table {@code rows x numClasses} probabilities, row-major
 */
record FixedLearner(int numClasses, float[] table) implements Classifier {

  /** A learner that says {@code classes[r]} with probability 1 for row r. */
  static FixedLearner says(int numClasses, int... classes) {
    float[] table = new float[classes.length * numClasses];
    for (int r = 0; r < classes.length; r++) {
      table[r * numClasses + classes[r]] = 1;
    }
    return new FixedLearner(numClasses, table);
  }

  /** A two-class learner giving {@code (1 − p, p)} for each p of {@code minority}. */
  static FixedLearner binary(float... minority) {
    float[] table = new float[2 * minority.length];
    for (int r = 0; r < minority.length; r++) {
      table[2 * r] = 1 - minority[r];
      table[2 * r + 1] = minority[r];
    }
    return new FixedLearner(2, table);
  }

  /** The features of {@code rows} rows for these learners (one zero feature each). */
  static float[] rows(int rows) {
    return new float[rows];
  }

  @Override
  public int inputs() {
    return 1;
  }

  @Override
  public float[] probabilities(float[] x, int rows) {
    if (rows * numClasses != table.length) {
      throw new IllegalArgumentException(rows + " rows asked of a learner fixed for fewer or more");
    }
    return table.clone();
  }
}
