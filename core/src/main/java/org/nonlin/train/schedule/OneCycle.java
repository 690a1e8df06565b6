package org.nonlin.train.schedule;

/**
 * The one-cycle policy of Smith & Topin, "Super-Convergence: Very Fast Training of Neural Networks
 * Using Large Learning Rates" (2018), with cosine phases (the shape fastai and PyTorch's {@code
 * OneCycleLR} use by default). With η_0 = max/div, η_end = η_0/finalDiv and R = rise·T:
 *
 * <pre>
 * η(t) = η_0 + (max − η_0) · (1 − cos(π · t / R)) / 2                    for t <= R
 * η(t) = η_end + (max − η_end) · (1 + cos(π · (min(t, T) − R) / (T − R))) / 2   for t > R
 * </pre>
 *
 * <p>The rate rises from max/div to max over the first fraction {@code rise} of T, then anneals to
 * max/(div·finalDiv) at step T and stays there. Text form {@code
 * onecycle(max,total,rise,div,finaldiv)}, e.g. {@code onecycle(0.1,10000,0.3,25,10000)}; the short
 * form {@code onecycle(max,total)} takes {@link #DEFAULT_RISE}, {@link #DEFAULT_DIV} and {@link
 * #DEFAULT_FINAL_DIV}.
 *
 * @param max the peak rate, reached at step R, finite and {@code > 0}
 * @param total the step T at which the anneal ends, {@code >= 1}
 * @param rise the fraction of T spent rising, in {@code (0, 1)}
 * @param div max divided by the rate at step 0, finite and {@code >= 1}
 * @param finalDiv the rate at step 0 divided by the rate from step T on, finite and {@code >= 1}
 */
public record OneCycle(double max, long total, double rise, double div, double finalDiv)
    implements LearningRateSchedule {

  /** Default fraction of the cycle spent rising, as in PyTorch's {@code OneCycleLR}. */
  public static final double DEFAULT_RISE = 0.3;

  /** Default ratio of the peak rate to the starting rate, as in PyTorch's {@code OneCycleLR}. */
  public static final double DEFAULT_DIV = 25;

  /** Default ratio of the starting rate to the final rate, as in PyTorch's {@code OneCycleLR}. */
  public static final double DEFAULT_FINAL_DIV = 1e4;

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public OneCycle {
    Params.positive("max rate", max);
    Params.positive("total steps", total);
    if (!(rise > 0 && rise < 1)) {
      throw Params.invalid("rise fraction", Params.format(rise), "must be in (0, 1)");
    }
    Params.atLeast("div factor", div, 1);
    Params.atLeast("final div factor", finalDiv, 1);
  }

  /** A one-cycle schedule with the default rise fraction and div factors. */
  public OneCycle(double max, long total) {
    this(max, total, DEFAULT_RISE, DEFAULT_DIV, DEFAULT_FINAL_DIV);
  }

  @Override
  public double rate(long step) {
    double start = max / div;
    double peakStep = rise * total;
    if (step <= peakStep) {
      return CosineAnnealing.halfCosine(start, max, step / peakStep);
    }
    double fraction = (Math.min(step, total) - peakStep) / (total - peakStep);
    return CosineAnnealing.halfCosine(max, start / finalDiv, fraction);
  }

  @Override
  public String spec() {
    return Params.call("onecycle", max, total, rise, div, finalDiv);
  }
}
