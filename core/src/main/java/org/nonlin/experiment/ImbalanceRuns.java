package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nonlin.data.Dataset;

/**
 * Trains and scores (problem, remedy) pairs of the imbalance study, several at once. Each run owns
 * its data, sampler and networks, so the results do not depend on the thread count. A run's failure
 * is kept as a value and rethrown on the calling thread, the first in table order, as it was
 * thrown.
 */
final class ImbalanceRuns {

  /**
   * Larger training sets first, and on each SMOTE and ADASYN first: the longest runs start first.
   */
  private static final Comparator<Run> COSTLIEST_FIRST =
      Comparator.comparingInt((Run r) -> -r.problem.data().train().rows())
          .thenComparing(r -> !r.remedy.searchesNeighbours())
          .thenComparingInt(Run::index);

  private ImbalanceRuns() {}

  /**
   * A row, or the note of a sampler that refused the data, or the failure to rethrow.
   *
   * @param row the scored run, or null
   * @param refusal {@code problem/remedy refused: <the sampler's message>}, or null
   * @param failure what went wrong otherwise, or null
   */
  record Outcome(ImbalanceRow row, String refusal, RuntimeException failure) {}

  /** One (problem, remedy) pair; its index is its place in the table. */
  record Run(int index, ImbalanceProblem problem, ImbalanceRemedy remedy) {}

  /**
   * Runs every pair, at most {@code threads} at once, the costliest first.
   *
   * @return the outcomes in index order, each with a row or a refusal
   * @throws RuntimeException the first failure in index order, as the run threw it
   */
  static List<Outcome> runAll(List<Run> runs, int threads) {
    List<Run> order = new ArrayList<>(runs);
    order.sort(COSTLIEST_FIRST);
    List<CompletableFuture<Outcome>> started =
        new ArrayList<>(Collections.nCopies(runs.size(), null));
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, runs.size())));
    try {
      for (Run run : order) {
        started.set(run.index(), CompletableFuture.supplyAsync(() -> attempt(run), pool));
      }
      List<Outcome> outcomes = new ArrayList<>(runs.size());
      for (CompletableFuture<Outcome> future : started) {
        outcomes.add(future.join());
      }
      for (Outcome outcome : outcomes) {
        if (outcome.failure() != null) {
          throw outcome.failure();
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Trains and scores one pair; a sampler's refusal and any other failure become outcomes. */
  static Outcome attempt(Run run) {
    try {
      return new Outcome(scored(run), null, null);
    } catch (IllegalArgumentException e) {
      if (!run.remedy().resamples()) {
        return new Outcome(null, null, e);
      }
      String label = run.problem().name() + "/" + run.remedy().label();
      return new Outcome(null, label + " refused: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      return new Outcome(null, null, e);
    }
  }

  private static ImbalanceRow scored(Run run) {
    long start = System.nanoTime();
    ImbalanceProblem problem = run.problem();
    ImbalanceRemedy.Trained trained = run.remedy().train(problem);
    Dataset train = problem.data().train();
    int minority = problem.minorityClass();
    ImbalanceScores test =
        ImbalanceScores.of(trained.classifier(), problem.data().test(), minority);
    return new ImbalanceRow(
        problem.name(),
        run.remedy(),
        train.classNames(),
        minority,
        problem.architecture().hidden().isEmpty()
            ? 0
            : problem.architecture().hidden().get(0).units(),
        trained.epochs(),
        trained.rows(),
        ImbalanceScores.accuracy(trained.classifier(), train),
        test,
        (System.nanoTime() - start) / 1e9);
  }
}
