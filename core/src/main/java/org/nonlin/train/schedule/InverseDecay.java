package org.nonlin.train.schedule;

/**
 * An inverse-power decay (Caffe's {@code inv} policy, the chapter's formula 6):
 *
 * <pre>η(t) = lr · (1 + γ·t)^(−p)</pre>
 *
 * <p>Text form {@code inv(lr,gamma,power)}, e.g. {@code inv(0.1,0.0001,0.75)}. γ sets how fast the
 * rate falls; p sets how low it goes (the chapter suggests 0.5 as a default); p = 0 is a fixed
 * rate.
 *
 * @param lr the rate at step 0, finite and {@code > 0}
 * @param gamma the speed of the decay, finite and {@code > 0}
 * @param power the exponent p, finite and {@code >= 0}
 */
public record InverseDecay(double lr, double gamma, double power) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public InverseDecay {
    Params.positive("learning rate", lr);
    Params.positive("gamma", gamma);
    Params.nonNegative("power", power);
  }

  @Override
  public double rate(long step) {
    return lr * Math.pow(1 + gamma * step, -power);
  }

  @Override
  public String spec() {
    return Params.call("inv", lr, gamma, power);
  }
}
