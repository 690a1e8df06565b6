package org.nonlin.train.schedule;

import java.util.Objects;

/**
 * Another schedule with every rate multiplied by a constant: η(t) = factor · inner(t). This is how
 * a batch-size scaling rule ({@link BatchScaling}) changes a whole schedule, and the trainer logs
 * these effective rates. Text form {@code scale(factor,schedule)}, e.g. {@code
 * scale(2,step(0.1,0.9,50))}.
 *
 * @param factor finite and {@code > 0}
 * @param inner the schedule to scale; must count iterations (no {@code @epoch})
 */
public record Scaled(double factor, LearningRateSchedule inner) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public Scaled {
    Params.positive("factor", factor);
    Params.inner("scale", Objects.requireNonNull(inner, "inner schedule"));
  }

  @Override
  public double rate(long step) {
    return factor * inner.rate(step);
  }

  @Override
  public String spec() {
    return Params.call("scale", factor, inner);
  }
}
