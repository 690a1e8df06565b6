package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.data.SineCurve;
import org.nonlin.data.Split;
import org.nonlin.io.Json;
import org.nonlin.nn.Network;
import org.nonlin.testing.Tolerances;
import org.nonlin.train.Checkpoint;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.TrainResult;
import org.nonlin.train.Trainer;
import org.nonlin.train.schedule.BatchScaling;

class SweepTest {

  private static final String ARC_NET = "2-2sigmoid-1logistic";

  private static final SweepGrid GRID = SweepGrid.of("test", List.of(0.1, 0.5), List.of(8, 32));

  private static final SweepConfig CONFIG =
      SweepConfig.of(TrainConfig.builder().maxEpochs(5).seed(Tolerances.SEED).build());

  /** Everything a run reports except wall times, which differ between repeats. */
  private static List<Object> timeless(SweepRun run) {
    List<Object> figures = new ArrayList<>();
    figures.add(run.point());
    figures.add(run.effectiveLearningRate());
    figures.add(run.epochs());
    figures.add(run.iterations());
    figures.add(run.validationLoss());
    figures.add(run.validationAccuracy());
    figures.add(run.diverged());
    for (Checkpoint c : run.history()) {
      figures.add(List.of(c.epoch(), c.iteration(), c.trainLoss(), c.validationLoss()));
      figures.add(List.of(c.trainAccuracy(), c.validationAccuracy(), c.learningRate()));
    }
    return figures;
  }

  private static List<List<Object>> timeless(SweepResult result) {
    List<List<Object>> runs = new ArrayList<>();
    for (SweepRun run : result.runs()) {
      runs.add(timeless(run));
    }
    return runs;
  }

  @Test
  void run_oneThreadAndTwoThreads_giveTheSameRuns() {
    // given
    Split arc = Fixtures.doubleArc();
    Network initial = Fixtures.network(ARC_NET);

    // when
    SweepResult one = Sweep.run(initial, arc.train(), arc.test(), GRID, CONFIG, 1);
    SweepResult again = Sweep.run(initial, arc.train(), arc.test(), GRID, CONFIG, 1);
    SweepResult two = Sweep.run(initial, arc.train(), arc.test(), GRID, CONFIG, 2);

    // then
    assertEquals(timeless(one), timeless(again));
    assertEquals(timeless(one), timeless(two));
    assertEquals(GRID.points().get(3), two.runs().get(3).point()); // grid order kept
  }

  @Test
  void run_everySetting_startsFromTheInitialWeights() {
    // given
    Split arc = Fixtures.doubleArc();
    Network initial = Fixtures.network(ARC_NET);
    List<double[]> before = Fixtures.parameters(initial);

    // when
    SweepResult result = Sweep.run(initial, arc.train(), arc.test(), GRID, CONFIG, 2);

    // then each run equals training a copy of the initial network by hand, which is unchanged
    for (SweepRun run : result.runs()) {
      TrainConfig config = CONFIG.runConfig(run.point());
      TrainResult direct = new Trainer(config).fit(initial.copy(), arc.train(), arc.test());
      SweepRun expected =
          new SweepRun(
              run.point(),
              run.point().learningRate(),
              direct.history(),
              direct.epochs(),
              direct.iterations(),
              direct.last().validationLoss(),
              direct.last().validationAccuracy(),
              false,
              0);
      assertEquals(timeless(expected), timeless(run));
    }
    Fixtures.assertBitIdentical(before, Fixtures.parameters(initial));
  }

  @Test
  void run_divergingRate_isMarkedAndTheOthersStillRun() {
    // given the 1-4-1 sine fit, whose loss explodes to infinity at rate 100
    Dataset train = Fixtures.sineTrain();
    SweepGrid grid = SweepGrid.of("diverging", List.of(0.1, 100.0), List.of(10));

    // when
    SweepResult result =
        Sweep.run(Fixtures.network(SineCurve.ARCHITECTURE), train, null, grid, CONFIG, 2);

    // then
    SweepRun fine = result.runs().get(0);
    SweepRun diverged = result.runs().get(1);
    assertFalse(fine.diverged());
    assertEquals(5, fine.epochs());
    assertTrue(diverged.diverged());
    assertTrue(Double.isNaN(diverged.validationLoss()));
    assertTrue(diverged.epochs() < 5);
    assertEquals(fine, result.best().orElseThrow());
    assertTrue(Double.isNaN(result.lossMatrix().value(1, 0))); // row 100, column 10
  }

  @Test
  void run_linearBatchScaling_scalesEachRateFromTheBaseBatch() {
    // given rates tuned for batch 16, scaled linearly
    Split arc = Fixtures.doubleArc();
    SweepConfig scaled =
        new SweepConfig(CONFIG.base(), new BatchScaling(BatchScaling.Rule.LINEAR), 16);
    SweepGrid grid = SweepGrid.of("scaled", List.of(0.2), List.of(8, 32));

    // when
    SweepResult result =
        Sweep.run(Fixtures.network(ARC_NET), arc.train(), arc.test(), grid, scaled, 2);

    // then
    assertEquals(0.1, result.runs().get(0).effectiveLearningRate(), Tolerances.EXACT); // 0.2*8/16
    assertEquals(0.4, result.runs().get(1).effectiveLearningRate(), Tolerances.EXACT); // 0.2*32/16
    assertEquals(0.4, result.runs().get(1).history().get(0).learningRate(), Tolerances.EXACT);
  }

  @Test
  void outputs_sweepOfFourRuns_layOutTableCurvesAndMatrix() {
    // given
    Split arc = Fixtures.doubleArc();
    SweepResult result =
        Sweep.run(Fixtures.network(ARC_NET), arc.train(), arc.test(), GRID, CONFIG, 2);

    // when
    String[] table = result.tableCsv().split("\n");
    String[] curves = result.curvesCsv().split("\n");
    SweepMatrix matrix = result.accuracyMatrix();

    // then
    assertEquals("lr,batch,effective_lr,epochs,val_loss,val_accuracy,diverged,seconds", table[0]);
    assertEquals(5, table.length); // header and 4 runs
    assertTrue(table[2].startsWith("0.1,32,0.1,5.0,"), table[2]);
    assertEquals("lr,batch,epoch,iteration,train_loss,val_loss,val_accuracy", curves[0]);
    assertEquals(1 + 4 * 5, curves.length); // a checkpoint per epoch, 5 epochs, 4 runs
    assertEquals(List.of(0.1, 0.5), matrix.learningRates());
    assertEquals(List.of(8, 32), matrix.batchSizes());
    assertEquals(result.runs().get(3).validationAccuracy(), matrix.value(1, 1)); // (0.5, 32)
    assertEquals(result.runs().get(1).validationAccuracy(), matrix.value(0, 1)); // (0.1, 32)
  }

  @Test
  void toMap_sweep_writesAsJsonWithRunsMatrixAndBest() {
    // given
    Split arc = Fixtures.doubleArc();
    SweepResult result =
        Sweep.run(Fixtures.network(ARC_NET), arc.train(), arc.test(), GRID, CONFIG, 2);

    // when
    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) Json.parse(Json.write(result.toMap()));

    // then
    assertEquals("test", read.get("grid"));
    assertEquals("none", read.get("scaling"));
    List<?> runs = (List<?>) read.get("runs");
    assertEquals(4, runs.size());
    Map<?, ?> first = (Map<?, ?>) runs.get(0);
    assertTrue(first.keySet().containsAll(SweepResult.TABLE_COLUMNS));
    assertEquals(5, ((List<?>) first.get("history")).size());
    Map<?, ?> matrix = (Map<?, ?>) read.get("accuracy_matrix");
    assertEquals(List.of(8L, 32L), matrix.get("columns"));
    Map<?, ?> best = (Map<?, ?>) read.get("best");
    SweepRun expected = result.best().orElseThrow();
    assertEquals(expected.point().learningRate(), best.get("lr"));
  }
}
