package org.nonlin.train;

import java.util.List;
import org.nonlin.nn.Network;

/**
 * What a training run returns: the trained network, its history and why it stopped.
 *
 * @param network the trained network (the instance passed in, now trained)
 * @param history one row per checkpoint, in order
 * @param stopReason why training ended
 * @param epochs epochs completed, possibly fractional
 * @param iterations gradient steps taken
 * @param seconds wall time of the run
 */
public record TrainResult(
    Network network,
    List<Checkpoint> history,
    StopReason stopReason,
    double epochs,
    long iterations,
    double seconds) {

  /** Copies the history. */
  public TrainResult {
    history = List.copyOf(history);
  }

  /** True when the run stopped because the validation loss reached {@code eps}. */
  public boolean converged() {
    return stopReason == StopReason.LOSS_REACHED;
  }

  /** The last checkpoint. */
  public Checkpoint last() {
    return history.get(history.size() - 1);
  }
}
