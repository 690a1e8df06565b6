package org.nonlin.plot;

/**
 * A builder of a chart with numeric x and y axes, whose ranges can be fixed instead of following
 * the data.
 *
 * @param <B> the concrete builder, returned by each setter for chaining
 */
public abstract class XyChartBuilder<B extends XyChartBuilder<B>> extends ChartBuilder<B> {

  double[] xRange;
  double[] yRange;

  XyChartBuilder() {}

  /**
   * Fixes the x axis to [min, max].
   *
   * @throws IllegalArgumentException if an end is not finite or min is not below max
   */
  public B xRange(double min, double max) {
    checkRange("x", min, max);
    xRange = new double[] {min, max};
    return self();
  }

  /**
   * Fixes the y axis to [min, max].
   *
   * @throws IllegalArgumentException if an end is not finite or min is not below max
   */
  public B yRange(double min, double max) {
    checkRange("y", min, max);
    yRange = new double[] {min, max};
    return self();
  }

  /**
   * The fixed range of an axis, or else the data's extent widened by {@code margin} of its length
   * on each side; no data at all gives [0, 1] ([0.1, 1] on a log axis).
   */
  static Scale scale(double[] fixed, Extent data, boolean log, double margin) {
    if (fixed != null) {
      return Scale.exact(fixed[0], fixed[1], log);
    }
    if (data.isEmpty()) {
      return Scale.exact(log ? 0.1 : 0, 1, log);
    }
    return Scale.around(data.lo, data.hi, log, margin);
  }
}
