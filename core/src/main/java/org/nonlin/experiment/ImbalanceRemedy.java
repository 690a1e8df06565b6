package org.nonlin.experiment;

import org.nonlin.data.Dataset;
import org.nonlin.ensemble.BaggingOptions;
import org.nonlin.ensemble.BalancedBagging;
import org.nonlin.ensemble.Classifier;
import org.nonlin.ensemble.MemberFactory;
import org.nonlin.ensemble.SchapireBoosting;
import org.nonlin.ensemble.VoteRule;
import org.nonlin.imbalance.ClassWeights;
import org.nonlin.imbalance.Samplers;

/**
 * The remedies the imbalance study compares, each trained within the budget of {@link
 * ImbalanceProblem}. Resampling is applied to the training part only; every feature column is
 * treated as numeric (the study declares no categorical columns, so on UCI Adult SMOTE and ADASYN
 * interpolate the one-hot columns too).
 */
public enum ImbalanceRemedy {
  /** One network on the imbalanced training part, the baseline. */
  PLAIN("plain"),
  /** Random under-sampling of every class to the smallest class's size, {@code under}. */
  UNDER("under"),
  /** Random over-sampling with replacement to the largest class's size, {@code over}. */
  OVER("over"),
  /** SMOTE to the largest class's size, k = 5, {@code smote}. */
  SMOTE("smote"),
  /** ADASYN to the largest class's size, k = 5, {@code adasyn}. */
  ADASYN("adasyn"),
  /** One network with the balanced class weights n / (k · n_c) ({@link ClassWeights#balanced}). */
  WEIGHTS("weights"),
  /**
   * {@link BalancedBagging} (EasyEnsemble-style) of {@link #BAGGING_MEMBERS} members, each on every
   * row of the smallest class and as many of every other class, soft vote.
   */
  BAGGING("bagging"),
  /**
   * The imbalance variant of {@link SchapireBoosting}: L1 says the majority class, L2 learns a
   * balanced set, L3 the rows where they disagree.
   */
  BOOSTING("boosting");

  /** Members of the balanced bagging. */
  public static final int BAGGING_MEMBERS = BaggingOptions.DEFAULT_MEMBERS;

  private final String label;

  ImbalanceRemedy(String label) {
    this.label = label;
  }

  /**
   * What a remedy trained.
   *
   * @param classifier the network or ensemble
   * @param epochs the epochs of each network in it
   * @param rows the rows one network learned per epoch (for boosting: L2's set)
   */
  public record Trained(Classifier classifier, int epochs, int rows) {}

  /** The name in tables and on the command line; for samplers also their text form. */
  public String label() {
    return label;
  }

  /** True for the remedies that resample the training part: under, over, SMOTE and ADASYN. */
  public boolean resamples() {
    return this == UNDER || this == OVER || this == SMOTE || this == ADASYN;
  }

  /** True for SMOTE and ADASYN, whose nearest-neighbour search dominates their cost. */
  public boolean searchesNeighbours() {
    return this == SMOTE || this == ADASYN;
  }

  /**
   * Trains this remedy on the problem's training part, seeded by {@code problem.config().seed()}:
   * the seed of the sampler, of every single network and of the ensembles.
   *
   * @throws IllegalArgumentException when a sampler refuses the data (e.g. ADASYN on a class none
   *     of whose rows has a neighbour of another class), with the sampler's message
   */
  public Trained train(ImbalanceProblem problem) {
    Dataset train = problem.data().train();
    long seed = problem.config().seed();
    return switch (this) {
      case PLAIN -> single(problem, train, null);
      case UNDER, OVER, SMOTE, ADASYN ->
          single(problem, Samplers.parse(label).resample(train, seed), null);
      case WEIGHTS -> single(problem, train, ClassWeights.balanced(train));
      case BAGGING -> {
        int rows = train.numClasses() * train.classCounts()[problem.minorityClass()];
        BaggingOptions options = new BaggingOptions(BAGGING_MEMBERS, VoteRule.SOFT, seed, 1);
        yield new Trained(
            BalancedBagging.train(train, problem.members(rows, null), options),
            problem.epochsFor(rows),
            rows);
      }
      case BOOSTING -> {
        int rows = secondLearnerRows(train);
        yield new Trained(
            SchapireBoosting.trainImbalanced(train, problem.members(rows, null), seed),
            problem.epochsFor(rows),
            rows);
      }
    };
  }

  private static Trained single(ImbalanceProblem problem, Dataset set, double[] classWeights) {
    MemberFactory factory = problem.members(set.rows(), classWeights);
    return new Trained(
        factory.train(set, problem.config().seed()), factory.config().maxEpochs(), set.rows());
  }

  /** L2's set when L1 says the majority class: 2 · min(majority rows, other rows). */
  private static int secondLearnerRows(Dataset train) {
    int majority = 0;
    for (int count : train.classCounts()) {
      majority = Math.max(majority, count);
    }
    return 2 * Math.min(majority, train.rows() - majority);
  }
}
