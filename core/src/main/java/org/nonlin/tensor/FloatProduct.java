package org.nonlin.tensor;

import java.util.Arrays;

/**
 * The float32 product {@code C = alpha·op(A)·op(B) + beta·C}, organised for speed without changing
 * what is computed: every element of C is {@code beta·C} (or 0), then {@code c = fma(alpha·a_ip,
 * b_pj, c)} for p ascending, as {@link Matrix#multiply} states.
 *
 * <p>Steps: (1) B, or Bᵀ read in place, is copied into a panel of column stripes so that the kernel
 * reads it contiguously; (2) rows of C are computed in chunks by {@link FloatOps#accumulate}, which
 * holds a block of C in registers while it walks p, reading A (or Aᵀ) in place; (3) chunks go to
 * two threads when the product is large ({@link Parallel}).
 *
 * <p>The kernel may leave out the steps p where all the rows of A it holds at once are zero (it
 * does for pixels that are blank in all the images of a block), but multiplies the zeros of the
 * other steps. A zero of A times a finite b adds a signed zero, which changes no sum; against an
 * infinite or NaN b it would make NaN where the documented rule is that the zero contributes
 * nothing. So when the result holds a value that is not finite, the product is computed again by
 * {@link #exact}, which skips zeros of A as the rule says; with beta ≠ 0 (C is overwritten as it
 * goes) B is checked first instead.
 *
 * <p>One instance per thread holds the panel, which only grows: the training loop does not
 * allocate.
 */
final class FloatProduct implements Parallel.Job {

  /** Multiply-adds below which a product stays on the calling thread. */
  static final long PARALLEL_WORK = Long.getLong("nonlin.parallelWork", 1L << 20);

  /** Rows of C per chunk handed to a thread; a multiple of the kernel's row block. */
  private static final int CHUNK_ROWS = 24;

  private static final ThreadLocal<FloatProduct> LOCAL = ThreadLocal.withInitial(FloatProduct::new);

  private FloatOps ops;
  private float[] panel = new float[1];

  /** Scratch space of the kernel, one array per {@link Parallel.Job#run worker}. */
  private final float[][] scratch = {new float[0], new float[0]};

  /** The kernel's list of steps, one array per worker. */
  private final int[][] steps = {new int[0], new int[0]};

  private float[] a;
  private int ai;
  private int ap;
  private float alpha;
  private float beta;
  private float[] c;

  /**
   * Set by a chunk whose rows hold a value that is not finite (when beta is 0), so that the product
   * is computed again by {@link #exact}. Each chunk scales its rows of C by beta before it
   * accumulates and checks them after, while they are in the cache and on whichever thread runs it.
   */
  private volatile boolean nonFinite;

  private int rows;
  private int n;
  private int k;

  /** This thread's instance, whose buffers the products of this thread reuse. */
  static FloatProduct local() {
    return LOCAL.get();
  }

  /**
   * {@code c = alpha·op(a)·op(b) + beta·c} for row-major arrays; op(a) is m x k, op(b) is k x n.
   *
   * @param a m x k, or k x m when {@code ta}
   * @param b k x n, or n x k when {@code tb}
   * @param c m x n; modified
   */
  void multiply(
      float[] a,
      boolean ta,
      float[] b,
      boolean tb,
      float[] c,
      int m,
      int n,
      int k,
      float alpha,
      float beta) {
    ops = FloatOps.forWork((long) m * n * k);
    if (beta != 0f && !ops.allFinite(b, 0, k * n)) {
      exact(a, ta, b, tb, c, m, n, k, alpha, beta);
      return;
    }
    pack(b, tb, k, n);
    int size = ops.scratchSize(k);
    if (scratch[0].length < size) {
      scratch[0] = new float[size];
      scratch[1] = new float[size];
    }
    if (steps[0].length < k) {
      steps[0] = new int[k];
      steps[1] = new int[k];
    }
    this.beta = beta;
    this.nonFinite = false;
    this.a = a;
    this.ai = ta ? 1 : k;
    this.ap = ta ? m : 1;
    this.alpha = alpha;
    this.c = c;
    this.rows = m;
    this.n = n;
    this.k = k;
    int chunks = (m + CHUNK_ROWS - 1) / CHUNK_ROWS;
    if ((long) m * n * k >= PARALLEL_WORK) {
      Parallel.run(this, chunks);
    } else {
      for (int chunk = 0; chunk < chunks; chunk++) {
        run(chunk, 0);
      }
    }
    this.a = null;
    this.c = null;
    if (nonFinite) {
      exact(a, ta, b, tb, c, m, n, k, alpha, beta);
    }
  }

  /** Rows {@code [chunk·CHUNK_ROWS, ...)} of C. */
  @Override
  public void run(int chunk, int worker) {
    int r0 = chunk * CHUNK_ROWS;
    int r1 = Math.min(rows, r0 + CHUNK_ROWS);
    scale(c, r0 * n, r1 * n, beta);
    ops.accumulate(a, ai, ap, alpha, panel, k, n, c, r0, r1, scratch[worker], steps[worker]);
    if (beta == 0f && !ops.allFinite(c, r0 * n, r1 * n)) {
      nonFinite = true;
    }
  }

  /** {@link FloatOps#pack} into {@link #panel}, grown when too small. */
  private void pack(float[] b, boolean tb, int k, int n) {
    int width = ops.stripeWidth();
    int padded = (n + width - 1) / width * width;
    if (panel.length < k * padded) {
      panel = new float[k * padded];
    }
    ops.pack(b, tb, k, n, panel);
  }

  /**
   * The product as the rule on {@link Matrix#multiply} states it, zeros of alpha·A skipped, in
   * plain loops: the path for operands that are not finite.
   */
  static void exact(
      float[] a,
      boolean ta,
      float[] b,
      boolean tb,
      float[] c,
      int m,
      int n,
      int k,
      float alpha,
      float beta) {
    scale(c, 0, m * n, beta);
    for (int i = 0; i < m; i++) {
      for (int p = 0; p < k; p++) {
        float s = alpha * (ta ? a[p * m + i] : a[i * k + p]);
        if (s == 0f) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          c[i * n + j] = Math.fma(s, tb ? b[j * k + p] : b[p * n + j], c[i * n + j]);
        }
      }
    }
  }

  /** {@code c[i] = beta·c[i]} for i in [from, to), and exactly 0 when beta is 0. */
  private static void scale(float[] c, int from, int to, float beta) {
    if (beta == 0f) {
      Arrays.fill(c, from, to, 0f);
    } else if (beta != 1f) {
      for (int i = from; i < to; i++) {
        c[i] *= beta;
      }
    }
  }
}
