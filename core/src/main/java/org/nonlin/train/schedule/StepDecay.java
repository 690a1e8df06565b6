package org.nonlin.train.schedule;

/**
 * A learning rate multiplied by γ every {@code size} steps (Caffe's {@code step} policy):
 *
 * <pre>η(t) = lr · γ^floor(t / size)</pre>
 *
 * <p>Text form {@code step(lr,gamma,size)}. The chapter's {@code step(0.1,0.9,50)} gives 0.1 for
 * steps 0–49, then 0.09, 0.081, 0.0729 from steps 50, 100 and 150.
 *
 * @param lr the rate for steps {@code [0, size)}, finite and {@code > 0}
 * @param gamma the factor applied at each boundary, finite and {@code > 0} ({@code < 1} decays)
 * @param size steps between two boundaries, {@code >= 1}
 */
public record StepDecay(double lr, double gamma, long size) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public StepDecay {
    Params.positive("learning rate", lr);
    Params.positive("gamma", gamma);
    Params.positive("step size", size);
  }

  @Override
  public double rate(long step) {
    return lr * Math.pow(gamma, step / size);
  }

  @Override
  public String spec() {
    return Params.call("step", lr, gamma, size);
  }
}
