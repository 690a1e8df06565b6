package org.nonlin.cli;

import java.io.IOException;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalizer;
import org.nonlin.data.Split;
import org.nonlin.data.Splits;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;

/**
 * Data and a fresh network ready for a diagnostic run (lr-find, sweep): the training part and a
 * validation part, both normalised with the training part's fit, and the initial network.
 *
 * @param train normalised training rows
 * @param validation normalised validation rows: the data's own test part, or a held-out share
 * @param network the initial network, drawn from the seed
 */
record Prepared(Dataset train, Dataset validation, Network network) {

  /** Validation share held out when the data bring no test part, as the chapter (1/12). */
  static final double HOLD_OUT = 1.0 / 12;

  static Prepared of(String data, DataOptions csv, TrainingOptions training) throws IOException {
    Loaded loaded = DataSources.forTraining(data, null, csv, training.seed);
    Split split = loaded.split();
    if (split.test() == null || split.test() == split.train()) {
      double share = training.validationSplit > 0 ? training.validationSplit : HOLD_OUT;
      int held = Math.max(1, (int) Math.round(split.train().rows() * share));
      split = Splits.holdOut(split.train(), held, training.seed);
    }
    Normalizer normalizer = Normalizer.fit(training.normalization(), split.train());
    Architecture arch = training.architecture(split.train());
    Network network =
        Network.create(arch, training.initializer(), training.precision(), training.seed);
    return new Prepared(normalizer.apply(split.train()), normalizer.apply(split.test()), network);
  }
}
