package org.nonlin.tensor;

import java.util.Arrays;

/**
 * {@link FloatOps} in plain Java: the loops HotSpot's superword pass vectorises by itself where it
 * can. The reference for {@code VectorFloatOps}, which must match it bit for bit.
 */
final class ScalarFloatOps implements FloatOps {

  /** Stripe width of the scalar product: 16 columns, a row of which the inner loop vectorises. */
  private static final int STRIPE = 16;

  /** The exponent field of a float's bits, and its lowest bit. */
  static final int EXPONENT = 0x7f800000;

  static final int EXPONENT_LOW_BIT = 0x00800000;

  @Override
  public int stripeWidth() {
    return STRIPE;
  }

  @Override
  public int scratchSize(int k) {
    return 0;
  }

  @Override
  public void pack(float[] b, boolean tb, int k, int n, float[] panel) {
    packStripes(b, tb, k, n, panel, STRIPE, 0);
  }

  /** The stripes of {@link #pack} from column {@code from} on, {@code width} columns each. */
  static void packStripes(float[] b, boolean tb, int k, int n, float[] panel, int width, int from) {
    for (int j0 = from; j0 < n; j0 += width) {
      int w = Math.min(width, n - j0);
      int s0 = j0 * k;
      for (int p = 0; p < k; p++) {
        int to = s0 + p * width;
        if (tb) {
          for (int j = 0; j < w; j++) {
            panel[to + j] = b[(j0 + j) * k + p];
          }
        } else {
          System.arraycopy(b, p * n + j0, panel, to, w);
        }
        Arrays.fill(panel, to + w, to + width, 0f);
      }
    }
  }

  @Override
  public void accumulate(
      float[] a,
      int ai,
      int ap,
      float alpha,
      float[] panel,
      int k,
      int n,
      float[] c,
      int i0,
      int i1,
      float[] scratch,
      int[] steps) {
    for (int j0 = 0; j0 < n; j0 += STRIPE) {
      stripe(a, ai, ap, alpha, panel, STRIPE, k, n, c, i0, i1, j0, Math.min(STRIPE, n - j0));
    }
  }

  /**
   * The columns {@code [j0, j0 + w)} of {@link #accumulate}, from the stripe starting at j0·k whose
   * rows are {@code width} apart.
   */
  static void stripe(
      float[] a,
      int ai,
      int ap,
      float alpha,
      float[] panel,
      int width,
      int k,
      int n,
      float[] c,
      int i0,
      int i1,
      int j0,
      int w) {
    int s0 = j0 * k;
    for (int i = i0; i < i1; i++) {
      int c0 = i * n + j0;
      if (w == STRIPE && width == STRIPE) {
        row(a, i * ai, ap, alpha, panel, s0, k, c, c0);
        continue;
      }
      for (int p = 0; p < k; p++) {
        float s = alpha * a[i * ai + p * ap];
        int b0 = s0 + p * width;
        for (int j = 0; j < w; j++) {
          c[c0 + j] = Math.fma(s, panel[b0 + j], c[c0 + j]);
        }
      }
    }
  }

  /**
   * One row of C by one full stripe, its sixteen sums held in locals: sixteen independent chains of
   * scalar fused multiply-adds, which keep the FMA units busy without SIMD.
   */
  private static void row(
      float[] a, int r0, int ap, float alpha, float[] panel, int s0, int k, float[] c, int c0) {
    float acc0 = c[c0 + 0];
    float acc1 = c[c0 + 1];
    float acc2 = c[c0 + 2];
    float acc3 = c[c0 + 3];
    float acc4 = c[c0 + 4];
    float acc5 = c[c0 + 5];
    float acc6 = c[c0 + 6];
    float acc7 = c[c0 + 7];
    float acc8 = c[c0 + 8];
    float acc9 = c[c0 + 9];
    float acc10 = c[c0 + 10];
    float acc11 = c[c0 + 11];
    float acc12 = c[c0 + 12];
    float acc13 = c[c0 + 13];
    float acc14 = c[c0 + 14];
    float acc15 = c[c0 + 15];
    for (int p = 0; p < k; p++) {
      float s = alpha * a[r0 + p * ap];
      int b = s0 + p * STRIPE;
      acc0 = Math.fma(s, panel[b + 0], acc0);
      acc1 = Math.fma(s, panel[b + 1], acc1);
      acc2 = Math.fma(s, panel[b + 2], acc2);
      acc3 = Math.fma(s, panel[b + 3], acc3);
      acc4 = Math.fma(s, panel[b + 4], acc4);
      acc5 = Math.fma(s, panel[b + 5], acc5);
      acc6 = Math.fma(s, panel[b + 6], acc6);
      acc7 = Math.fma(s, panel[b + 7], acc7);
      acc8 = Math.fma(s, panel[b + 8], acc8);
      acc9 = Math.fma(s, panel[b + 9], acc9);
      acc10 = Math.fma(s, panel[b + 10], acc10);
      acc11 = Math.fma(s, panel[b + 11], acc11);
      acc12 = Math.fma(s, panel[b + 12], acc12);
      acc13 = Math.fma(s, panel[b + 13], acc13);
      acc14 = Math.fma(s, panel[b + 14], acc14);
      acc15 = Math.fma(s, panel[b + 15], acc15);
    }
    c[c0 + 0] = acc0;
    c[c0 + 1] = acc1;
    c[c0 + 2] = acc2;
    c[c0 + 3] = acc3;
    c[c0 + 4] = acc4;
    c[c0 + 5] = acc5;
    c[c0 + 6] = acc6;
    c[c0 + 7] = acc7;
    c[c0 + 8] = acc8;
    c[c0 + 9] = acc9;
    c[c0 + 10] = acc10;
    c[c0 + 11] = acc11;
    c[c0 + 12] = acc12;
    c[c0 + 13] = acc13;
    c[c0 + 14] = acc14;
    c[c0 + 15] = acc15;
  }

  @Override
  public void sigmoid(float[] z, float[] a, int n) {
    sigmoid(z, a, 0, n);
  }

  @Override
  public void tanh(float[] z, float[] a, int n) {
    tanh(z, a, 0, n);
  }

  @Override
  public void sigmoidGradient(float[] a, float[] d, int n) {
    sigmoidGradient(a, d, 0, n);
  }

  @Override
  public void tanhGradient(float[] a, float[] d, int n) {
    tanhGradient(a, d, 0, n);
  }

  /** {@link FloatOps#sigmoid} for i in {@code [from, to)}. */
  static void sigmoid(float[] z, float[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      a[i] = Exp.sigmoid(z[i]);
    }
  }

  /** {@link FloatOps#tanh} for i in {@code [from, to)}. */
  static void tanh(float[] z, float[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      a[i] = Exp.tanh(z[i]);
    }
  }

  /** {@link FloatOps#sigmoidGradient} for i in {@code [from, to)}. */
  static void sigmoidGradient(float[] a, float[] d, int from, int to) {
    for (int i = from; i < to; i++) {
      d[i] *= Math.fma(-a[i], a[i], a[i]);
    }
  }

  /** {@link FloatOps#tanhGradient} for i in {@code [from, to)}. */
  static void tanhGradient(float[] a, float[] d, int from, int to) {
    for (int i = from; i < to; i++) {
      d[i] *= Math.fma(-a[i], a[i], 1f);
    }
  }

  /**
   * A value's exponent field plus its lowest bit, {@code (bits & 0x7f800000) + 0x00800000}, carries
   * into the sign bit only when the field is all ones, that is for infinities and NaN; the range is
   * finite when the OR of those sums is not negative. (An OR, unlike a running maximum, has no
   * compare.)
   */
  @Override
  public boolean allFinite(float[] x, int from, int to) {
    int carries = 0;
    for (int i = from; i < to; i++) {
      carries |= (Float.floatToRawIntBits(x[i]) & EXPONENT) + EXPONENT_LOW_BIT;
    }
    return carries >= 0;
  }

  @Override
  public void decodeBytes(byte[] codes, int from, float divisor, float[] out, int to, int n) {
    for (int i = 0; i < n; i++) {
      out[to + i] = (codes[from + i] & 0xFF) / divisor;
    }
  }
}
