package org.nonlin.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.data.PlaneProblems;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

/**
 * The chapter's first experiment: XOR with single-sample SGD (η = 0.1), BCE on a logistic output,
 * stop loss eps = 0.005 checked every 100 epochs, Xavier initialisation, float32.
 */
class XorTest {

  private static final int MAX_EPOCHS = 10_000;

  /** How close every output must come to its target. */
  private static final double TARGET_GAP = 0.01;

  @Test
  void fit_twoHiddenUnits_reachesEveryTargetWithin10000Epochs() {
    Dataset xor = PlaneProblems.xor();
    Network net = Fixtures.network(Fixtures.NET_221, Precision.FLOAT32, Tolerances.SEED);

    TrainResult result = new Trainer(config()).fit(net, xor, null);

    float[] a = net.predict(xor.featureArray(), xor.rows());
    assertEquals(StopReason.LOSS_REACHED, result.stopReason());
    assertTrue(result.epochs() <= MAX_EPOCHS, "epochs " + result.epochs());
    for (int r = 0; r < xor.rows(); r++) {
      double gap = Math.abs(a[r] - xor.label(r));
      assertTrue(gap < TARGET_GAP, "|A − Y| = " + gap + " at row " + r);
    }
  }

  @Test
  void fit_oneHiddenUnit_cannotSeparateXor() {
    // With one hidden unit, A = σ(w2·σ(w1·x + b1) + b2) is a monotone function of the single
    // projection s = w1·x + b1, so each class region is a half-plane bounded by a line s = const.
    // No line puts (0,0) and (1,1) on one side and (0,1) and (1,0) on the other.
    Dataset xor = PlaneProblems.xor();
    Network net = Fixtures.network("2-1sigmoid-1logistic", Precision.FLOAT32, Tolerances.SEED);

    TrainResult result = new Trainer(config()).fit(net, xor, null);

    float[] a = net.predict(xor.featureArray(), xor.rows());
    double worstGap = 0;
    int wrong = 0;
    for (int r = 0; r < xor.rows(); r++) {
      worstGap = Math.max(worstGap, Math.abs(a[r] - xor.label(r)));
      wrong += (a[r] >= 0.5 ? 1 : 0) != xor.label(r) ? 1 : 0;
    }
    assertNotEquals(StopReason.LOSS_REACHED, result.stopReason());
    assertTrue(worstGap >= TARGET_GAP, "worst |A − Y| = " + worstGap);
    assertTrue(wrong >= 1, "every point classified correctly");
  }

  private static TrainConfig config() {
    return TrainConfig.builder()
        .maxEpochs(MAX_EPOCHS)
        .batchSize(1)
        .learningRate(0.1)
        .stopLoss(0.005)
        .checkpointEpochs(100)
        .seed(Tolerances.SEED)
        .build();
  }
}
