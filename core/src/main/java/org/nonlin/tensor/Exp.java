package org.nonlin.tensor;

/**
 * The exponential in double precision from operations that vector lanes also have, so that {@link
 * ScalarFloatOps} and {@code VectorFloatOps} compute it identically; within 2 ulp of {@link
 * Math#exp}, which is far below float32's rounding.
 *
 * <p>Method: clamp x to [−708, 708] (past these, sigmoid and tanh are already 0 or 1 in float);
 * split {@code x = k·ln 2 + r} with k the nearest integer to {@code x·log2(e)} (found by adding
 * 1.5·2^52) and |r| ≤ ln(2)/2, ln 2 taken in two parts so that {@code k·LN2_HI} is exact; {@code
 * e^r} by its Taylor series to r^13 (truncation below 5e-18); {@code 2^k} built in the exponent
 * bits. NaN gives NaN.
 */
final class Exp {

  static final double LIMIT = 708.0;
  static final double LOG2E = 1.4426950408889634;
  static final double SHIFTER = 0x1.8p52;
  static final double LN2_HI = 6.93147180369123816490e-01;
  static final double LN2_LO = 1.90821492927058770002e-10;

  /** Taylor coefficients 1/i! for i = 13 down to 0, in Horner order. */
  static final double[] TAYLOR = {
    1.0 / 6227020800.0,
    1.0 / 479001600.0,
    1.0 / 39916800.0,
    1.0 / 3628800.0,
    1.0 / 362880.0,
    1.0 / 40320.0,
    1.0 / 5040.0,
    1.0 / 720.0,
    1.0 / 120.0,
    1.0 / 24.0,
    1.0 / 6.0,
    1.0 / 2.0,
    1.0,
    1.0
  };

  /**
   * Below this |x|, tanh comes from its odd series instead of from exp, to keep 1 − e^−2|x| exact.
   */
  static final double TANH_SERIES_BELOW = 0.0625;

  /**
   * Coefficients of tanh x = x·(1 + Σ_i c_i·x^(2i)), i = 7 down to 1, in Horner order; the product
   * form keeps the sign of −0.
   */
  static final double[] TANH = {
    -929569.0 / 638512875.0,
    21844.0 / 6081075.0,
    -1382.0 / 155925.0,
    62.0 / 2835.0,
    -17.0 / 315.0,
    2.0 / 15.0,
    -1.0 / 3.0
  };

  private Exp() {}

  /** e^x as described on the class. */
  static double exp(double x) {
    double v = Math.max(-LIMIT, Math.min(LIMIT, x));
    double t = v * LOG2E + SHIFTER;
    double k = t - SHIFTER;
    double r = (v - k * LN2_HI) - k * LN2_LO;
    double p = TAYLOR[0];
    for (int i = 1; i < TAYLOR.length; i++) {
      p = p * r + TAYLOR[i];
    }
    long bits = (Double.doubleToRawLongBits(t) + 1023) << 52;
    return p * Double.longBitsToDouble(bits);
  }

  /** 1 / (1 + e^−x). */
  static double sigmoid(double x) {
    return 1.0 / (1.0 + exp(-x));
  }

  /** tanh x: the odd series near 0, else {@code ±(1 − e^−2|x|) / (1 + e^−2|x|)}; tanh(−0) = −0. */
  static double tanh(double x) {
    double ax = Math.abs(x);
    if (ax < TANH_SERIES_BELOW) {
      double x2 = x * x;
      double p = TANH[0];
      for (int i = 1; i < TANH.length; i++) {
        p = p * x2 + TANH[i];
      }
      return x * (1.0 + x2 * p);
    }
    double e = exp(-2.0 * ax);
    double t = (1.0 - e) / (1.0 + e);
    return x < 0 ? -t : t;
  }
}
