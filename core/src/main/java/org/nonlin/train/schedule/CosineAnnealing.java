package org.nonlin.train.schedule;

/**
 * Cosine annealing from a maximum to a minimum rate over {@code total} steps, as in Loshchilov &
 * Hutter, "SGDR: Stochastic Gradient Descent with Warm Restarts" (ICLR 2017), without restarts:
 *
 * <pre>η(t) = η_min + (η_max − η_min) · (1 + cos(π · min(t, T) / T)) / 2</pre>
 *
 * <p>Text form {@code cosine(max,min,total)}, e.g. {@code cosine(0.1,0.001,10000)}: 0.1 at step 0,
 * 0.0505 at step 5000, 0.001 from step 10000 on (the step is clamped at T).
 *
 * @param max the rate η_max at step 0, finite and {@code > 0}
 * @param min the rate η_min from step T on, finite, {@code >= 0} and {@code <= max}
 * @param total the length T of the anneal in steps, {@code >= 1}
 */
public record CosineAnnealing(double max, double min, long total) implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public CosineAnnealing {
    Params.positive("max rate", max);
    Params.nonNegative("min rate", min);
    if (min > max) {
      throw Params.invalid(
          "min rate", Params.format(min), "must be <= max rate " + Params.format(max));
    }
    Params.positive("total steps", total);
  }

  @Override
  public double rate(long step) {
    return halfCosine(max, min, (double) Math.min(step, total) / total);
  }

  /**
   * The half-cosine path from {@code from} (at fraction 0) to {@code to} (at fraction 1): {@code to
   * + (from − to)·(1 + cos(π·fraction))/2}. Shared with {@link OneCycle}.
   */
  static double halfCosine(double from, double to, double fraction) {
    return to + (from - to) * (1 + Math.cos(Math.PI * fraction)) / 2;
  }

  @Override
  public String spec() {
    return Params.call("cosine", max, min, total);
  }
}
