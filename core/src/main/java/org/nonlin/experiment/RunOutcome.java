package org.nonlin.experiment;

import java.util.Map;
import java.util.TreeMap;
import org.nonlin.nn.Network;
import org.nonlin.train.Monitor.LossAndAccuracy;
import org.nonlin.train.TrainResult;

/**
 * What one run produced: the trained network and history, its measurements on both parts of the
 * data, and the network copies taken at the requested epochs.
 *
 * @param spec the run
 * @param result the trainer's result (network and history)
 * @param train loss and accuracy over the whole training part after training
 * @param test loss and accuracy over the test part
 * @param snapshots network copies by epoch, in epoch order
 */
public record RunOutcome(
    RunSpec spec,
    TrainResult result,
    LossAndAccuracy train,
    LossAndAccuracy test,
    Map<Double, Network> snapshots) {

  /** Keeps the snapshots in epoch order. */
  public RunOutcome {
    snapshots = java.util.Collections.unmodifiableMap(new TreeMap<>(snapshots));
  }

  /** The trained network. */
  public Network network() {
    return result.network();
  }

  /** The table row for this run, with any extra figures. */
  public ExperimentRow row(Map<String, Object> extra) {
    return new ExperimentRow(
        spec.label(),
        spec.architecture().hidden().isEmpty() ? 0 : spec.architecture().hidden().get(0).units(),
        result.epochs(),
        result.converged(),
        train.accuracy(),
        test.accuracy(),
        test.loss(),
        result.seconds(),
        extra);
  }
}
