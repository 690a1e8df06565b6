package org.nonlin.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.train.Checkpoint;
import org.nonlin.train.DivergenceException;
import org.nonlin.train.Targets;
import org.nonlin.train.TrainResult;
import org.nonlin.train.Trainer;
import org.nonlin.train.TrainingListener;

/**
 * Learning rate against batch size, as the chapter studies them: one configuration trained once per
 * (η, B) setting of a {@link SweepGrid}, every run from the same initial weights and with the same
 * seed, so that only η and B differ. Runs that diverge (the trainer's {@link DivergenceException})
 * are marked diverged instead of failing the sweep.
 *
 * <p>Runs are independent and may run on several threads; a run's result (all but its wall time)
 * does not depend on the thread count or on the order in which runs finish.
 */
public final class Sweep {

  private Sweep() {}

  /**
   * Trains a copy of {@code initial} for every setting of {@code grid}.
   *
   * @param initial the starting weights of every run; not modified
   * @param train training data
   * @param validation validation data, or null to let each run split it off as {@link
   *     org.nonlin.train.TrainConfig#validationFraction} says (the same rows for every run)
   * @param threads at most this many runs at once, at least 1
   * @return the runs in grid order
   * @throws IllegalArgumentException when the data do not fit the network or {@code threads < 1}
   */
  public static SweepResult run(
      Network initial,
      Dataset train,
      Dataset validation,
      SweepGrid grid,
      SweepConfig config,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
    Targets.requireCompatible(initial.architecture(), train);
    if (validation != null) {
      Targets.requireCompatible(initial.architecture(), validation);
    }
    List<Callable<SweepRun>> tasks = new ArrayList<>();
    for (GridPoint point : grid.points()) {
      Network start = initial.copy();
      tasks.add(() -> train(start, train, validation, point, config));
    }
    return new SweepResult(grid, config, Parallel.callAll(tasks, threads));
  }

  /** Trains {@code network} in place with the setting {@code point}. */
  static SweepRun train(
      Network network, Dataset train, Dataset validation, GridPoint point, SweepConfig config) {
    Progress progress = new Progress();
    long start = System.nanoTime();
    try {
      TrainResult result =
          new Trainer(config.runConfig(point), progress).fit(network, train, validation);
      Checkpoint last = result.last();
      return new SweepRun(
          point,
          config.effectiveRate(point),
          result.history(),
          result.epochs(),
          result.iterations(),
          last.validationLoss(),
          last.validationAccuracy(),
          false,
          (System.nanoTime() - start) / 1e9);
    } catch (DivergenceException e) {
      return new SweepRun(
          point,
          config.effectiveRate(point),
          progress.history,
          progress.epochs,
          progress.iterations,
          Double.NaN,
          Double.NaN,
          true,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** Keeps what a run had done, which a diverged run cannot return. */
  private static final class Progress implements TrainingListener {
    private final List<Checkpoint> history = new ArrayList<>();
    private double epochs;
    private long iterations;

    @Override
    public void onBatch(int epoch, int batch, int batchesPerEpoch) {
      epochs = epoch + (batch + 1.0) / batchesPerEpoch;
      iterations++;
    }

    @Override
    public void onCheckpoint(Checkpoint checkpoint) {
      history.add(checkpoint);
    }
  }
}
