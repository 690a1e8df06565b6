package org.nonlin.train.schedule;

import java.util.Objects;

/**
 * Another schedule with every rate limited to a maximum: η(t) = min(max, inner(t)). Used for the
 * optional cap of a {@link BatchScaling} rule. Text form {@code cap(max,schedule)}, e.g. {@code
 * cap(1,scale(8,step(0.2,0.9,50)))}.
 *
 * @param max the largest rate allowed, finite and {@code > 0}
 * @param inner the schedule to limit; must count iterations (no {@code @epoch})
 */
public record Capped(double max, LearningRateSchedule inner) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public Capped {
    Params.positive("cap", max);
    Params.inner("cap", Objects.requireNonNull(inner, "inner schedule"));
  }

  @Override
  public double rate(long step) {
    return Math.min(max, inner.rate(step));
  }

  @Override
  public String spec() {
    return Params.call("cap", max, inner);
  }
}
