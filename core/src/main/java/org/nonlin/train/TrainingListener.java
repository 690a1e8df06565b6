package org.nonlin.train;

/**
 * Receives a training run's progress; the library itself prints nothing. All methods default to
 * doing nothing and run on the training thread, so they must be quick.
 */
public interface TrainingListener {

  /** After each gradient step; {@code batch} counts from 0 within the epoch. */
  default void onBatch(int epoch, int batch, int batchesPerEpoch) {}

  /** Whenever the learning rate differs from the previous step's, and at the first step. */
  default void onRateChange(long iteration, double learningRate) {}

  /** At every checkpoint, with the new history row. */
  default void onCheckpoint(Checkpoint checkpoint) {}
}
