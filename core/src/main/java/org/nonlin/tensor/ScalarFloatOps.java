package org.nonlin.tensor;

/**
 * {@link FloatOps} in plain Java: the loops HotSpot's superword pass vectorises by itself where it
 * can. The reference for {@code VectorFloatOps}, which must match it bit for bit.
 */
final class ScalarFloatOps implements FloatOps {

  /** Stripe width of the scalar product: 16 columns, a row of which the inner loop vectorises. */
  private static final int STRIPE = 16;

  @Override
  public int stripeWidth() {
    return STRIPE;
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
      int i1) {
    for (int j0 = 0; j0 < n; j0 += STRIPE) {
      stripe(a, ai, ap, alpha, panel, k, n, c, i0, i1, j0, Math.min(STRIPE, n - j0));
    }
  }

  /** The columns {@code [j0, j0 + w)} of {@link #accumulate}, from the stripe starting at j0·k. */
  static void stripe(
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
      int j0,
      int w) {
    int s0 = j0 * k;
    for (int i = i0; i < i1; i++) {
      int c0 = i * n + j0;
      for (int p = 0; p < k; p++) {
        float s = alpha * a[i * ai + p * ap];
        int b0 = s0 + p * w;
        for (int j = 0; j < w; j++) {
          c[c0 + j] = Math.fma(s, panel[b0 + j], c[c0 + j]);
        }
      }
    }
  }

  @Override
  public void sigmoid(float[] z, float[] a, int n) {
    for (int i = 0; i < n; i++) {
      a[i] = (float) Exp.sigmoid(z[i]);
    }
  }

  @Override
  public void tanh(float[] z, float[] a, int n) {
    for (int i = 0; i < n; i++) {
      a[i] = (float) Exp.tanh(z[i]);
    }
  }

  @Override
  public void sigmoidGradient(float[] a, float[] d, int n) {
    for (int i = 0; i < n; i++) {
      double ai = a[i];
      d[i] *= (float) (ai * (1.0 - ai));
    }
  }

  @Override
  public void tanhGradient(float[] a, float[] d, int n) {
    for (int i = 0; i < n; i++) {
      double ai = a[i];
      d[i] *= (float) (1.0 - ai * ai);
    }
  }
}
