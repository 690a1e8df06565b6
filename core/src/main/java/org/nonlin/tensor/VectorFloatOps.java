package org.nonlin.tensor;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatOps} on the Vector API (module {@code jdk.incubator.vector}, loaded only when
 * present; see {@link FloatOps.Holder}). Every lane does what {@link ScalarFloatOps} does to one
 * element, in the same order and with the same roundings (a lane's fused multiply-add is {@link
 * Math#fma}), so the two agree bit for bit; the widest preferred species is used (8 floats with
 * AVX2).
 *
 * <p>The product holds a 6-row by 2-vector block of C in twelve registers while p runs: per step,
 * two loads of B, six broadcasts of alpha·op(A) from a packed copy, and twelve fused multiply-adds,
 * which keeps both FMA pipes of a core busy.
 */
final class VectorFloatOps implements FloatOps {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final int L = F.length();

  /** Bytes of one float vector's lanes, and their widening to ints. */
  private static final VectorSpecies<Byte> B =
      VectorSpecies.of(byte.class, VectorShape.forBitSize(L * Byte.SIZE));

  private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, F.vectorShape());
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  private static final int DL = D.length();

  /**
   * 1 in every lane. Stores go through {@code ONE.mul(acc)} (exact) and steps are written {@code
   * broadcast.fma(b, acc)}: the receiver of each call is then the result of an intrinsic whose
   * vector class the JIT knows, never a loop variable whose class it would have to guess from a
   * type profile. On Java 17 a guess that fails (an unprofiled store, say) turns the vector code
   * into calls that allocate, 20 times slower.
   */
  private static final FloatVector ONE = FloatVector.broadcast(F, 1f);

  private static final FloatOps SCALAR = new ScalarFloatOps();

  /**
   * Elements widened to double per step of the element-wise functions. They go through a double
   * array rather than a float-to-double vector conversion: on Java 17 that conversion is not
   * compiled to SIMD code on AVX2, and a second float vector shape would also make the JIT's type
   * profile of the shared vector methods polymorphic and cost the product kernel its intrinsics.
   */
  private static final int CHUNK = 64;

  private static final ThreadLocal<double[]> WIDE =
      ThreadLocal.withInitial(() -> new double[CHUNK]);
  private static final int W = 2 * L;

  /** Rows of C one kernel call holds in registers. */
  private static final int ROWS = 6;

  @Override
  public int stripeWidth() {
    return W;
  }

  /** Room for {@link #ROWS} rows of alpha·op(A), packed by {@link #packRows}. */
  @Override
  public int scratchSize(int k) {
    return ROWS * k;
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
      float[] block) {
    int full = n - n % W;
    int i = i0;
    for (; i + ROWS <= i1; i += ROWS) {
      packRows(a, i * ai, ai, ap, alpha, k, block);
      for (int j0 = 0; j0 < full; j0 += W) {
        block6(block, panel, j0 * k, k, c, i * n + j0, n);
      }
    }
    for (; i < i1; i++) {
      for (int j0 = 0; j0 < full; j0 += W) {
        block1(a, i * ai, ap, alpha, panel, j0 * k, k, c, i * n + j0);
      }
    }
    if (full < n) {
      ScalarFloatOps.stripe(a, ai, ap, alpha, panel, k, n, c, i0, i1, full, n - full);
    }
  }

  /**
   * {@code block[ROWS·p + r] = alpha·a[(r0 + r·ai) + p·ap]}: {@link #ROWS} rows of op(A),
   * interleaved so that the kernel reads them as one contiguous stream.
   */
  private static void packRows(
      float[] a, int r0, int ai, int ap, float alpha, int k, float[] block) {
    for (int p = 0; p < k; p++) {
      int q = r0 + p * ap;
      for (int r = 0; r < ROWS; r++) {
        block[ROWS * p + r] = alpha * a[q + r * ai];
      }
    }
  }

  /**
   * Six rows of C by one full stripe of two vectors: twelve accumulators, each B vector used six
   * times, one fused multiply-add per accumulator and step.
   */
  private static void block6(
      float[] block, float[] panel, int s0, int k, float[] c, int c0, int n) {
    FloatVector c00 = FloatVector.fromArray(F, c, c0);
    FloatVector c01 = FloatVector.fromArray(F, c, c0 + L);
    FloatVector c10 = FloatVector.fromArray(F, c, c0 + n);
    FloatVector c11 = FloatVector.fromArray(F, c, c0 + n + L);
    FloatVector c20 = FloatVector.fromArray(F, c, c0 + 2 * n);
    FloatVector c21 = FloatVector.fromArray(F, c, c0 + 2 * n + L);
    FloatVector c30 = FloatVector.fromArray(F, c, c0 + 3 * n);
    FloatVector c31 = FloatVector.fromArray(F, c, c0 + 3 * n + L);
    FloatVector c40 = FloatVector.fromArray(F, c, c0 + 4 * n);
    FloatVector c41 = FloatVector.fromArray(F, c, c0 + 4 * n + L);
    FloatVector c50 = FloatVector.fromArray(F, c, c0 + 5 * n);
    FloatVector c51 = FloatVector.fromArray(F, c, c0 + 5 * n + L);
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(F, panel, s0 + p * W);
      FloatVector b1 = FloatVector.fromArray(F, panel, s0 + p * W + L);
      FloatVector s = FloatVector.broadcast(F, block[ROWS * p]);
      c00 = s.fma(b0, c00);
      c01 = s.fma(b1, c01);
      s = FloatVector.broadcast(F, block[ROWS * p + 1]);
      c10 = s.fma(b0, c10);
      c11 = s.fma(b1, c11);
      s = FloatVector.broadcast(F, block[ROWS * p + 2]);
      c20 = s.fma(b0, c20);
      c21 = s.fma(b1, c21);
      s = FloatVector.broadcast(F, block[ROWS * p + 3]);
      c30 = s.fma(b0, c30);
      c31 = s.fma(b1, c31);
      s = FloatVector.broadcast(F, block[ROWS * p + 4]);
      c40 = s.fma(b0, c40);
      c41 = s.fma(b1, c41);
      s = FloatVector.broadcast(F, block[ROWS * p + 5]);
      c50 = s.fma(b0, c50);
      c51 = s.fma(b1, c51);
    }
    ONE.mul(c00).intoArray(c, c0);
    ONE.mul(c01).intoArray(c, c0 + L);
    ONE.mul(c10).intoArray(c, c0 + n);
    ONE.mul(c11).intoArray(c, c0 + n + L);
    ONE.mul(c20).intoArray(c, c0 + 2 * n);
    ONE.mul(c21).intoArray(c, c0 + 2 * n + L);
    ONE.mul(c30).intoArray(c, c0 + 3 * n);
    ONE.mul(c31).intoArray(c, c0 + 3 * n + L);
    ONE.mul(c40).intoArray(c, c0 + 4 * n);
    ONE.mul(c41).intoArray(c, c0 + 4 * n + L);
    ONE.mul(c50).intoArray(c, c0 + 5 * n);
    ONE.mul(c51).intoArray(c, c0 + 5 * n + L);
  }

  /** One row of C by one full stripe. */
  private static void block1(
      float[] a, int r0, int ap, float alpha, float[] panel, int s0, int k, float[] c, int c0) {
    FloatVector c00 = FloatVector.fromArray(F, c, c0);
    FloatVector c01 = FloatVector.fromArray(F, c, c0 + L);
    for (int p = 0; p < k; p++) {
      FloatVector s = FloatVector.broadcast(F, alpha * a[r0 + p * ap]);
      c00 = s.fma(FloatVector.fromArray(F, panel, s0 + p * W), c00);
      c01 = s.fma(FloatVector.fromArray(F, panel, s0 + p * W + L), c01);
    }
    ONE.mul(c00).intoArray(c, c0);
    ONE.mul(c01).intoArray(c, c0 + L);
  }

  @Override
  public void sigmoid(float[] z, float[] a, int n) {
    map(z, a, n, false);
  }

  @Override
  public void tanh(float[] z, float[] a, int n) {
    map(z, a, n, true);
  }

  /**
   * {@code a = tanh(z)} or {@code a = σ(z)} over {@code [0, n)}, through the double buffer. Each
   * branch stores its own result: a store of {@code (tanh ? x : y)} would hand the JIT a vector of
   * unknown class, and the store would fall back to slow, allocating code.
   */
  private static void map(float[] z, float[] a, int n, boolean tanh) {
    double[] wide = WIDE.get();
    for (int i0 = 0; i0 < n; i0 += CHUNK) {
      int len = widen(z, i0, n, wide);
      int t = 0;
      for (; t + DL <= len; t += DL) {
        DoubleVector x = DoubleVector.fromArray(D, wide, t);
        if (tanh) {
          tanh(x).intoArray(wide, t);
        } else {
          sigmoid(x).intoArray(wide, t);
        }
      }
      for (; t < len; t++) {
        wide[t] = tanh ? Exp.tanh(wide[t]) : Exp.sigmoid(wide[t]);
      }
      narrow(wide, len, a, i0);
    }
  }

  @Override
  public void sigmoidGradient(float[] a, float[] d, int n) {
    SCALAR.sigmoidGradient(a, d, n);
  }

  @Override
  public void tanhGradient(float[] a, float[] d, int n) {
    SCALAR.tanhGradient(a, d, n);
  }

  /**
   * Copies up to {@link #CHUNK} floats from {@code src[i0..n)} into {@code wide}; returns how many.
   */
  private static int widen(float[] src, int i0, int n, double[] wide) {
    int len = Math.min(CHUNK, n - i0);
    for (int t = 0; t < len; t++) {
      wide[t] = src[i0 + t];
    }
    return len;
  }

  /** Rounds {@code wide[0..len)} to float into {@code dst[i0..)}. */
  private static void narrow(double[] wide, int len, float[] dst, int i0) {
    for (int t = 0; t < len; t++) {
      dst[i0 + t] = (float) wide[t];
    }
  }

  /** Lanes of {@link Exp#sigmoid}. */
  private static DoubleVector sigmoid(DoubleVector x) {
    DoubleVector one = DoubleVector.broadcast(D, 1.0);
    return one.div(one.add(exp(x.neg())));
  }

  /** Lanes of {@link Exp#tanh}: both branches computed, then the right one kept per lane. */
  private static DoubleVector tanh(DoubleVector x) {
    DoubleVector one = DoubleVector.broadcast(D, 1.0);
    DoubleVector ax = x.abs();
    DoubleVector x2 = x.mul(x);
    DoubleVector p = DoubleVector.broadcast(D, Exp.TANH[0]);
    for (int t = 1; t < Exp.TANH.length; t++) {
      p = x2.mul(p).add(Exp.TANH[t]);
    }
    DoubleVector small = x.mul(one.add(x2.mul(p)));
    DoubleVector e = exp(ax.mul(-2.0));
    DoubleVector big = one.sub(e).div(one.add(e));
    big = big.blend(big.neg(), x.lt(0.0));
    return big.blend(small, ax.lt(Exp.TANH_SERIES_BELOW));
  }

  /** Lanes of {@link Exp#exp}, operation for operation. */
  private static DoubleVector exp(DoubleVector x) {
    DoubleVector v = x.min(Exp.LIMIT).max(-Exp.LIMIT);
    DoubleVector t = v.mul(Exp.LOG2E).add(Exp.SHIFTER);
    DoubleVector k = t.sub(Exp.SHIFTER);
    DoubleVector r = v.sub(k.mul(Exp.LN2_HI)).sub(k.mul(Exp.LN2_LO));
    DoubleVector p = DoubleVector.broadcast(D, Exp.TAYLOR[0]);
    for (int i = 1; i < Exp.TAYLOR.length; i++) {
      p = r.mul(p).add(Exp.TAYLOR[i]);
    }
    LongVector bits = t.reinterpretAsLongs().add(1023L).lanewise(VectorOperators.LSHL, 52);
    return p.mul(bits.reinterpretAsDoubles());
  }

  /**
   * Eight (with AVX2) bytes at a time: widened to ints (sign-extended, so masked to 0..255),
   * converted to float exactly and divided, the same operations per lane as the scalar loop.
   */
  @Override
  public void decodeBytes(byte[] codes, int from, float divisor, float[] out, int to, int n) {
    FloatVector d = FloatVector.broadcast(F, divisor);
    int i = 0;
    for (; i + L <= n; i += L) {
      ByteVector b = ByteVector.fromArray(B, codes, from + i);
      IntVector v = (IntVector) b.convertShape(VectorOperators.B2I, I, 0);
      FloatVector f = (FloatVector) v.and(0xFF).convertShape(VectorOperators.I2F, F, 0);
      f.div(d).intoArray(out, to + i);
    }
    SCALAR.decodeBytes(codes, from + i, divisor, out, to + i, n - i);
  }
}
