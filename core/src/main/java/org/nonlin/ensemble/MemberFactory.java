package org.nonlin.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.experiment.RunOutcome;
import org.nonlin.experiment.RunSpec;
import org.nonlin.experiment.Runs;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.train.Targets;
import org.nonlin.train.TrainConfig;

/**
 * How an ensemble trains each member network: the architecture, the weight initialisation and the
 * training settings, all members alike. The ensemble gives each member its own seed, derived from
 * the ensemble's seed; that seed replaces {@link TrainConfig#seed} and also draws the member's
 * initial weights. Members train in float32 through {@link Runs}, on as many threads as asked, with
 * the same results for any thread count.
 *
 * <p>Member training sets can be small (a boosting learner's set of disagreements may hold a
 * handful of rows); a {@link TrainConfig#validationFraction} above 0 then fails with the trainer's
 * message, so members usually train with fraction 0 (the trainer then measures the training set).
 *
 * @param architecture every member's architecture; its output must fit the data's classes
 * @param init every member's weight initialisation
 * @param config every member's training settings, apart from the seed
 */
public record MemberFactory(Architecture architecture, Initializer init, TrainConfig config) {

  /** Rejects missing parts. */
  public MemberFactory {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(init, "init");
    Objects.requireNonNull(config, "config");
  }

  /**
   * Checks that members of this factory can learn {@code data}.
   *
   * @throws IllegalArgumentException naming the mismatch, as {@link Targets#requireCompatible}
   */
  public void requireCompatible(Dataset data) {
    Targets.requireCompatible(architecture, data);
  }

  /**
   * A new member trained on {@code data}, its weights drawn and its training seeded by {@code
   * seed}.
   */
  public NetworkClassifier train(Dataset data, long seed) {
    return trainAll(List.of(data), new long[] {seed}, 1).get(0);
  }

  /**
   * One member per data set, member i trained on {@code sets.get(i)} with {@code seeds[i]}, at most
   * {@code threads} at a time; the result does not depend on {@code threads}.
   */
  List<NetworkClassifier> trainAll(List<Dataset> sets, long[] seeds, int threads) {
    List<RunSpec> specs = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      Dataset data = sets.get(i);
      TrainConfig seeded = config.toBuilder().seed(seeds[i]).build();
      specs.add(
          new RunSpec(
              "member " + (i + 1), architecture, init, seeded, new Split(data, data), Set.of()));
    }
    List<NetworkClassifier> members = new ArrayList<>(specs.size());
    for (RunOutcome outcome : Runs.runAll(specs, threads)) {
      members.add(NetworkClassifier.of(outcome.network()));
    }
    return members;
  }
}
