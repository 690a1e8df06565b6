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
 * (j − s·w)]}, w = {@link #stripeWidth()} (the last stripe may be narrower).
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
   * {@code c[i][j] = fma(alpha·a_ip, b_pj, c[i][j])} for rows i in {@code [i0, i1)}, all n columns,
   * and p in {@code [0, k)} ascending: one fused multiply-add, one rounding, per step.
   *
   * @param scratch at least {@link #scratchSize scratchSize(k)} floats, overwritten; not shared
   *     with a call running at the same time
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
      float[] scratch);

  /** {@code a[i] = (float) (1 / (1 + exp(−z[i])))} in double arithmetic, for i in [0, n). */
  void sigmoid(float[] z, float[] a, int n);

  /** {@code a[i] = (float) tanh(z[i])} in double arithmetic, for i in [0, n). */
  void tanh(float[] z, float[] a, int n);

  /** {@code d[i] *= (float) (a[i]·(1 − a[i]))}, the product in double, for i in [0, n). */
  void sigmoidGradient(float[] a, float[] d, int n);

  /** {@code d[i] *= (float) (1 − a[i]²)}, the product in double, for i in [0, n). */
  void tanhGradient(float[] a, float[] d, int n);

  /**
   * {@code out[to + i] = (codes[from + i] & 0xFF) / divisor} for i in [0, n): each unsigned byte
   * becomes a float, then one IEEE float division.
   */
  void decodeBytes(byte[] codes, int from, float divisor, float[] out, int to, int n);

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
