package org.nonlin.gradcheck;

import org.nonlin.train.TrainConfig;

/**
 * How a {@link GradientCheck} runs; validated when built. Use {@link #builder()} (or {@link
 * #defaults()}); every setting has a default named by a constant here.
 *
 * @param step the finite-difference step h of {@code (J(θi + h) − J(θi − h)) / 2h}, finite and in
 *     (0, 1)
 * @param l2 L2 coefficient λ; when > 0 the checked J includes {@code λ/(2m)·Σ‖W‖²} and backprop's
 *     dW includes {@code λ/m·W}, as the chapter insists; finite and >= 0
 * @param maxPerGroup parameters checked at most per group (W1, B1, ...); larger groups are checked
 *     on a seeded random subset and the norms then run over that subset; at least 1, {@link
 *     #ALL_PARAMETERS} for every parameter
 * @param trainingSteps plain full-batch gradient-descent steps {@code θ = θ − η·dθ} taken on the
 *     check data before checking, so that the check also runs away from the initial weights (the
 *     chapter's last caution); at least 0. To check after real training, pass the trained network
 *     instead.
 * @param learningRate η of those steps, finite and > 0
 * @param worstCount how many single parameters with the largest {@code |real − approx|} the report
 *     lists, at least 0
 * @param seed seeds the choice of checked subsets (and the random check data of {@link
 *     GradientCheck#run(org.nonlin.nn.Network, GradientCheckOptions)})
 */
public record GradientCheckOptions(
    double step,
    double l2,
    int maxPerGroup,
    int trainingSteps,
    double learningRate,
    int worstCount,
    long seed) {

  /**
   * Default step h = 1e-5. Measured on the course's example {@code 7-16sigmoid-12tanh-10softmax}
   * (Xavier weights, {@link CheckData#DEFAULT_SAMPLES} random samples; pinned within a factor 10 by
   * {@code GradientCheckTest}): h = 1e-2 gives diff = 5.7e-6, 1e-3 gives 5.7e-8, 1e-4 gives
   * 5.7e-10, 1e-5 gives 1.4e-10 and 1e-6 gives 1.3e-9 (with one sample, as the course checks:
   * 4.8e-6, 4.8e-10 and 5.3e-11 for h = 1e-2, 1e-4, 1e-5). The truncation error of the central
   * difference falls as h² and rounding error in J grows as 1/h; 1e-5 sits at the bottom of that
   * valley, a decade below the course's 1e-4.
   */
  public static final double DEFAULT_STEP = 1e-5;

  /** Default cap on parameters checked per group: 256, every weight of a layer up to 16x16. */
  public static final int DEFAULT_MAX_PER_GROUP = 256;

  /** {@link #maxPerGroup} value that checks every parameter. */
  public static final int ALL_PARAMETERS = Integer.MAX_VALUE;

  /** Default number of worst single parameters listed: 10. */
  public static final int DEFAULT_WORST_COUNT = 10;

  /** Validates every setting. */
  public GradientCheckOptions {
    if (!(step > 0 && step < 1)) {
      throw new IllegalArgumentException("step h " + step + " must be in (0, 1)");
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("L2 coefficient " + l2 + " must be a finite value >= 0");
    }
    if (maxPerGroup < 1) {
      throw new IllegalArgumentException(
          "parameters checked per group " + maxPerGroup + " must be >= 1");
    }
    if (trainingSteps < 0) {
      throw new IllegalArgumentException("training steps " + trainingSteps + " must be >= 0");
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learning rate " + learningRate + " must be a finite value > 0");
    }
    if (worstCount < 0) {
      throw new IllegalArgumentException("worst parameter count " + worstCount + " must be >= 0");
    }
  }

  /**
   * h = {@link #DEFAULT_STEP}, no L2, {@link #DEFAULT_MAX_PER_GROUP}, no training steps at {@link
   * TrainConfig#DEFAULT_LEARNING_RATE}, {@link #DEFAULT_WORST_COUNT}, seed {@link
   * TrainConfig#DEFAULT_SEED}.
   */
  public static GradientCheckOptions defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.step = step;
    b.l2 = l2;
    b.maxPerGroup = maxPerGroup;
    b.trainingSteps = trainingSteps;
    b.learningRate = learningRate;
    b.worstCount = worstCount;
    b.seed = seed;
    return b;
  }

  /** Collects settings; {@link #build} validates them. */
  public static final class Builder {
    private double step = DEFAULT_STEP;
    private double l2;
    private int maxPerGroup = DEFAULT_MAX_PER_GROUP;
    private int trainingSteps;
    private double learningRate = TrainConfig.DEFAULT_LEARNING_RATE;
    private int worstCount = DEFAULT_WORST_COUNT;
    private long seed = TrainConfig.DEFAULT_SEED;

    private Builder() {}

    /** Sets {@link GradientCheckOptions#step}, h. */
    public Builder step(double value) {
      step = value;
      return this;
    }

    /** Sets {@link GradientCheckOptions#l2}, λ. */
    public Builder l2(double value) {
      l2 = value;
      return this;
    }

    /** Sets {@link GradientCheckOptions#maxPerGroup}. */
    public Builder maxPerGroup(int value) {
      maxPerGroup = value;
      return this;
    }

    /** Sets {@link GradientCheckOptions#trainingSteps} and their learning rate η. */
    public Builder training(int steps, double rate) {
      trainingSteps = steps;
      learningRate = rate;
      return this;
    }

    /** Sets {@link GradientCheckOptions#worstCount}. */
    public Builder worstCount(int value) {
      worstCount = value;
      return this;
    }

    /** Sets {@link GradientCheckOptions#seed}. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** The validated options. */
    public GradientCheckOptions build() {
      return new GradientCheckOptions(
          step, l2, maxPerGroup, trainingSteps, learningRate, worstCount, seed);
    }
  }
}
