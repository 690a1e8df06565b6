package org.nonlin.tune;

import java.util.List;
import org.nonlin.train.Checkpoint;

/**
 * One run of a {@link Sweep}: its setting, its history and where it ended.
 *
 * @param point the grid setting
 * @param effectiveLearningRate the rate it trained at, after batch-size scaling
 * @param history one row per checkpoint, up to divergence for a diverged run
 * @param epochs epochs completed, possibly fractional
 * @param iterations gradient steps completed
 * @param validationLoss the validation loss of the last checkpoint; NaN when diverged or when there
 *     is no checkpoint
 * @param validationAccuracy the validation accuracy of the last checkpoint; NaN for regression,
 *     when diverged or when there is no checkpoint
 * @param diverged true when the loss became NaN or infinite and the run was cut short
 * @param seconds wall time of the run; wall times, here and in the history, are the only figures
 *     that differ between repeated sweeps
 */
public record SweepRun(
    GridPoint point,
    double effectiveLearningRate,
    List<Checkpoint> history,
    double epochs,
    long iterations,
    double validationLoss,
    double validationAccuracy,
    boolean diverged,
    double seconds) {

  /** Copies the history. */
  public SweepRun {
    history = List.copyOf(history);
  }
}
