package org.nonlin.tensor;

/**
 * sigmoid and tanh in float32, as one fixed sequence of IEEE float operations that vector lanes
 * also have, so that {@link ScalarFloatOps} and {@code VectorFloatOps} compute them identically
 * (each {@link Math#fma} here is one lane fused multiply-add there, each conditional a blend). The
 * error bound and how it was measured are on {@link FloatOps#MAX_ULP}.
 *
 * <p>Both functions are a ratio {@code n / (1 + e^y)} with y = −|x| or −2|x| ≤ 0, so that e^y never
 * exceeds 1 ({@link #ratio}):
 *
 * <ul>
 *   <li>σ(x) = 1 / (1 + e^−|x|) for x ≥ 0 and e^−|x| / (1 + e^−|x|) for x &lt; 0;
 *   <li>tanh(x) = ±(1 − e^−2|x|) / (1 + e^−2|x|), the sign of x put back at the end.
 * </ul>
 *
 * <p>e^y: k = the integer nearest to y·log2(e), found by adding {@link #SHIFTER} in a fused
 * multiply-add; {@code r = y − k·ln 2} in two fused steps with ln 2 split as {@link #LN2_HI} +
 * {@link #LN2_LO}, the first step exact, so that |r| ≤ ln(2)/2 + 1e-6; {@code e^r − 1 = r +
 * r²·P(r)} with P the Taylor series of (e^r − 1 − r)/r² to r^6, that is e^r to r^8 (truncation
 * below 0.35^9/9!·1.5 = 3e-10, a hundredth of a float ulp), evaluated by Estrin's scheme; {@code
 * 2^(k+64)} from the low bits of the shifted sum moved into the exponent field, a normal float for
 * every k here, its bias taken off by a last product by 2^−64, exact unless e^y is subnormal.
 *
 * <p>Rounding every step to float would cost two ulp, mostly in 1 + e^y and in the division.
 * Instead e^r − 1, e^y, the numerator and the denominator are each carried as a pair hi + lo that
 * holds the value to about 2^−40: the lo part of a sum comes from Fast2Sum (for |a| ≥ |b| or a = 0,
 * the rounding error of {@code a + b} is exactly {@code b − ((a + b) − a)}), that of {@code fma(s,
 * q, s)} from a second fused multiply-add. The quotient of the pairs is the quotient of the high
 * parts corrected by one Newton step, {@code z0 + (n − z0·b + nl − z0·bl)/b}, in which a fused
 * multiply-add gives the residual n − z0·b exactly.
 *
 * <p>NaN flows through every step and gives NaN; |x| is clamped to {@link #SIGMOID_LIMIT} or {@link
 * #TANH_LIMIT}, so ±∞ give the limits 0 and 1 (σ) or ±1 (tanh).
 */
final class Exp {

  /** log2(e) rounded to float. */
  static final float LOG2E = 0x1.715476p0f;

  /** 1.5·2^23: adding it to |v| < 2^22 rounds v to an integer held in the low mantissa bits. */
  static final float SHIFTER = 0x1.8p23f;

  /** ln 2 to 16 bits, 0.693145751953125: y − k·LN2_HI is a float for |y| ≤ 104, |k| ≤ 150. */
  static final float LN2_HI = 0x1.62e4p-1f;

  /** ln 2 − LN2_HI = 1.4286068203e-6 rounded to float; the split errs by 5.5e-14. */
  static final float LN2_LO = 0x1.7f7d1cp-20f;

  /** 1/n! for n = 8 down to 2, each the correctly rounded float quotient. */
  static final float C8 = 1f / 40320;

  static final float C7 = 1f / 5040;
  static final float C6 = 1f / 720;
  static final float C5 = 1f / 120;
  static final float C4 = 1f / 24;
  static final float C3 = 1f / 6;
  static final float C2 = 1f / 2;

  /** The exponent field of 2^64: added to k shifted into the exponent, it gives 2^(k+64). */
  static final int SCALE_BIAS = (127 + 64) << 23;

  /** 2^−64, which takes the bias of {@link #SCALE_BIAS} off again. */
  static final float UNBIAS = 0x1p-64f;

  /**
   * Largest |x| σ uses: e^−104 is below half the smallest subnormal float, 2^−150, so that σ rounds
   * to 0 and 1 from there on.
   */
  static final float SIGMOID_LIMIT = 104f;

  /** Largest |x| tanh uses, half of {@link #SIGMOID_LIMIT}: y = −2|x| covers the same range. */
  static final float TANH_LIMIT = 52f;

  /**
   * Below this |x|, tanh returns x itself: |x − tanh x| ≤ |x|³/3 is less than half an ulp of x, so
   * x is the correctly rounded value, and the sign of −0 is kept.
   */
  static final float TANH_TINY = 0x1p-12f;

  private Exp() {}

  /** σ(x) = 1 / (1 + e^−x), by {@link #ratio}. */
  static float sigmoid(float x) {
    return ratio(x, false);
  }

  /** tanh x, by {@link #ratio}. */
  static float tanh(float x) {
    return ratio(x, true);
  }

  /**
   * σ(x) = 1 / (1 + e^−|x|) for x ≥ 0 and e^−|x| / (1 + e^−|x|) below, or tanh x = ±(1 − e^−2|x|) /
   * (1 + e^−2|x|), as explained on the class.
   */
  static float ratio(float x, boolean tanh) {
    // y = −|x| or −2|x|, clamped (NaN stays NaN); t = k + SHIFTER from |x| directly
    float ax = Math.abs(x);
    float limit = tanh ? TANH_LIMIT : SIGMOID_LIMIT;
    float a = ax > limit ? limit : ax;
    float factor = tanh ? -2f : -1f;
    float y = a * factor;
    float t = Math.fma(a, factor * LOG2E, SHIFTER);
    boolean negative = x < 0;

    // r = y − k·ln 2; e^r − 1 = r + w = q + ql with w = r²·P(r)
    float k = t - SHIFTER;
    float r = Math.fma(k, -LN2_HI, y);
    r = Math.fma(k, -LN2_LO, r);
    float r2 = r * r;
    float low = Math.fma(C3, r, C2);
    float middle = Math.fma(C5, r, C4);
    float high = Math.fma(C8, r2, Math.fma(C7, r, C6));
    float w = r2 * Math.fma(high, r2 * r2, Math.fma(middle, r2, low));
    float q = r + w;
    float ql = w - (q - r);

    // e^y = 2^−64·s·(1 + q + ql) = eh + el, s = 2^(k+64); 2^−64 rounds only subnormal results
    float s = Float.intBitsToFloat((Float.floatToRawIntBits(t) << 23) + SCALE_BIAS);
    float e64 = Math.fma(s, q, s);
    float eh = e64 * UNBIAS;
    float el = Math.fma(s, ql, Math.fma(s, q, s - e64)) * UNBIAS;

    // numerator n + nl: 1 − e^y for tanh; 1 for σ(x ≥ 0) and e^y for σ(x < 0)
    float n;
    float nl;
    if (tanh) {
      n = 1f - eh;
      nl = ((1f - n) - eh) - el;
    } else {
      n = negative ? eh : 1f;
      nl = negative ? el : 0f;
    }

    // denominator b + bl = 1 + e^y
    float b = 1f + eh;
    float bl = (eh - (b - 1f)) + el;

    // the quotient of the high parts, corrected by one Newton step
    float inv = 1f / b;
    float z0 = n * inv;
    float residual = Math.fma(-z0, b, n);
    float lowTerms = Math.fma(-z0, bl, nl);
    float value = Math.fma(inv, residual + lowTerms, z0);
    if (!tanh) {
      return value;
    }
    float signed = negative ? -value : value;
    return ax < TANH_TINY ? x : signed;
  }
}
