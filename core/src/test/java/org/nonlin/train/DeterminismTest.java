package org.nonlin.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/**
 * A seed fixes everything: the initial weights, the validation split, the shuffles and the dropout
 * masks. The run here uses all of them, with momentum state and half-epoch checkpoints.
 */
class DeterminismTest {

  private static final String NET = "2-6tanh-4sigmoid-1logistic";

  @Test
  void fit_sameSeed_bitIdenticalWeightsAndHistory() {
    Dataset train = Fixtures.normalisedDoubleArc(Tolerances.SEED).train();

    TrainResult first = run(train, Tolerances.SEED);
    TrainResult second = run(train, Tolerances.SEED);

    assertArrayEquals(Fixtures.weights(first.network()), Fixtures.weights(second.network()));
    assertEquals(historyWithoutTime(first), historyWithoutTime(second));
    assertEquals(first.stopReason(), second.stopReason());
    assertEquals(first.iterations(), second.iterations());
  }

  @Test
  void fit_otherSeed_otherWeights() {
    Dataset train = Fixtures.normalisedDoubleArc(Tolerances.SEED).train();

    TrainResult first = run(train, Tolerances.SEED);
    TrainResult other = run(train, Tolerances.SEED + 1);

    assertFalse(
        Arrays.equals(Fixtures.weights(first.network()), Fixtures.weights(other.network())));
  }

  @Test
  void fit_float64AndFloat32FromSameSeed_agreeAfterAFewEpochs() {
    // the same draws rounded to float32 or kept in float64, then a few epochs of the same steps:
    // the two precisions differ only by rounding, far below the third decimal
    Dataset train = Fixtures.normalisedDoubleArc(Tolerances.SEED).train();
    TrainConfig config =
        TrainConfig.builder()
            .maxEpochs(5)
            .batchSize(5)
            .learningRate(0.1)
            .seed(Tolerances.SEED)
            .build();
    Network single = Fixtures.network(Fixtures.NET_221, Precision.FLOAT32, Tolerances.SEED);
    Network dual = Fixtures.network(Fixtures.NET_221, Precision.FLOAT64, Tolerances.SEED);

    TrainResult f32 = new Trainer(config).fit(single, train, null);
    TrainResult f64 = new Trainer(config).fit(dual, train, null);

    float[] w32 = Fixtures.weights(single);
    float[] w64 = Fixtures.weights(dual);
    for (int i = 0; i < w32.length; i++) {
      assertEquals(w64[i], w32[i], Tolerances.THREE_DECIMALS, "parameter " + i);
    }
    assertEquals(
        f64.last().validationLoss(), f32.last().validationLoss(), Tolerances.THREE_DECIMALS);
  }

  private static TrainResult run(Dataset train, long seed) {
    TrainConfig config =
        TrainConfig.builder()
            .maxEpochs(20)
            .batchSize(5)
            .learningRate(0.1)
            .optimizer(OptimizerSpec.nesterov(0.9))
            .keepProbability(0.8)
            .validationFraction(0.2)
            .checkpointEpochs(0.5)
            .seed(seed)
            .build();
    Network net = Fixtures.network(NET, Precision.FLOAT32, seed);
    return new Trainer(config).fit(net, train, null);
  }

  private static List<Checkpoint> historyWithoutTime(TrainResult result) {
    return result.history().stream().map(Fixtures::withoutTime).toList();
  }
}
