package org.nonlin.train.schedule;

import java.util.Objects;

/**
 * A linear warm-up over the first n steps in front of another schedule, as in the gradual warm-up
 * of Goyal et al., "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour" (2017):
 *
 * <pre>
 * η(t) = inner(n) · (t + 1) / n   for t < n
 * η(t) = inner(t)                 for t >= n
 * </pre>
 *
 * <p>Text form {@code warmup(n,schedule)}, e.g. {@code warmup(500,cosine(0.1,0,10000))}.
 *
 * <p>Choices: the inner schedule keeps its own clock (its milestones and its T count from step 0 of
 * training, not from the end of the warm-up), and the ramp climbs to inner(n), the rate the inner
 * schedule has where it takes over, reaching it at step n − 1; so the rate never jumps at step n
 * and never exceeds what the inner schedule would give there. The first step already trains, at
 * inner(n)/n. Because the ramp is linear in the inner rates, {@code warmup(n,scale(f,s))} and
 * {@code scale(f,warmup(n,s))} give the same rates.
 *
 * @param steps the warm-up length n, {@code >= 1}
 * @param inner the schedule that takes over at step n; must count iterations (no {@code @epoch})
 */
public record LinearWarmup(long steps, LearningRateSchedule inner) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public LinearWarmup {
    Params.positive("warm-up steps", steps);
    Params.inner("warmup", Objects.requireNonNull(inner, "inner schedule"));
  }

  @Override
  public double rate(long step) {
    if (step >= steps) {
      return inner.rate(step);
    }
    return inner.rate(steps) * (step + 1) / steps;
  }

  @Override
  public String spec() {
    return Params.call("warmup", steps, inner);
  }
}
