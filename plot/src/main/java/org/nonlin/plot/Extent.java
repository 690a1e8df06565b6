package org.nonlin.plot;

/** The smallest and largest finite values seen so far; empty while {@code lo > hi}. */
final class Extent {

  double lo = Double.POSITIVE_INFINITY;
  double hi = Double.NEGATIVE_INFINITY;

  /** Widens the extent to the value; NaN and infinities are ignored. */
  Extent include(double value) {
    if (Double.isFinite(value)) {
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    return this;
  }

  /** Widens the extent to every finite value of the array. */
  Extent include(double[] values) {
    for (double value : values) {
      include(value);
    }
    return this;
  }

  /** Whether no finite value was seen. */
  boolean isEmpty() {
    return lo > hi;
  }
}
