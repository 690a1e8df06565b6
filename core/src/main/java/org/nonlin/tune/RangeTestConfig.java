package org.nonlin.tune;

import java.util.Objects;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.train.TrainConfig;

/**
 * The settings of a learning-rate range test; validated when built. Use {@link #builder()}; every
 * setting has a default named by a constant.
 *
 * @param sweep the rising rates, by default {@code exp(}{@link RateSweep#DEFAULT_START}, {@link
 *     RateSweep#DEFAULT_END}, {@link RateSweep#DEFAULT_STEPS}{@code )}
 * @param batchSize samples per step, at least 1 (default {@link TrainConfig#DEFAULT_BATCH_SIZE}); a
 *     training set smaller than this is used whole
 * @param optimizer the update rule when the test makes its own optimiser (default plain SGD)
 * @param l2 L2 coefficient λ of the loss and the gradients, at least 0 (default 0)
 * @param source which loss the curve records
 * @param smoothing β of the training loss's moving average, in [0, 1) (default {@link
 *     #DEFAULT_SMOOTHING}); 0 turns smoothing off
 * @param divergenceFactor the test stops once the (smoothed) loss exceeds this times the lowest one
 *     so far, {@code > 1} (default {@link #DEFAULT_DIVERGENCE_FACTOR}); +∞ turns it off
 * @param rule the rule whose rate becomes the suggested one (default {@link
 *     SuggestionRule#DEFAULT})
 * @param skipStart how many recorded points at the start the suggestions leave out, at least 0
 *     (default {@link #DEFAULT_SKIP_START}); see {@link Suggestions}
 * @param seed seeds the shuffles of the training rows
 */
public record RangeTestConfig(
    RateSweep sweep,
    int batchSize,
    OptimizerSpec optimizer,
    double l2,
    LossSource source,
    double smoothing,
    double divergenceFactor,
    SuggestionRule rule,
    int skipStart,
    long seed) {

  /** Default β of the moving average of the training loss. */
  public static final double DEFAULT_SMOOTHING = 0.98;

  /** Default divergence factor: stop at 4 times the best smoothed loss. */
  public static final double DEFAULT_DIVERGENCE_FACTOR = 4;

  /**
   * Default number of points at the start of a curve that the suggestions leave out: with β = 0.98
   * the moving average of the first ten batches is still mostly noise.
   */
  public static final int DEFAULT_SKIP_START = 10;

  /** Validates every setting. */
  public RangeTestConfig {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rule, "rule");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + " must be >= 1");
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("L2 coefficient " + l2 + " must be a finite value >= 0");
    }
    if (!(smoothing >= 0 && smoothing < 1)) {
      throw new IllegalArgumentException("smoothing beta " + smoothing + " must be in [0, 1)");
    }
    if (!(divergenceFactor > 1)) {
      throw new IllegalArgumentException(
          "divergence factor " + divergenceFactor + " must be > 1 (Infinity is off)");
    }
    if (skipStart < 0) {
      throw new IllegalArgumentException("points to skip " + skipStart + " must be >= 0");
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects settings; {@link #build} validates them. */
  public static final class Builder {
    private RateSweep sweep =
        RateSweep.exponential(
            RateSweep.DEFAULT_START, RateSweep.DEFAULT_END, RateSweep.DEFAULT_STEPS);
    private int batchSize = TrainConfig.DEFAULT_BATCH_SIZE;
    private OptimizerSpec optimizer = OptimizerSpec.sgd();
    private double l2;
    private LossSource source = LossSource.TRAINING;
    private double smoothing = DEFAULT_SMOOTHING;
    private double divergenceFactor = DEFAULT_DIVERGENCE_FACTOR;
    private SuggestionRule rule = SuggestionRule.DEFAULT;
    private int skipStart = DEFAULT_SKIP_START;
    private long seed = TrainConfig.DEFAULT_SEED;

    private Builder() {}

    /** Sets {@link RangeTestConfig#sweep}. */
    public Builder sweep(RateSweep value) {
      sweep = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#batchSize}. */
    public Builder batchSize(int value) {
      batchSize = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#optimizer}. */
    public Builder optimizer(OptimizerSpec value) {
      optimizer = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#l2}. */
    public Builder l2(double value) {
      l2 = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#source}. */
    public Builder source(LossSource value) {
      source = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#smoothing}. */
    public Builder smoothing(double value) {
      smoothing = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#divergenceFactor}. */
    public Builder divergenceFactor(double value) {
      divergenceFactor = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#rule}. */
    public Builder rule(SuggestionRule value) {
      rule = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#skipStart}. */
    public Builder skipStart(int value) {
      skipStart = value;
      return this;
    }

    /** Sets {@link RangeTestConfig#seed}. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** The validated configuration. */
    public RangeTestConfig build() {
      return new RangeTestConfig(
          sweep,
          batchSize,
          optimizer,
          l2,
          source,
          smoothing,
          divergenceFactor,
          rule,
          skipStart,
          seed);
    }
  }
}
