package org.nonlin.tensor;

/**
 * The float32 inner loops that decide speed, in two interchangeable implementations: {@link
 * ScalarFloatOps} in plain Java and {@code VectorFloatOps} on the incubating Vector API. Both do
 * the same IEEE operations in the same order on every element, so they give bit-identical results;
 * only the number of lanes differs.
 *
 * <p>Legend for the product loop: C is row-major with {@code n} columns; element (i, p) of op(A) is
 * {@code a[i·ai + p·ap]} (row-major A: ai = k, ap = 1; transposed: ai = 1, ap = m); B is a panel of
 * stripes, stripe s holding columns {@code [s·w, s·w + w)} of rows p as {@code panel[s·k·w + p·w +
 * (j − s·w)]}, w = {@link #stripeWidth()}; the columns of the last stripe past n are zeros.
 */
interface FloatOps {

  /** Work (multiply-adds or elements) below which the scalar loops serve. */
  int VECTOR_WORK = 1 << 10;

  /**
   * The implementation for a task of {@code work} multiply-adds or elements: the vector one when
   * its module is present and the task is not tiny. Both give the same bits; tiny tasks (XOR,
   * single samples) stay scalar so that a short run never pays for loading and compiling the Vector
   * API, about 0.35 s.
   */
  static FloatOps forWork(long work) {
    return work < VECTOR_WORK ? Holder.SCALAR : Holder.INSTANCE;
  }

  /**
   * The implementation this JVM runs for large tasks: the vector one when its module is present.
   */
  static FloatOps instance() {
    return Holder.INSTANCE;
  }

  /** Columns of B per stripe of the panel the product reads. */
  int stripeWidth();

  /** Floats of scratch space {@link #accumulate} needs for an inner dimension of {@code k}. */
  int scratchSize(int k);

  /**
   * Copies op(b), k x n, into {@code panel} as column stripes of {@link #stripeWidth} columns, each
   * row-major, stripe after stripe; the last stripe is padded with zero columns to the full width.
   *
   * @param b k x n, or n x k when {@code tb}
   * @param panel at least k times n rounded up to the stripe width
   */
  void pack(float[] b, boolean tb, int k, int n, float[] panel);

  /**
   * {@code c[i][j] = fma(alpha·a_ip, b_pj, c[i][j])} for rows i in {@code [i0, i1)}, all n columns,
   * and p in {@code [0, k)} ascending: one fused multiply-add, one rounding, per step. A kernel may
   * leave out steps whose alpha·a_ip are zero for all the rows it holds at once: they add signed
   * zeros, which change no sum.
   *
   * @param scratch at least {@link #scratchSize scratchSize(k)} floats, overwritten; not shared
   *     with a call running at the same time
   * @param steps at least k ints, overwritten; not shared either
   */
  void accumulate(
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
      int[] steps);

  /**
   * Bound on the error of {@link #sigmoid} and {@link #tanh}: |result − exact| &lt; MAX_ULP ulps of
   * the exact value, an ulp being 2^(e − 23) for an exact value in [2^e, 2^(e+1)), and 2^−149 below
   * 2^−126. Measured over every float input in [−110, 110] (2.24·10^9 values; beyond, the results
   * are the limits) against the double-precision 1 / (1 + {@link Math#exp}(−x)) and {@link
   * Math#tanh}: at most 0.80 ulp for sigmoid and 0.89 ulp for tanh, never more than one float away
   * from the correctly rounded result, and equal to it for 99.86% and 99.83% of the inputs. The
   * error analysis is on {@code Exp}.
   */
  float MAX_ULP = 1f;

  /**
   * {@code a[i] = σ(z[i]) = 1 / (1 + e^−z[i])} for i in [0, n), in float32 (the method is on {@code
   * Exp}), within {@link #MAX_ULP}; writes only a. σ(+∞) = 1, σ(−∞) = 0, σ(NaN) = NaN; results
   * below 2^−126 (z &lt; −87.34) are subnormal, and 0 below z = −150·ln 2 = −103.972, where e^z
   * falls under half the smallest subnormal.
   */
  void sigmoid(float[] z, float[] a, int n);

  /**
   * {@code a[i] = tanh(z[i])} for i in [0, n), in float32, within {@link #MAX_ULP} (so with a small
   * relative error near 0, too); writes only a. tanh(±0) = ±0 and tanh(z) = z for |z| &lt; 2^−12,
   * where that is the correctly rounded value; tanh(±∞) = ±1, tanh(NaN) = NaN.
   */
  void tanh(float[] z, float[] a, int n);

  /**
   * {@code d[i] = d[i]·fma(−a[i], a[i], a[i])} for i in [0, n): σ'(z) = a(1 − a) for a = σ(z),
   * rounded once (the correctly rounded a − a²), then the product rounded; modifies d only. NaN or
   * infinite inputs propagate as IEEE arithmetic does (∞·0 = NaN).
   */
  void sigmoidGradient(float[] a, float[] d, int n);

  /**
   * {@code d[i] = d[i]·fma(−a[i], a[i], 1)} for i in [0, n): tanh'(z) = 1 − a² for a = tanh(z),
   * rounded once, then the product rounded; modifies d only. NaN or infinite inputs propagate as
   * IEEE arithmetic does.
   */
  void tanhGradient(float[] a, float[] d, int n);

  /**
   * {@code out[to + i] = (codes[from + i] & 0xFF) / divisor} for i in [0, n): each unsigned byte
   * becomes a float, then one IEEE float division.
   */
  void decodeBytes(byte[] codes, int from, float divisor, float[] out, int to, int n);

  /**
   * True when no value of {@code x[from..to)} is infinite or NaN: the test a product runs on its
   * result to know whether a zero of A met an infinite weight.
   */
  boolean allFinite(float[] x, int from, int to);

  /**
   * Picks the implementation once: the Vector API one needs the module {@code jdk.incubator.vector}
   * in the boot layer ({@code --add-modules jdk.incubator.vector}); without it, or if it fails to
   * load, the scalar one.
   */
  final class Holder {
    static final FloatOps SCALAR = new ScalarFloatOps();
    static final FloatOps INSTANCE = choose();

    private Holder() {}

    private static FloatOps choose() {
      if (Boolean.getBoolean("nonlin.scalar")
          || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
        return SCALAR;
      }
      try {
        return (FloatOps)
            Class.forName("org.nonlin.tensor.VectorFloatOps")
                .getDeclaredConstructor()
                .newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return SCALAR;
      }
    }
  }
}
