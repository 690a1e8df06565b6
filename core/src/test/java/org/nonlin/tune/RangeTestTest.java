package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nonlin.tune.Fixtures.assertMentions;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nonlin.data.Dataset;
import org.nonlin.data.SineCurve;
import org.nonlin.io.Json;
import org.nonlin.nn.Network;
import org.nonlin.optim.Optimizer;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.testing.Tolerances;
import org.nonlin.train.DivergenceException;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.Trainer;

class RangeTestTest {

  private static final String SINE_NET = SineCurve.ARCHITECTURE;

  /** The 1-4-1 fit's batch size in these tests, as the course's mini-batches of 10. */
  private static final int BATCH = 10;

  /** Epochs of each grid run: 2,000 steps of batch 10, short next to a full training. */
  private static final int GRID_EPOCHS = 20;

  /** A grid rate is in the band when its run ends within this factor of the best run's loss. */
  private static final double BAND_FACTOR = 2;

  private static final double[] GRID = {0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1, 1.5, 2};

  @ParameterizedTest(name = "{0} on {1} loss")
  @CsvSource({"'exp(1e-5,10,100)', TRAINING", "'piecewise(1e-4,10,10)', VALIDATION"})
  void run_sineFit_suggestsARateInsideTheBandOfAGridOfShortRuns(String sweep, LossSource source) {
    // given the band: grid rates whose 20-epoch run ends within 2x of the best run's loss
    Dataset train = Fixtures.sineTrain();
    Dataset validation = Fixtures.sineValidation();
    Network network = Fixtures.network(SINE_NET);
    double[] band = gridBand(network, train, validation);

    // when
    RangeTestConfig config =
        RangeTestConfig.builder()
            .sweep(RateSweep.parse(sweep))
            .batchSize(BATCH)
            .source(source)
            .seed(Tolerances.SEED)
            .build();
    RangeTestResult result = RangeTest.run(network, train, validation, config);

    // then the band is a real range, the default rule chose, and its rate lies in the band
    assertTrue(band[0] < band[1], () -> "band " + band[0] + ".." + band[1]);
    assertEquals(SuggestionRule.MINIMUM, result.rule());
    double lr = result.suggestedLr();
    assertTrue(band[0] <= lr && lr <= band[1], () -> lr + " outside " + band[0] + ".." + band[1]);
  }

  /** The lowest and highest grid rate whose run ends within {@link #BAND_FACTOR} of the best. */
  private static double[] gridBand(Network network, Dataset train, Dataset validation) {
    double[] losses = new double[GRID.length];
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < GRID.length; i++) {
      TrainConfig config =
          TrainConfig.builder()
              .maxEpochs(GRID_EPOCHS)
              .batchSize(BATCH)
              .learningRate(GRID[i])
              .seed(Tolerances.SEED)
              .build();
      try {
        losses[i] =
            new Trainer(config).fit(network.copy(), train, validation).last().validationLoss();
      } catch (DivergenceException e) {
        losses[i] = Double.POSITIVE_INFINITY;
      }
      best = Math.min(best, losses[i]);
    }
    double low = Double.NaN;
    double high = Double.NaN;
    for (int i = 0; i < GRID.length; i++) {
      if (losses[i] <= BAND_FACTOR * best) {
        low = Double.isNaN(low) ? GRID[i] : low;
        high = GRID[i];
      }
    }
    return new double[] {low, high};
  }

  /** The range test on the seeded 1-4-1 sine fit, with its validation rows. */
  private static RangeTestResult sineRun(RangeTestConfig config) {
    return RangeTest.run(
        Fixtures.network(SINE_NET), Fixtures.sineTrain(), Fixtures.sineValidation(), config);
  }

  @Test
  void run_withMomentumState_leavesNetworkAndOptimizerBitIdentical() {
    // given a network and a momentum optimiser that have taken five steps
    Dataset train = Fixtures.sineTrain();
    Network network = Fixtures.network(SINE_NET);
    Optimizer optimizer = OptimizerSpec.momentum(0.9).create(network.parameters());
    BatchStepper stepper = new BatchStepper(network, optimizer, train, BATCH, 0, Tolerances.SEED);
    for (int i = 0; i < 5; i++) {
      stepper.step(0.1);
    }
    List<double[]> before = Fixtures.parameters(network);
    Optimizer snapshot = optimizer.copy();

    // when a range test runs until the loss diverges
    RangeTestResult result =
        RangeTest.run(network, optimizer, train, null, RangeTestConfig.builder().build());

    // then the parameters are the same bits, and the optimiser steps as its snapshot does
    assertEquals(RangeStop.DIVERGED, result.stopReason());
    Fixtures.assertBitIdentical(before, Fixtures.parameters(network));
    Network viaUsed = network.copy();
    Network viaSnapshot = network.copy();
    new BatchStepper(viaUsed, optimizer, train, BATCH, 0, Tolerances.SEED).step(0.1);
    new BatchStepper(viaSnapshot, snapshot, train, BATCH, 0, Tolerances.SEED).step(0.1);
    Fixtures.assertBitIdentical(Fixtures.parameters(viaSnapshot), Fixtures.parameters(viaUsed));
  }

  @Test
  void run_defaultSweepOnSineFit_stopsWhenTheSmoothedLossPassesFourTimesTheBest() {
    RangeTestResult result = sineRun(RangeTestConfig.builder().build());

    // then the last point is the first above 4x the lowest smoothed loss before it
    List<RangePoint> points = result.points();
    assertEquals(RangeStop.DIVERGED, result.stopReason());
    double best = Double.POSITIVE_INFINITY;
    for (RangePoint p : points.subList(0, points.size() - 1)) {
      assertTrue(p.smoothedLoss() <= 4 * best);
      best = Math.min(best, p.smoothedLoss());
    }
    assertTrue(points.get(points.size() - 1).smoothedLoss() > 4 * best);
    assertTrue(points.size() < RateSweep.DEFAULT_STEPS);
  }

  @Test
  void run_sweepBelowTheUsefulRates_reachesItsEndWithOnePointPerStep() {
    RangeTestConfig config =
        RangeTestConfig.builder().sweep(RateSweep.exponential(1e-5, 1e-3, 50)).build();

    RangeTestResult result = sineRun(config);

    assertEquals(RangeStop.END_REACHED, result.stopReason());
    assertEquals(50, result.points().size());
    assertEquals(1e-3, result.points().get(49).learningRate());
    assertEquals(49, result.points().get(49).iteration()); // 49 steps taken before batch 50
  }

  @Test
  void run_noDivergenceStopAndHugeRates_stopsAtTheFirstNonFiniteLoss() {
    RangeTestConfig config =
        RangeTestConfig.builder()
            .sweep(RateSweep.exponential(1e-5, 1e12, 200))
            .divergenceFactor(Double.POSITIVE_INFINITY)
            .build();

    RangeTestResult result = sineRun(config);

    assertEquals(RangeStop.NON_FINITE, result.stopReason());
    for (RangePoint p : result.points()) {
      assertTrue(Double.isFinite(p.loss()) && Double.isFinite(p.smoothedLoss()));
    }
  }

  @Test
  void run_validationLossOnPiecewiseSweep_recordsOneUnsmoothedPointPerHeldRate() {
    RangeTestConfig config =
        RangeTestConfig.builder()
            .sweep(RateSweep.piecewise(1e-4, 0.05, 5))
            .source(LossSource.VALIDATION)
            .build();

    RangeTestResult result = sineRun(config);

    assertEquals(RangeStop.END_REACHED, result.stopReason());
    assertEquals(23, result.points().size()); // 0.0001..0.0009, 0.001..0.009, 0.01..0.05: 9+9+5
    RangePoint last = result.points().get(22);
    assertEquals(115, last.iteration()); // 23 rates * 5 steps
    assertEquals(0.05, last.learningRate());
    for (RangePoint p : result.points()) {
      assertEquals(p.loss(), p.smoothedLoss());
    }
  }

  @Test
  void run_twiceWithTheSameSeed_recordsTheSameCurve() {
    Network network = Fixtures.network(SINE_NET);
    RangeTestConfig config = RangeTestConfig.builder().build();

    RangeTestResult first = RangeTest.run(network, Fixtures.sineTrain(), null, config);
    RangeTestResult second = RangeTest.run(network, Fixtures.sineTrain(), null, config);

    assertEquals(first, second);
  }

  @Test
  void run_validationSourceWithoutValidationSet_isRejected() {
    RangeTestConfig config = RangeTestConfig.builder().source(LossSource.VALIDATION).build();
    Network network = Fixtures.network(SINE_NET);
    Dataset train = Fixtures.sineTrain();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RangeTest.run(network, train, null, config));

    assertMentions(e, "validation", "got none");
  }

  @Test
  void run_dataOfTheWrongWidth_isRejected() {
    Network network = Fixtures.network("2-2sigmoid-1logistic");
    RangeTestConfig config = RangeTestConfig.builder().build();
    Dataset sine = Fixtures.sineTrain();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RangeTest.run(network, sine, null, config));

    assertMentions(e, "data width 1");
  }

  @Test
  void toMap_anyResult_writesAsJsonWithCurveAndSuggestedRate() {
    RangeTestResult result =
        RangeTest.run(
            Fixtures.network(SINE_NET),
            Fixtures.sineTrain(),
            null,
            RangeTestConfig.builder().build());

    Map<String, Object> map = result.toMap();

    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) Json.parse(Json.write(map));
    assertEquals(result.suggestedLr(), read.get("suggested_lr"));
    assertEquals("minimum", read.get("rule"));
    assertEquals("diverged", read.get("stop_reason"));
    assertEquals(result.suggestions().lowest(), read.get("lowest_loss_lr"));
    List<?> curve = (List<?>) read.get("curve");
    assertEquals(result.points().size(), curve.size());
    Map<?, ?> first = (Map<?, ?>) curve.get(0);
    assertEquals(List.of("iteration", "lr", "loss", "smoothed"), List.copyOf(first.keySet()));
    assertEquals(
        List.of("steepest", "minimum", "valley"),
        List.copyOf(((Map<?, ?>) read.get("suggestions")).keySet()));
  }

  @Test
  void toCsv_anyResult_hasTheHeaderAndOneLinePerPoint() {
    RangeTestResult result =
        RangeTest.run(
            Fixtures.network(SINE_NET),
            Fixtures.sineTrain(),
            null,
            RangeTestConfig.builder().build());

    String[] lines = result.toCsv().split("\n");

    assertEquals("lr,loss,smoothed_loss", lines[0]);
    assertEquals(result.points().size() + 1, lines.length);
    RangePoint p = result.points().get(3);
    String[] cells = lines[4].split(",");
    assertEquals(p.learningRate(), Double.parseDouble(cells[0]));
    assertEquals(p.smoothedLoss(), Double.parseDouble(cells[2]));
  }

  @Test
  void builder_smoothingOfOne_isRejected() {
    RangeTestConfig.Builder builder = RangeTestConfig.builder().smoothing(1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertMentions(e, "smoothing beta 1.0", "[0, 1)");
  }
}
