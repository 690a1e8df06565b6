package org.nonlin.train.schedule;

import java.util.Objects;

/**
 * Another schedule whose step counts epochs instead of iterations: the rates are those of {@code
 * inner}, and {@link #unit()} tells the trainer to call {@link #rate(long)} with the epoch index.
 * Text form: the inner schedule followed by {@code @epoch}, e.g. {@code step(0.1,0.5,10)@epoch}
 * halves the rate every 10 epochs. The unit belongs on the outermost schedule only, so {@link
 * #scaled} and {@link #capped} wrap the inner schedule and keep the unit outside.
 *
 * @param inner the schedule, counting in epochs; must not carry a unit itself
 */
public record PerEpoch(LearningRateSchedule inner) implements LearningRateSchedule {

  /** Checks that {@code inner} does not carry a unit already. */
  public PerEpoch {
    Params.inner("@epoch", Objects.requireNonNull(inner, "inner schedule"));
  }

  @Override
  public double rate(long step) {
    return inner.rate(step);
  }

  /** Returns {@link ScheduleUnit#EPOCH}. */
  @Override
  public ScheduleUnit unit() {
    return ScheduleUnit.EPOCH;
  }

  /** The scaled inner schedule, still counting epochs: {@code scale(f,s)@epoch}. */
  @Override
  public LearningRateSchedule scaled(double factor) {
    return new PerEpoch(inner.scaled(factor));
  }

  /** The capped inner schedule, still counting epochs: {@code cap(max,s)@epoch}. */
  @Override
  public LearningRateSchedule capped(double max) {
    return new PerEpoch(inner.capped(max));
  }

  @Override
  public String spec() {
    return inner.spec() + "@epoch";
  }
}
