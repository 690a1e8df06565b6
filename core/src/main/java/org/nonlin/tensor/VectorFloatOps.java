package org.nonlin.tensor;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
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

  /**
   * 1 in every lane. Stores go through {@code ONE.mul(acc)} (exact) and steps are written {@code
   * broadcast.fma(b, acc)}: the receiver of each call is then the result of an intrinsic whose
   * vector class the JIT knows, never a loop variable whose class it would have to guess from a
   * type profile. On Java 17 a guess that fails (an unprofiled store, say) turns the vector code
   * into calls that allocate, 20 times slower.
   */
  private static final FloatVector ONE = FloatVector.broadcast(F, 1f);

  private static final FloatVector ZERO = FloatVector.zero(F);

  /** {@link ScalarFloatOps#EXPONENT} and its lowest bit in every int lane. */
  private static final IntVector EXPONENT = IntVector.broadcast(I, ScalarFloatOps.EXPONENT);

  private static final IntVector EXPONENT_LOW_BIT =
      IntVector.broadcast(I, ScalarFloatOps.EXPONENT_LOW_BIT);

  private static final int W = 2 * L;

  /** Rows of C one kernel call holds in registers. */
  private static final int ROWS = 6;

  /** The lanes of a packed step that hold its {@link #ROWS} rows. */
  private static final VectorMask<Float> FIRST_ROWS = VectorMask.fromLong(F, (1L << ROWS) - 1);

  @Override
  public int stripeWidth() {
    return W;
  }

  /**
   * Room for {@link #ROWS} rows of alpha·op(A), packed by {@link #packRows} or {@link #packGroups}
   * (whose last group is whole), then for a block of C of the last stripe ({@link #narrow6}).
   */
  @Override
  public int scratchSize(int k) {
    return ROWS * groups(k) + ROWS * W;
  }

  /** k rounded up to whole groups of {@link #L} steps. */
  private static int groups(int k) {
    return (k + L - 1) / L * L;
  }

  /**
   * Full stripes of B (not transposed) row by row, each row of B read once as whole vectors; the
   * narrow last stripe and a transposed B go through the scalar loops.
   */
  @Override
  public void pack(float[] b, boolean tb, int k, int n, float[] panel) {
    int full = tb ? 0 : n - n % W;
    if (full > 0) {
      for (int p = 0; p < k; p++) {
        for (int j0 = 0; j0 < full; j0 += W) {
          int to = j0 * k + p * W;
          FloatVector.fromArray(F, b, p * n + j0).intoArray(panel, to);
          FloatVector.fromArray(F, b, p * n + j0 + L).intoArray(panel, to + L);
        }
      }
    }
    ScalarFloatOps.packStripes(b, tb, k, n, panel, W, full);
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
      float[] block,
      int[] steps) {
    int full = n - n % W;
    int i = i0;
    boolean sparse = true;
    for (; i + ROWS <= i1; i += ROWS) {
      if (n == W) {
        direct6(a, i * ai, ai, ap, alpha, panel, k, c, i * n, n);
        continue;
      }
      int count = k;
      int[] kept = null;
      boolean grouped = false;
      boolean adjacent = ai == 1 && i + (k - 1) * ap + L <= a.length;
      if (ap == 1) {
        // a list of steps costs a load a step; it pays once it leaves out an eighth of them
        count = packGroups(a, i * ai, ai, alpha, k, block, steps);
        kept = 8 * count <= 7 * k ? steps : null;
        count = kept == null ? k : count;
        grouped = true;
      } else if (adjacent && sparse) {
        count = packNonZeroAdjacent(a, i, ap, alpha, k, block, steps);
        kept = steps;
        sparse = 4 * count < 3 * k;
      } else if (adjacent) {
        packAdjacent(a, i, ap, alpha, k, block);
      } else {
        packRows(a, i * ai, ai, ap, alpha, k, block);
      }
      for (int j0 = 0; j0 < full; j0 += W) {
        if (grouped) {
          block6Grouped(block, kept, count, panel, j0 * k, c, i * n + j0, n);
        } else {
          block6(block, kept, count, panel, j0 * k, c, i * n + j0, n);
        }
      }
      if (full < n) {
        int t0 = ROWS * groups(k);
        narrow6(block, grouped, kept, count, panel, full * k, c, i * n + full, n, n - full, t0);
      }
    }
    int rest = i;
    for (; i < i1; i++) {
      for (int j0 = 0; j0 < full; j0 += W) {
        block1(a, i * ai, ap, alpha, panel, j0 * k, k, c, i * n + j0);
      }
    }
    if (full < n) {
      ScalarFloatOps.stripe(a, ai, ap, alpha, panel, W, k, n, c, rest, i1, full, n - full);
    }
  }

  /**
   * {@link #block6} on the last, narrower stripe: its {@code w} columns of C go through a 6 x W
   * block of {@code block} (from {@code t0}), padded with zeros as the stripe is, so that the
   * kernel runs at full width and only the real columns are written back.
   */
  private static void narrow6(
      float[] block,
      boolean grouped,
      int[] steps,
      int count,
      float[] panel,
      int s0,
      float[] c,
      int c0,
      int n,
      int w,
      int t0) {
    for (int r = 0; r < ROWS; r++) {
      System.arraycopy(c, c0 + r * n, block, t0 + r * W, w);
      Arrays.fill(block, t0 + r * W + w, t0 + (r + 1) * W, 0f);
    }
    if (grouped) {
      block6Grouped(block, steps, count, panel, s0, block, t0, W);
    } else {
      block6(block, steps, count, panel, s0, block, t0, W);
    }
    for (int r = 0; r < ROWS; r++) {
      System.arraycopy(block, t0 + r * W, c, c0 + r * n, w);
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
   * {@link #packRows} when the six rows of op(A) are adjacent in memory (A transposed, as in
   * Xᵀ·dZ): one vector load and store per step. The store's lanes past the sixth are the next rows'
   * values, overwritten by the next step; the caller has checked that the last load stays inside
   * {@code a}.
   */
  private static void packAdjacent(float[] a, int r0, int ap, float alpha, int k, float[] block) {
    FloatVector scale = FloatVector.broadcast(F, alpha);
    for (int p = 0; p < k; p++) {
      scale.mul(FloatVector.fromArray(F, a, r0 + p * ap)).intoArray(block, ROWS * p);
    }
  }

  /**
   * {@link #ROWS} rows of alpha·A for a row-major A (ap = 1), in groups of {@link #L} steps: group
   * g holds row r's steps {@code [gL, gL + L)} at {@code block[ROWS·gL + r·L ...]}, so that each
   * row of a group is one vector load and store, six per group where {@link #packRows} moves six
   * floats a step one by one. The last group, when k is not a multiple of L, is copied by scalar
   * loops. {@link #block6Grouped} reads this layout. Returns how many steps are not in a group
   * whose six rows are all zero (an MNIST image's blank top and bottom rows, its margins), and
   * lists them in {@code steps}, p ascending; the last group is always listed.
   */
  private static int packGroups(
      float[] a, int r0, int ai, float alpha, int k, float[] block, int[] steps) {
    FloatVector scale = FloatVector.broadcast(F, alpha);
    int whole = k - k % L;
    int count = 0;
    for (int p = 0; p < whole; p += L) {
      int o = ROWS * p;
      FloatVector v0 = scale.mul(FloatVector.fromArray(F, a, r0 + p));
      FloatVector v1 = scale.mul(FloatVector.fromArray(F, a, r0 + ai + p));
      FloatVector v2 = scale.mul(FloatVector.fromArray(F, a, r0 + 2 * ai + p));
      FloatVector v3 = scale.mul(FloatVector.fromArray(F, a, r0 + 3 * ai + p));
      FloatVector v4 = scale.mul(FloatVector.fromArray(F, a, r0 + 4 * ai + p));
      FloatVector v5 = scale.mul(FloatVector.fromArray(F, a, r0 + 5 * ai + p));
      v0.intoArray(block, o);
      v1.intoArray(block, o + L);
      v2.intoArray(block, o + 2 * L);
      v3.intoArray(block, o + 3 * L);
      v4.intoArray(block, o + 4 * L);
      v5.intoArray(block, o + 5 * L);
      boolean blank =
          !v0.compare(VectorOperators.NE, 0f)
              .or(v1.compare(VectorOperators.NE, 0f))
              .or(v2.compare(VectorOperators.NE, 0f))
              .or(v3.compare(VectorOperators.NE, 0f))
              .or(v4.compare(VectorOperators.NE, 0f))
              .or(v5.compare(VectorOperators.NE, 0f))
              .anyTrue();
      if (!blank) {
        for (int t = 0; t < L; t++) {
          steps[count + t] = p + t;
        }
        count += L;
      }
    }
    for (int r = 0; r < ROWS; r++) {
      for (int p = whole; p < k; p++) {
        block[ROWS * whole + r * L + (p - whole)] = alpha * a[r0 + r * ai + p];
      }
    }
    for (int p = whole; p < k; p++) {
      steps[count++] = p;
    }
    return count;
  }

  /**
   * {@link #packAdjacent} for only the steps p where any of the six rows is not zero; returns how
   * many there are. Step q holds {@code block[ROWS·q + r]} and {@code steps[q] = p}, p ascending.
   * The other steps would add zeros: in Xᵀ·dZ a block's rows are six pixels, and where an image has
   * all six at zero (MNIST's border), its step adds nothing; leaving it out keeps every sum as it
   * is. Branch-free: each step is written, and kept by advancing the count only when a masked
   * compare finds a value that is not zero. Testing doubles the cost of packing, so {@link
   * #accumulate} stops testing for the rest of its rows once a block keeps more than three steps in
   * four (Fashion-MNIST keeps five in six).
   */
  private static int packNonZeroAdjacent(
      float[] a, int r0, int ap, float alpha, int k, float[] block, int[] steps) {
    FloatVector scale = FloatVector.broadcast(F, alpha);
    int count = 0;
    for (int p = 0; p < k; p++) {
      FloatVector v = scale.mul(FloatVector.fromArray(F, a, r0 + p * ap));
      v.intoArray(block, ROWS * count);
      steps[count] = p;
      count += v.compare(VectorOperators.NE, 0f, FIRST_ROWS).anyTrue() ? 1 : 0;
    }
    return count;
  }

  /**
   * Six rows of C by one full stripe of two vectors over {@code count} packed steps: those listed
   * in {@code steps} ({@link #packNonZeroAdjacent}), or all of them when it is null; the JIT
   * compiles one loop for each case. Twelve accumulators, each B vector used six times, one fused
   * multiply-add per accumulator and step.
   */
  private static void block6(
      float[] block, int[] steps, int count, float[] panel, int s0, float[] c, int c0, int n) {
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
    for (int q = 0; q < count; q++) {
      int b = s0 + (steps == null ? q : steps[q]) * W;
      FloatVector b0 = FloatVector.fromArray(F, panel, b);
      FloatVector b1 = FloatVector.fromArray(F, panel, b + L);
      FloatVector s = FloatVector.broadcast(F, block[ROWS * q]);
      c00 = s.fma(b0, c00);
      c01 = s.fma(b1, c01);
      s = FloatVector.broadcast(F, block[ROWS * q + 1]);
      c10 = s.fma(b0, c10);
      c11 = s.fma(b1, c11);
      s = FloatVector.broadcast(F, block[ROWS * q + 2]);
      c20 = s.fma(b0, c20);
      c21 = s.fma(b1, c21);
      s = FloatVector.broadcast(F, block[ROWS * q + 3]);
      c30 = s.fma(b0, c30);
      c31 = s.fma(b1, c31);
      s = FloatVector.broadcast(F, block[ROWS * q + 4]);
      c40 = s.fma(b0, c40);
      c41 = s.fma(b1, c41);
      s = FloatVector.broadcast(F, block[ROWS * q + 5]);
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

  /**
   * {@link #block6} over a block packed by {@link #packGroups}, where step p of row r is at {@code
   * ROWS * (p - p % L) + r * L + p % L}: over the {@code count} steps listed in {@code steps}, or
   * over all of them when it is null. A separate loop, not a flag of block6's: C2 did not keep a
   * loop that chose its offsets at run time as fast (342 against 246 µs for 126 x 784 x 64).
   */
  private static void block6Grouped(
      float[] block, int[] steps, int count, float[] panel, int s0, float[] c, int c0, int n) {
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
    for (int q = 0; q < count; q++) {
      int p = steps == null ? q : steps[q];
      int b = s0 + p * W;
      int o = p + (ROWS - 1) * (p & -L); // ROWS * (p - p % L) + p % L, in fewer operations
      FloatVector b0 = FloatVector.fromArray(F, panel, b);
      FloatVector b1 = FloatVector.fromArray(F, panel, b + L);
      FloatVector s = FloatVector.broadcast(F, block[o]);
      c00 = s.fma(b0, c00);
      c01 = s.fma(b1, c01);
      s = FloatVector.broadcast(F, block[o + L]);
      c10 = s.fma(b0, c10);
      c11 = s.fma(b1, c11);
      s = FloatVector.broadcast(F, block[o + 2 * L]);
      c20 = s.fma(b0, c20);
      c21 = s.fma(b1, c21);
      s = FloatVector.broadcast(F, block[o + 3 * L]);
      c30 = s.fma(b0, c30);
      c31 = s.fma(b1, c31);
      s = FloatVector.broadcast(F, block[o + 4 * L]);
      c40 = s.fma(b0, c40);
      c41 = s.fma(b1, c41);
      s = FloatVector.broadcast(F, block[o + 5 * L]);
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

  /**
   * {@link #block6} for a product with a single full stripe, reading alpha·op(A) in place: a packed
   * copy would be read once only, so packing it would cost as much as it saves. Its accumulator
   * loads and stores repeat block6's because Java 17 boxes vectors handed to a helper method, and
   * one kernel for both reads would put six extra multiplications into block6's inner loop.
   */
  private static void direct6(
      float[] a,
      int r0,
      int ai,
      int ap,
      float alpha,
      float[] panel,
      int k,
      float[] c,
      int c0,
      int n) {
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
      int q = r0 + p * ap;
      FloatVector b0 = FloatVector.fromArray(F, panel, p * W);
      FloatVector b1 = FloatVector.fromArray(F, panel, p * W + L);
      FloatVector s = FloatVector.broadcast(F, alpha * a[q]);
      c00 = s.fma(b0, c00);
      c01 = s.fma(b1, c01);
      s = FloatVector.broadcast(F, alpha * a[q + ai]);
      c10 = s.fma(b0, c10);
      c11 = s.fma(b1, c11);
      s = FloatVector.broadcast(F, alpha * a[q + 2 * ai]);
      c20 = s.fma(b0, c20);
      c21 = s.fma(b1, c21);
      s = FloatVector.broadcast(F, alpha * a[q + 3 * ai]);
      c30 = s.fma(b0, c30);
      c31 = s.fma(b1, c31);
      s = FloatVector.broadcast(F, alpha * a[q + 4 * ai]);
      c40 = s.fma(b0, c40);
      c41 = s.fma(b1, c41);
      s = FloatVector.broadcast(F, alpha * a[q + 5 * ai]);
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
    ScalarFloatOps.sigmoid(z, a, map(z, a, n, false), n);
  }

  @Override
  public void tanh(float[] z, float[] a, int n) {
    ScalarFloatOps.tanh(z, a, map(z, a, n, true), n);
  }

  @Override
  public void sigmoidGradient(float[] a, float[] d, int n) {
    int i = 0;
    for (; i <= n - L; i += L) {
      FloatVector ai = FloatVector.fromArray(F, a, i);
      FloatVector.fromArray(F, d, i).mul(ai.neg().fma(ai, ai)).intoArray(d, i);
    }
    ScalarFloatOps.sigmoidGradient(a, d, i, n);
  }

  @Override
  public void tanhGradient(float[] a, float[] d, int n) {
    int i = 0;
    for (; i <= n - L; i += L) {
      FloatVector ai = FloatVector.fromArray(F, a, i);
      FloatVector.fromArray(F, d, i).mul(ai.neg().fma(ai, ONE)).intoArray(d, i);
    }
    ScalarFloatOps.tanhGradient(a, d, i, n);
  }

  /**
   * Lanes of {@link Exp#ratio}, operation for operation, for the whole vectors of {@code z[0..n)};
   * returns where the scalar tail starts. Written out in one method: on Java 17 C2 stops inlining
   * ordinary methods once a compilation holds about 18,000 nodes (the Vector API's own methods are
   * inlined regardless, and they take many), and a helper that took or returned vectors would then
   * be called, its vectors boxed, allocating and 20 times slower. At over 500 bytes of bytecode (C2
   * inlines hot methods up to 325) this method is never inlined into its callers, so it is compiled
   * alone. The two branches on {@code tanh} are taken the same way for a whole call; each of their
   * vectors is the result of a vector operation, so the JIT knows its class.
   */
  private static int map(float[] z, float[] a, int n, boolean tanh) {
    FloatVector limit = FloatVector.broadcast(F, tanh ? Exp.TANH_LIMIT : Exp.SIGMOID_LIMIT);
    float factor = tanh ? -2f : -1f;
    float log2eFactor = factor * Exp.LOG2E;
    FloatVector minusLn2Hi = FloatVector.broadcast(F, -Exp.LN2_HI);
    FloatVector minusLn2Lo = FloatVector.broadcast(F, -Exp.LN2_LO);
    FloatVector c8 = FloatVector.broadcast(F, Exp.C8);
    int i = 0;
    for (; i <= n - L; i += L) {
      // y = −|x| or −2|x|, clamped (NaN stays NaN); t = k + SHIFTER from |x| directly
      FloatVector x = FloatVector.fromArray(F, z, i);
      FloatVector ax = x.abs();
      FloatVector clamped = ax.blend(limit, ax.compare(VectorOperators.GT, limit));
      FloatVector y = clamped.mul(factor);
      FloatVector t = clamped.fma(log2eFactor, Exp.SHIFTER);
      VectorMask<Float> negative = x.lt(0f);

      // r = y − k·ln 2; e^r − 1 = r + w = q + ql with w = r²·P(r)
      FloatVector k = t.sub(Exp.SHIFTER);
      FloatVector r = k.fma(minusLn2Hi, y);
      r = k.fma(minusLn2Lo, r);
      FloatVector r2 = r.mul(r);
      FloatVector low = r.fma(Exp.C3, Exp.C2);
      FloatVector middle = r.fma(Exp.C5, Exp.C4);
      FloatVector high = r2.fma(c8, r.fma(Exp.C7, Exp.C6));
      FloatVector w = r2.mul(high.fma(r2.mul(r2), middle.fma(r2, low)));
      FloatVector q = r.add(w);
      FloatVector ql = w.sub(q.sub(r));

      // e^y = 2^−64·s·(1 + q + ql) = eh + el, s = 2^(k+64); 2^−64 rounds only subnormal results
      FloatVector s =
          t.reinterpretAsInts()
              .lanewise(VectorOperators.LSHL, 23)
              .add(Exp.SCALE_BIAS)
              .reinterpretAsFloats();
      FloatVector e64 = s.fma(q, s);
      FloatVector eh = e64.mul(Exp.UNBIAS);
      FloatVector el = s.fma(ql, s.fma(q, s.sub(e64))).mul(Exp.UNBIAS);

      // numerator n + nl: 1 − e^y for tanh; 1 for σ(x ≥ 0) and e^y for σ(x < 0)
      FloatVector num;
      FloatVector numLow;
      if (tanh) {
        num = ONE.sub(eh);
        numLow = ONE.sub(num).sub(eh).sub(el);
      } else {
        num = ONE.blend(eh, negative);
        numLow = ZERO.blend(el, negative);
      }

      // denominator b + bl = 1 + e^y
      FloatVector b = eh.add(1f);
      FloatVector bLow = eh.sub(b.sub(1f)).add(el);

      // the quotient of the high parts, corrected by one Newton step
      FloatVector inv = ONE.div(b);
      FloatVector z0 = num.mul(inv);
      FloatVector residual = z0.neg().fma(b, num);
      FloatVector lowTerms = z0.neg().fma(bLow, numLow);
      FloatVector value = inv.fma(residual.add(lowTerms), z0);
      if (tanh) {
        FloatVector signed = value.blend(value.neg(), negative);
        signed.blend(x, ax.lt(Exp.TANH_TINY)).intoArray(a, i);
      } else {
        value.intoArray(a, i);
      }
    }
    return i;
  }

  /**
   * The scalar loop's test, {@code (bits & 0x7f800000) + 0x00800000} ORed over the range, on the
   * int view of a vector at a time. Over a gradient of 784 x 64 it takes about 6 µs, where the
   * scalar loop takes 15 to 17 and a running maximum of exponents, which the JIT does not
   * vectorise, 29; x·0 summed in float lanes, NaN only for infinities and NaN, was slower still.
   */
  @Override
  public boolean allFinite(float[] x, int from, int to) {
    IntVector carries = IntVector.zero(I);
    int i = from;
    for (; i + L <= to; i += L) {
      carries =
          FloatVector.fromArray(F, x, i)
              .reinterpretAsInts()
              .and(EXPONENT)
              .add(EXPONENT_LOW_BIT)
              .or(carries);
    }
    return carries.reduceLanes(VectorOperators.OR) >= 0 && Holder.SCALAR.allFinite(x, i, to);
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
    Holder.SCALAR.decodeBytes(codes, from + i, divisor, out, to + i, n - i);
  }
}
