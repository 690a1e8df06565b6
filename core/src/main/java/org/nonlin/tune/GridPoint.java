package org.nonlin.tune;

/**
 * One setting of a learning-rate/batch-size sweep.
 *
 * @param learningRate η as tuned, finite and {@code > 0}, before any batch-size scaling
 * @param batchSize samples per step, at least 1
 */
public record GridPoint(double learningRate, int batchSize) {

  /** Validates both values. */
  public GridPoint {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate " + learningRate + " must be finite and > 0");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + " must be >= 1");
    }
  }
}
