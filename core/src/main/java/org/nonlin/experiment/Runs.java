package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nonlin.nn.Network;
import org.nonlin.train.Checkpoint;
import org.nonlin.train.Monitor;
import org.nonlin.train.TrainResult;
import org.nonlin.train.Trainer;
import org.nonlin.train.TrainingListener;

/**
 * Runs independent training runs, on several threads when asked. Each run owns its network, data
 * and random generator, so its result does not depend on the thread count or on the order in which
 * the runs finish.
 */
public final class Runs {

  private Runs() {}

  /** Threads worth using for independent runs on this machine: one per available core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Trains every run and returns the outcomes in the order of {@code specs}.
   *
   * @param threads at most this many runs at once, at least 1
   */
  public static List<RunOutcome> runAll(List<RunSpec> specs, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
    if (threads == 1 || specs.size() == 1) {
      List<RunOutcome> outcomes = new ArrayList<>();
      for (RunSpec spec : specs) {
        outcomes.add(run(spec));
      }
      return outcomes;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, specs.size()));
    try {
      List<Future<RunOutcome>> futures = new ArrayList<>();
      for (RunSpec spec : specs) {
        futures.add(pool.submit(() -> run(spec)));
      }
      List<RunOutcome> outcomes = new ArrayList<>();
      for (Future<RunOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Trains one run on the calling thread. */
  public static RunOutcome run(RunSpec spec) {
    Network network =
        Network.create(spec.architecture(), spec.init(), spec.precision(), spec.config().seed());
    Map<Double, Network> snapshots = new HashMap<>();
    TrainingListener snapshotter =
        new TrainingListener() {
          @Override
          public void onCheckpoint(Checkpoint c) {
            if (spec.snapshotEpochs().contains(c.epoch())) {
              snapshots.put(c.epoch(), network.copy());
            }
          }
        };
    TrainResult result =
        new Trainer(spec.config(), snapshotter).fit(network, spec.data().train(), null);
    Monitor monitor = new Monitor(network);
    return new RunOutcome(
        spec,
        result,
        monitor.measure(spec.data().train()),
        monitor.measure(spec.data().test()),
        snapshots);
  }
}
