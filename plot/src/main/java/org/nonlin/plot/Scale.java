package org.nonlin.plot;

/**
 * The map from data values along one axis to a fraction of the axis's length, linear or log10, with
 * optional fixed ticks (category axes). A reversed axis has {@code min > max}.
 *
 * @param min data value at the start of the axis (left, or bottom)
 * @param max data value at the end of the axis
 * @param log whether positions are proportional to log10 of the value
 * @param fixedTicks ticks to show instead of computed ones, or null
 */
record Scale(double min, double max, boolean log, Ticks fixedTicks) {

  Scale {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min == max) {
      throw new IllegalArgumentException(
          "axis range [" + min + ", " + max + "] must be finite and not empty");
    }
    if (log && !(min > 0 && max > 0)) {
      throw new IllegalArgumentException(
          "log axis range [" + min + ", " + max + "] must be > 0 at both ends");
    }
  }

  /** A linear or log axis over exactly [min, max]. */
  static Scale exact(double min, double max, boolean log) {
    return new Scale(min, max, log, null);
  }

  /**
   * An axis around the data range [lo, hi], widened on each side by {@code margin} times its length
   * (in log10 units on a log axis). An empty range is widened to a unit around its value (a decade
   * on a log axis).
   */
  static Scale around(double lo, double hi, boolean log, double margin) {
    double a = log ? Math.log10(lo) : lo;
    double b = log ? Math.log10(hi) : hi;
    if (b - a < 1e-12 * Math.max(1, Math.abs(a))) {
      a -= 0.5;
      b += 0.5;
    }
    double pad = margin * (b - a);
    a -= pad;
    b += pad;
    return log ? exact(Math.pow(10, a), Math.pow(10, b), true) : exact(a, b, false);
  }

  /** A category axis with ticks at 0, 1, ..., n-1, labelled; reversed puts 0 at the end. */
  static Scale categories(String[] names, boolean reversed) {
    double[] positions = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      positions[i] = i;
    }
    double lo = -0.5;
    double hi = names.length - 0.5;
    return new Scale(reversed ? hi : lo, reversed ? lo : hi, false, new Ticks(positions, names));
  }

  /** Where the value lies along the axis: 0 at min, 1 at max; NaN for NaN. */
  double fraction(double value) {
    if (log) {
      return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
    }
    return (value - min) / (max - min);
  }

  /** Fixed ticks, or nice ticks with about {@code count} intervals. */
  Ticks ticks(int count) {
    if (fixedTicks != null) {
      return fixedTicks;
    }
    double lo = Math.min(min, max);
    double hi = Math.max(min, max);
    return log ? Ticks.log10(lo, hi, count) : Ticks.linear(lo, hi, count);
  }
}
