package org.nonlin.train.schedule;

/**
 * A polynomial decay to zero over {@code total} steps (Caffe's {@code poly} policy, the chapter's
 * formula 7):
 *
 * <pre>η(t) = lr · (1 − min(t, T) / T)^p</pre>
 *
 * <p>Text form {@code poly(lr,power,total)}, e.g. {@code poly(0.1,0.9,10000)}. p = 1 falls
 * linearly, p > 1 falls fast then flattens, p < 1 stays high then drops (the chapter suggests 0.9).
 * The step is clamped at T, so from step T on the rate is lr · 0^p: 0 when p > 0 (train for at most
 * T steps), lr when p = 0.
 *
 * @param lr the rate at step 0, finite and {@code > 0}
 * @param power the exponent p, finite and {@code >= 0}
 * @param total the step T at which the rate reaches 0, {@code >= 1}
 */
public record PolynomialDecay(double lr, double power, long total) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public PolynomialDecay {
    Params.positive("learning rate", lr);
    Params.nonNegative("power", power);
    Params.positive("total steps", total);
  }

  @Override
  public double rate(long step) {
    return lr * Math.pow(1 - (double) Math.min(step, total) / total, power);
  }

  @Override
  public String spec() {
    return Params.call("poly", lr, power, total);
  }
}
