package org.nonlin.experiment;

import org.nonlin.data.Split;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.tensor.Precision;
import org.nonlin.train.TrainConfig;

/**
 * One training run of an experiment: what to build, how to train it and on which data.
 *
 * @param label what distinguishes this run in the table
 * @param architecture the network
 * @param init weight initialisation
 * @param config training settings, including the seed
 * @param data training and test parts, already normalised
 * @param snapshotEpochs epochs at which to keep a copy of the network (for pictures); may be empty
 */
public record RunSpec(
    String label,
    Architecture architecture,
    Initializer init,
    TrainConfig config,
    Split data,
    java.util.Set<Double> snapshotEpochs) {

  /** Copies the snapshot epochs. */
  public RunSpec {
    snapshotEpochs = java.util.Set.copyOf(snapshotEpochs);
  }

  /** The precision every experiment trains in. */
  public Precision precision() {
    return Precision.FLOAT32;
  }
}
