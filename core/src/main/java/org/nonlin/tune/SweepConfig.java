package org.nonlin.tune;

import java.util.Objects;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.schedule.BatchScaling;

/**
 * How every run of a {@link Sweep} trains.
 *
 * @param base the training settings shared by all runs (epochs, optimiser, checkpoints, stop rules,
 *     seed, ...); each run replaces its schedule by the fixed effective rate and its batch size by
 *     the grid's
 * @param scaling how the grid's rate follows the batch size, {@link BatchScaling#NONE} to use it as
 *     given
 * @param baseBatch B0, the batch size the grid's rates are tuned for, at least 1
 */
public record SweepConfig(TrainConfig base, BatchScaling scaling, int baseBatch) {

  /** Validates the settings. */
  public SweepConfig {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scaling, "scaling");
    if (baseBatch < 1) {
      throw new IllegalArgumentException("base batch size " + baseBatch + " must be >= 1");
    }
  }

  /** Settings without batch-size scaling: every run uses the grid's rate as given. */
  public static SweepConfig of(TrainConfig base) {
    return new SweepConfig(base, BatchScaling.NONE, base.batchSize());
  }

  /**
   * The rate a run with {@code point} trains at: {@code scaling.scale(η, B0, B)}, η itself without
   * scaling.
   */
  public double effectiveRate(GridPoint point) {
    return scaling.scale(point.learningRate(), baseBatch, point.batchSize());
  }

  /** The training settings of the run with {@code point}. */
  public TrainConfig runConfig(GridPoint point) {
    return base.toBuilder().learningRate(effectiveRate(point)).batchSize(point.batchSize()).build();
  }
}
