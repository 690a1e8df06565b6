package org.nonlin.train;

import org.nonlin.optim.OptimizerSpec;
import org.nonlin.train.schedule.FixedRate;
import org.nonlin.train.schedule.LearningRateSchedule;

/**
 * Everything a training run needs besides the network and the data; validated when built. Use
 * {@link #builder()}; every setting has a default named by a constant here.
 *
 * @param maxEpochs passes over the training data at most, at least 1
 * @param batchSize samples per gradient step, at least 1; larger than the data means full batch
 * @param schedule the learning rate per iteration or epoch
 * @param optimizer the update rule
 * @param l2 L2 coefficient λ (the loss gains λ/(2m)·Σ‖W‖²), at least 0
 * @param keepProbability inverted-dropout keep probability for hidden layers, in (0, 1]
 * @param checkpointEpochs epochs between checkpoints (fractions such as 0.5 allowed), > 0
 * @param stopLoss stop when the checkpoint's validation loss is at most this ({@code eps}); 0 off
 * @param patience stop after this many checkpoints without a better validation loss, restoring the
 *     best parameters; 0 off
 * @param validationFraction share of the shuffled training set held out for validation when no
 *     validation set is given, in [0, 1); with 0 and no set, the training set is evaluated instead
 * @param seed seeds the validation split, the shuffles and dropout
 * @param classWeights loss weight per class for class-weighted training, or null for all 1
 */
public record TrainConfig(
    int maxEpochs,
    int batchSize,
    LearningRateSchedule schedule,
    OptimizerSpec optimizer,
    double l2,
    double keepProbability,
    double checkpointEpochs,
    double stopLoss,
    int patience,
    double validationFraction,
    long seed,
    double[] classWeights) {

  /** Default maximum number of epochs. */
  public static final int DEFAULT_EPOCHS = 100;

  /** Default batch size. */
  public static final int DEFAULT_BATCH_SIZE = 32;

  /** Default learning rate η, the chapter's. */
  public static final double DEFAULT_LEARNING_RATE = 0.1;

  /** Default seed. */
  public static final long DEFAULT_SEED = 42;

  /** Validates every setting and copies the class weights. */
  public TrainConfig {
    if (maxEpochs < 1) {
      throw new IllegalArgumentException("epochs " + maxEpochs + " must be >= 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + " must be >= 1");
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("L2 coefficient " + l2 + " must be a finite value >= 0");
    }
    if (!(keepProbability > 0 && keepProbability <= 1)) {
      throw new IllegalArgumentException(
          "dropout keep probability " + keepProbability + " must be in (0, 1]");
    }
    if (!(checkpointEpochs > 0) || Double.isInfinite(checkpointEpochs)) {
      throw new IllegalArgumentException(
          "checkpoint interval " + checkpointEpochs + " epochs must be > 0");
    }
    if (!(stopLoss >= 0)) {
      throw new IllegalArgumentException("stop loss eps " + stopLoss + " must be >= 0 (0 is off)");
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience " + patience + " must be >= 0 (0 is off)");
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(
          "validation fraction " + validationFraction + " must be in [0, 1)");
    }
    if (classWeights != null) {
      classWeights = classWeights.clone();
      for (int c = 0; c < classWeights.length; c++) {
        if (!(classWeights[c] > 0) || Double.isInfinite(classWeights[c])) {
          throw new IllegalArgumentException(
              "class weight " + classWeights[c] + " of class " + c + " must be finite and > 0");
        }
      }
    }
  }

  /** A copy of the class weights, or null. */
  @Override
  public double[] classWeights() {
    return classWeights == null ? null : classWeights.clone();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxEpochs = maxEpochs;
    b.batchSize = batchSize;
    b.schedule = schedule;
    b.optimizer = optimizer;
    b.l2 = l2;
    b.keepProbability = keepProbability;
    b.checkpointEpochs = checkpointEpochs;
    b.stopLoss = stopLoss;
    b.patience = patience;
    b.validationFraction = validationFraction;
    b.seed = seed;
    b.classWeights = classWeights;
    return b;
  }

  /** Collects settings; {@link #build} validates them. */
  public static final class Builder {
    private int maxEpochs = DEFAULT_EPOCHS;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private LearningRateSchedule schedule = new FixedRate(DEFAULT_LEARNING_RATE);
    private OptimizerSpec optimizer = OptimizerSpec.sgd();
    private double l2;
    private double keepProbability = 1.0;
    private double checkpointEpochs = 1.0;
    private double stopLoss;
    private int patience;
    private double validationFraction;
    private long seed = DEFAULT_SEED;
    private double[] classWeights;

    private Builder() {}

    /** Sets {@link TrainConfig#maxEpochs}. */
    public Builder maxEpochs(int value) {
      maxEpochs = value;
      return this;
    }

    /** Sets {@link TrainConfig#batchSize}. */
    public Builder batchSize(int value) {
      batchSize = value;
      return this;
    }

    /** A fixed learning rate η. */
    public Builder learningRate(double value) {
      schedule = new FixedRate(value);
      return this;
    }

    /** Sets {@link TrainConfig#schedule}. */
    public Builder schedule(LearningRateSchedule value) {
      schedule = value;
      return this;
    }

    /** Sets {@link TrainConfig#optimizer}. */
    public Builder optimizer(OptimizerSpec value) {
      optimizer = value;
      return this;
    }

    /** Sets {@link TrainConfig#l2}. */
    public Builder l2(double value) {
      l2 = value;
      return this;
    }

    /** Sets {@link TrainConfig#keepProbability}. */
    public Builder keepProbability(double value) {
      keepProbability = value;
      return this;
    }

    /** Sets {@link TrainConfig#checkpointEpochs}. */
    public Builder checkpointEpochs(double value) {
      checkpointEpochs = value;
      return this;
    }

    /** Sets {@link TrainConfig#stopLoss}. */
    public Builder stopLoss(double value) {
      stopLoss = value;
      return this;
    }

    /** Sets {@link TrainConfig#patience}. */
    public Builder patience(int value) {
      patience = value;
      return this;
    }

    /** Sets {@link TrainConfig#validationFraction}. */
    public Builder validationFraction(double value) {
      validationFraction = value;
      return this;
    }

    /** Sets {@link TrainConfig#seed}. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** Sets {@link TrainConfig#classWeights}. */
    public Builder classWeights(double[] value) {
      classWeights = value;
      return this;
    }

    /** The validated configuration. */
    public TrainConfig build() {
      return new TrainConfig(
          maxEpochs,
          batchSize,
          schedule,
          optimizer,
          l2,
          keepProbability,
          checkpointEpochs,
          stopLoss,
          patience,
          validationFraction,
          seed,
          classWeights);
    }
  }
}
