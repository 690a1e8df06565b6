package org.nonlin.experiment;

import java.util.Objects;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.ensemble.MemberFactory;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.train.Targets;
import org.nonlin.train.TrainConfig;

/**
 * One data set of the imbalance study and how every network on it trains.
 *
 * <p>The budget is a number of gradient steps, the same for every network: plain training runs
 * {@code E = config.maxEpochs()} epochs over the n imbalanced training rows, and a network that
 * learns a set of m rows (resampled, or an ensemble member's share) runs
 *
 * <pre>
 *   E_m = max(1, round(E · n / m))
 * </pre>
 *
 * epochs, so that E_m · m ≈ E · n rows pass through it. Under-sampling is then not handicapped by
 * fewer updates, nor over-sampling favoured by more; an ensemble spends this budget on each member.
 * Every network starts from Xavier weights drawn from {@code config.seed()}, so the single networks
 * of a data set start alike.
 *
 * @param name the data set's name in tables and file names, e.g. {@code double-arc}
 * @param description sizes, source and settings, one line
 * @param data normalised training part (imbalanced) and test part, with class labels
 * @param architecture every network's architecture; its output must fit the classes
 * @param config plain training's settings: epochs (the budget), batch size, learning rate, seed
 */
public record ImbalanceProblem(
    String name, String description, Split data, Architecture architecture, TrainConfig config) {

  /**
   * Checks that the parts are there and fit together.
   *
   * @throws IllegalArgumentException when the data hold regression targets, a class has no training
   *     rows, or the architecture does not fit the data
   */
  public ImbalanceProblem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(config, "config");
    Dataset train = data.train();
    Objects.requireNonNull(data.test(), "test part");
    if (!train.isClassification()) {
      throw new IllegalArgumentException(
          "data set '" + name + "' holds regression targets; the study needs class labels");
    }
    for (int c = 0; c < train.numClasses(); c++) {
      if (train.classCounts()[c] == 0) {
        throw new IllegalArgumentException(
            "class '" + train.classNames().get(c) + "' of '" + name + "' has no training rows");
      }
    }
    Targets.requireCompatible(architecture, train);
  }

  /** The index of the smallest training class, the lowest index on ties. */
  public int minorityClass() {
    int[] counts = data.train().classCounts();
    int minority = 0;
    for (int c = 1; c < counts.length; c++) {
      if (counts[c] < counts[minority]) {
        minority = c;
      }
    }
    return minority;
  }

  /** E_m = max(1, round(E · n / m)), the epochs of a network learning {@code rows} rows. */
  public int epochsFor(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows " + rows + " must be >= 1");
    }
    long scaled = Math.round((double) config.maxEpochs() * data.train().rows() / rows);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, scaled));
  }

  /**
   * Networks that learn sets of {@code rows} rows for {@link #epochsFor} epochs, measured once at
   * the end, with the given class weights.
   *
   * @param classWeights one weight per class, or null for none
   */
  public MemberFactory members(int rows, double[] classWeights) {
    int epochs = epochsFor(rows);
    TrainConfig scaled =
        config.toBuilder()
            .maxEpochs(epochs)
            .checkpointEpochs(epochs)
            .classWeights(classWeights)
            .build();
    return new MemberFactory(architecture, Initializer.XAVIER, scaled);
  }
}
