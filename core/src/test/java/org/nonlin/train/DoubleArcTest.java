package org.nonlin.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonlin.data.Split;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/**
 * The chapter's second experiment: two noisy arcs, min-max normalised with the training part's
 * ranges, learnt by the 2-2-1 net with mini-batches of 5 (η = 0.1) until the loss falls to 0.08.
 */
class DoubleArcTest {

  private static final double REQUIRED_ACCURACY = 0.97;

  @Test
  void fit_221Net_classifiesAtLeast97PercentOfTheTestPart() {
    Split data = Fixtures.normalisedDoubleArc(Tolerances.SEED);
    Network net = Fixtures.network(Fixtures.NET_221, Precision.FLOAT32, Tolerances.SEED);
    TrainConfig config =
        TrainConfig.builder()
            .maxEpochs(1000)
            .batchSize(5)
            .learningRate(0.1)
            .stopLoss(0.08)
            .checkpointEpochs(5)
            .seed(Tolerances.SEED)
            .build();

    new Trainer(config).fit(net, data.train(), null);

    double accuracy = new Monitor(net).measure(data.test()).accuracy();
    assertTrue(accuracy >= REQUIRED_ACCURACY, "test accuracy " + accuracy);
  }
}
