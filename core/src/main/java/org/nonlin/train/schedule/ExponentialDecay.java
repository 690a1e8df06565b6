package org.nonlin.train.schedule;

/**
 * A learning rate multiplied by γ at every step (Caffe's {@code exp} policy, the chapter's formula
 * 5):
 *
 * <pre>η(t) = lr · γ^t</pre>
 *
 * <p>Text form {@code exp(lr,gamma)}, e.g. {@code exp(0.1,0.999)}. With γ close to 1 (0.99, 0.999)
 * the decay is slow; γ > 1 grows the rate, as in the learning-rate range test of Smith, "Cyclical
 * Learning Rates for Training Neural Networks" (2017), and then overflows to +∞ after about
 * log(Double.MAX_VALUE / lr) / log γ steps.
 *
 * @param lr the rate at step 0, finite and {@code > 0}
 * @param gamma the factor per step, finite and {@code > 0}
 */
public record ExponentialDecay(double lr, double gamma) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public ExponentialDecay {
    Params.positive("learning rate", lr);
    Params.positive("gamma", gamma);
  }

  @Override
  public double rate(long step) {
    return lr * Math.pow(gamma, step);
  }

  @Override
  public String spec() {
    return Params.call("exp", lr, gamma);
  }
}
