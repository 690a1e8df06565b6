package org.nonlin.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.data.PlaneProblems;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/** The training loop's stop rules, history, validation split, divergence and weighting. */
class TrainerTest {

  @Test
  void fit_checkpointEveryHalfEpoch_recordsTwiceAsManyRows() {
    // 10 rows in batches of 2 make 5 batches an epoch, an odd count that half epochs do not divide
    Dataset data = PlaneProblems.doubleArc(10, Tolerances.SEED);
    TrainConfig whole = base().maxEpochs(10).batchSize(2).checkpointEpochs(1).build();
    TrainConfig half = whole.toBuilder().checkpointEpochs(0.5).build();

    TrainResult perEpoch = new Trainer(whole).fit(net(Fixtures.NET_221), data, null);
    TrainResult perHalf = new Trainer(half).fit(net(Fixtures.NET_221), data, null);

    assertEquals(10, perEpoch.history().size());
    assertEquals(20, perHalf.history().size());
    for (int k = 1; k <= 10; k++) {
      // every second half-epoch row closes an epoch
      assertEquals(k, perHalf.history().get(2 * k - 1).epoch(), Tolerances.EXACT);
    }
  }

  @Test
  void fit_stopLossReached_stopsAtFirstCheckpointBelowIt() {
    Dataset train = Fixtures.normalisedDoubleArc(Tolerances.SEED).train();
    TrainConfig config = base().maxEpochs(1000).batchSize(5).stopLoss(0.3).build();

    TrainResult result = new Trainer(config).fit(net(Fixtures.NET_221), train, null);

    List<Checkpoint> history = result.history();
    assertEquals(StopReason.LOSS_REACHED, result.stopReason());
    assertTrue(result.converged());
    assertTrue(result.last().validationLoss() <= 0.3, "last loss " + result.last());
    for (Checkpoint earlier : history.subList(0, history.size() - 1)) {
      assertTrue(earlier.validationLoss() > 0.3, "stopped late: " + earlier);
    }
    assertTrue(result.epochs() < 1000);
  }

  @Test
  void fit_patienceRunsOut_stopsAndRestoresBestParameters() {
    // validated against the training points with their labels flipped, the validation loss gets
    // worse as training succeeds, so patience must run out and hand back the best checkpoint
    Dataset train = Fixtures.normalisedDoubleArc(Tolerances.SEED).train();
    Dataset flipped = flippedLabels(train);
    int patience = 3;
    TrainConfig config = base().maxEpochs(200).batchSize(5).patience(patience).build();
    Network net = net(Fixtures.NET_221);
    List<float[]> snapshots = new ArrayList<>();
    TrainingListener recorder =
        new TrainingListener() {
          @Override
          public void onCheckpoint(Checkpoint checkpoint) {
            snapshots.add(Fixtures.weights(net));
          }
        };

    TrainResult result = new Trainer(config, recorder).fit(net, train, flipped);

    List<Checkpoint> history = result.history();
    int best = 0;
    for (int i = 1; i < history.size(); i++) {
      best = history.get(i).validationLoss() < history.get(best).validationLoss() ? i : best;
    }
    assertEquals(StopReason.EARLY_STOPPED, result.stopReason());
    assertEquals(best + 1 + patience, history.size());
    assertArrayEquals(snapshots.get(best), Fixtures.weights(net));
    assertEquals(history.get(best).validationLoss(), new Monitor(net).measure(flipped).loss(), 0.0);
  }

  @Test
  void fit_validationFraction_holdsOutThatShareOfShuffledRows() {
    // 20% of 100 rows: 20 validate, 80 train, so batches of 1 make 80 steps an epoch
    Dataset data = PlaneProblems.doubleArc(100, Tolerances.SEED);
    TrainConfig config = base().maxEpochs(1).batchSize(1).validationFraction(0.2).build();
    Network net = net(Fixtures.NET_221);
    int[] batchesPerEpoch = new int[1];
    TrainingListener counter =
        new TrainingListener() {
          @Override
          public void onBatch(int epoch, int batch, int batches) {
            batchesPerEpoch[0] = batches;
          }
        };

    TrainResult result = new Trainer(config, counter).fit(net, data, null);

    assertEquals(80, batchesPerEpoch[0]);
    assertEquals(80, result.iterations());
    // the held-out rows are the first 20 of the seeded shuffle the trainer starts with
    int[] order = new int[100];
    Arrays.setAll(order, i -> i);
    Trainer.shuffle(order, new SplittableRandom(Tolerances.SEED));
    Dataset heldOut = data.subset(Arrays.copyOf(order, 20));
    assertEquals(new Monitor(net).measure(heldOut).loss(), result.last().validationLoss(), 0.0);
  }

  @Test
  void fit_hugeLearningRateOnLargeValues_throwsNamingEpochAndBatch() {
    // four copies of x = 1000, y = 1000 in batches of 2 for a 1-1identity net starting at 0,
    // η = 1e6; float32 overflows past 3.4e38:
    // step 1: A = 0, dW = 1000·(0 − 1000) = −1e6, W = 1e12, B = 1e9
    // step 2: A ≈ 1e15, dW ≈ 1e18, W ≈ −1e24, B ≈ −1e21
    // step 3: A ≈ −1e27 (loss ½·1e54, finite in float64), W ≈ 1e36, B ≈ 1e33
    // step 4 (epoch 2, batch 2): A ≈ 1000·1e36 = 1e39 overflows to ∞, and so does the loss
    Dataset large =
        Dataset.regression(
            new float[] {1000, 1000, 1000, 1000}, 1, new float[] {1000, 1000, 1000, 1000}, 1, null);
    Network net =
        Network.create(
            Architecture.parse("1-1identity"),
            Initializer.ZERO,
            Precision.FLOAT32,
            Tolerances.SEED);
    Trainer trainer = new Trainer(base().maxEpochs(10).batchSize(2).learningRate(1e6).build());

    DivergenceException e =
        assertThrows(DivergenceException.class, () -> trainer.fit(net, large, null));

    assertEquals(2, e.epoch());
    assertEquals(2, e.batch());
    assertTrue(
        e.getMessage().startsWith("training diverged at epoch 2, batch 2: loss Infinity"),
        e.getMessage());
    assertTrue(e.lastFiniteLoss() > 1e53 && Double.isFinite(e.lastFiniteLoss()));
  }

  @Test
  void fit_classWeightOfTheOnlyClassPresent_actsAsThatFactorOnTheGradient() {
    // every row is class 1, so each dZ row is w1·(A − Y) with w1 = 2: under SGD that is the step
    // of an unweighted run at twice the rate; class 0's weight 5 must not be used
    Dataset data = allClassOne(PlaneProblems.doubleArc(20, Tolerances.SEED));
    TrainConfig weighted =
        base()
            .maxEpochs(3)
            .batchSize(4)
            .learningRate(0.1)
            .classWeights(new double[] {5, 2})
            .build();
    TrainConfig doubled = base().maxEpochs(3).batchSize(4).learningRate(0.2).build();
    Network first = net(Fixtures.NET_221);
    Network second = net(Fixtures.NET_221);

    new Trainer(weighted).fit(first, data, null);
    new Trainer(doubled).fit(second, data, null);

    assertArrayEquals(Fixtures.weights(second), Fixtures.weights(first));
  }

  @Test
  void fit_dataWidthNotMatchingInputLayer_namesBothWidths() {
    Dataset threeFeatures =
        Dataset.classification(new float[] {0, 1, 2}, 3, new int[] {1}, null, List.of("a", "b"));
    Network net = net(Fixtures.NET_221);
    Trainer trainer = new Trainer(base().build());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trainer.fit(net, threeFeatures, null));

    assertEquals(
        "data width 3 does not match the network's input width 2; the architecture should start"
            + " with 3-",
        e.getMessage());
  }

  @Test
  void fit_classCountNotMatchingOutputLayer_namesTheLayerNeeded() {
    Dataset coin = PlaneProblems.coinHole(30, Tolerances.SEED);
    Network net = net(Fixtures.NET_221);
    Trainer trainer = new Trainer(base().build());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trainer.fit(net, coin, null));

    assertEquals(
        "data with 3 classes needs an output layer 3softmax, not 1logistic", e.getMessage());
  }

  @Test
  void fit_validationFractionLeavingNoRows_namesTheCounts() {
    Dataset xor = PlaneProblems.xor();
    Trainer trainer = new Trainer(base().validationFraction(0.1).build());
    Network net = net(Fixtures.NET_221);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trainer.fit(net, xor, null));

    // round(4 · 0.1) = 0 rows to validate
    assertEquals(
        "validation fraction 0.1 of 4 rows leaves 0 for validation and 4 for training; both need"
            + " at least 1",
        e.getMessage());
  }

  private static TrainConfig.Builder base() {
    return TrainConfig.builder().learningRate(0.1).seed(Tolerances.SEED);
  }

  private static Network net(String spec) {
    return Fixtures.network(spec, Precision.FLOAT32, Tolerances.SEED);
  }

  private static Dataset flippedLabels(Dataset data) {
    int[] labels = data.labels();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = 1 - labels[i];
    }
    return withLabels(data, labels);
  }

  private static Dataset allClassOne(Dataset data) {
    int[] labels = new int[data.rows()];
    Arrays.fill(labels, 1);
    return withLabels(data, labels);
  }

  private static Dataset withLabels(Dataset data, int[] labels) {
    return Dataset.classification(
        data.featureArray(), data.cols(), labels, null, data.classNames());
  }
}
