package org.nonlin.experiment;

/**
 * Settings shared by every experiment.
 *
 * @param seed seeds data generation, initial weights and shuffles
 * @param threads independent runs trained at once, at least 1
 * @param maxEpochs caps each run's epochs below the experiment's own budget; 0 keeps the budget
 *     (tests use a cap for short runs)
 */
public record ExperimentOptions(long seed, int threads, int maxEpochs) {

  /** The seed experiments use unless told otherwise. */
  public static final long DEFAULT_SEED = 42;

  /** Validates the settings. */
  public ExperimentOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
    if (maxEpochs < 0) {
      throw new IllegalArgumentException("epoch cap " + maxEpochs + " must be >= 0 (0 is none)");
    }
  }

  /** Default seed, one thread per core, the experiment's own epoch budget. */
  public static ExperimentOptions defaults() {
    return new ExperimentOptions(DEFAULT_SEED, Runs.defaultThreads(), 0);
  }

  /** {@code budget}, or the cap when one is set and smaller. */
  public int epochs(int budget) {
    return maxEpochs > 0 ? Math.min(budget, maxEpochs) : budget;
  }
}
