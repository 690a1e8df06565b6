package org.nonlin.train.schedule;

/**
 * A constant learning rate: η(t) = lr. Text form {@code fixed(lr)}, e.g. {@code fixed(0.1)}.
 *
 * @param lr the learning rate, finite and {@code > 0}
 */
public record FixedRate(double lr) implements LearningRateSchedule {

  /** Checks the parameter; throws IllegalArgumentException naming it if it is out of range. */
  public FixedRate {
    Params.positive("learning rate", lr);
  }

  /** Returns lr for every step. */
  @Override
  public double rate(long step) {
    return lr;
  }

  @Override
  public String spec() {
    return Params.call("fixed", lr);
  }
}
