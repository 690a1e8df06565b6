package org.nonlin.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.data.Splits;

/**
 * Bagging over balanced samples, in the style of EasyEnsemble (Liu, Wu and Zhou, "Exploratory
 * Undersampling for Class-Imbalance Learning", 2009): each of M members learns every row of the
 * smallest class plus an equally large random subset of every other class, drawn without
 * replacement and afresh for each member, so each member sees balanced classes and together they
 * see most of the larger classes. The members vote by a {@link VoteRule}: soft (mean probability)
 * or hard (plurality).
 *
 * <p>The same data, factory and options give bit-identical members for any thread count.
 */
public final class BalancedBagging implements Ensemble {

  /** The {@code kind} of this ensemble in ensemble files. */
  public static final String KIND = "balanced-bagging";

  private final List<String> classNames;
  private final List<Classifier> members;
  private final VoteRule vote;

  private BalancedBagging(
      List<String> classNames, List<? extends Classifier> members, VoteRule vote) {
    this.classNames = List.copyOf(classNames);
    this.members = List.copyOf(members);
    this.vote = Objects.requireNonNull(vote, "vote");
    Members.requireAlike(this.classNames, this.members);
  }

  /**
   * The vote of trained members.
   *
   * @throws IllegalArgumentException when there are no members, or they differ in input width or
   *     class count, or the class names do not match their class count
   */
  public static BalancedBagging of(
      List<String> classNames, List<? extends Classifier> members, VoteRule vote) {
    return new BalancedBagging(classNames, members, vote);
  }

  /**
   * Trains {@code options.members()} networks on balanced samples of {@code data} (features already
   * normalised), drawn as the class description says. A generator seeded with {@code
   * options.seed()} gives, member by member, the member's seed and then its sample; the members
   * then train, {@code options.threads()} at a time.
   *
   * @throws IllegalArgumentException when the factory's network does not fit the data or a class
   *     has no rows
   */
  public static BalancedBagging train(Dataset data, MemberFactory factory, BaggingOptions options) {
    factory.requireCompatible(data);
    int[][] rowsByClass = Splits.rowsByClass(data);
    for (int c = 0; c < rowsByClass.length; c++) {
      if (rowsByClass[c].length == 0) {
        throw new IllegalArgumentException(
            "class '"
                + data.classNames().get(c)
                + "' has 0 training rows; balanced bagging needs every class present");
      }
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    List<Dataset> samples = new ArrayList<>(options.members());
    long[] seeds = new long[options.members()];
    for (int m = 0; m < seeds.length; m++) {
      seeds[m] = random.nextLong();
      samples.add(data.subset(BalancedSampling.sample(rowsByClass, random)));
    }
    List<NetworkClassifier> members = factory.trainAll(samples, seeds, options.threads());
    return new BalancedBagging(data.classNames(), members, options.vote());
  }

  /** The same members voting by {@code rule}. */
  public BalancedBagging withVote(VoteRule rule) {
    return new BalancedBagging(classNames, members, rule);
  }

  /** How the members vote. */
  public VoteRule vote() {
    return vote;
  }

  @Override
  public List<Classifier> members() {
    return members;
  }

  @Override
  public List<String> classNames() {
    return classNames;
  }

  @Override
  public int inputs() {
    return members.get(0).inputs();
  }

  @Override
  public int numClasses() {
    return classNames.size();
  }

  /**
   * Soft: the mean of the members' probabilities, {@code P[r, c] = (1/M) Σ_m P_m[r, c]}. Hard: the
   * vote shares {@code S[r, c] = (number of members predicting c) / M}.
   */
  @Override
  public float[] probabilities(float[] x, int rows) {
    Votes.requireInput(x, rows, inputs());
    if (vote == VoteRule.SOFT) {
      return Votes.mean(memberProbabilities(x, rows));
    }
    return Votes.shares(memberPredictions(x, rows), numClasses());
  }

  /**
   * Soft: {@code argmax_c P[r, c]}, ties to the lowest index. Hard: the plurality of the members'
   * predicted classes; ties go to the tied class with the larger mean probability, then to the
   * lowest index.
   */
  @Override
  public int[] predict(float[] x, int rows) {
    Votes.requireInput(x, rows, inputs());
    float[] mean = Votes.mean(memberProbabilities(x, rows));
    if (vote == VoteRule.SOFT) {
      return Votes.argmax(mean, numClasses());
    }
    return Votes.plurality(memberPredictions(x, rows), mean, numClasses());
  }

  private List<float[]> memberProbabilities(float[] x, int rows) {
    List<float[]> all = new ArrayList<>(members.size());
    for (Classifier member : members) {
      all.add(member.probabilities(x, rows));
    }
    return all;
  }

  private List<int[]> memberPredictions(float[] x, int rows) {
    List<int[]> all = new ArrayList<>(members.size());
    for (Classifier member : members) {
      all.add(member.predict(x, rows));
    }
    return all;
  }

  @Override
  public String toString() {
    return "BalancedBagging[" + members.size() + " members, " + vote.label() + " vote]";
  }
}
