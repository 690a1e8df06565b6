package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

/**
 * Checks the float32 kernels against plain loops written from the definitions: products on random
 * shapes (odd sizes, single rows and columns, all three transpose cases) must match bit for bit,
 * since the kernels promise the reference's order of fused multiply-adds; sigmoid and tanh must
 * stay within {@link FloatOps#MAX_ULP} of the double-precision {@link Math} results over a dense
 * sweep of [−100, 100] and at the edges, and the scalar and vector kernels must give the same bits
 * for every element-wise function. Both kernel sets are checked: the scalar one and the one this
 * JVM chose (the Vector API one when the tests run with the incubator module, as the build
 * configures them).
 */
class KernelReferenceTest {

  private static final int[] SIZES = {1, 2, 3, 7, 8, 15, 16, 17, 33, 64, 65};

  @Test
  void multiply_randomShapesAllTransposes_equalsReferenceBitForBit() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int trial = 0; trial < 150; trial++) {
      int m = SIZES[random.nextInt(SIZES.length)];
      int n = SIZES[random.nextInt(SIZES.length)];
      int k = SIZES[random.nextInt(SIZES.length)];
      boolean ta = trial % 3 == 1;
      boolean tb = trial % 3 == 2;
      float alpha = trial % 2 == 0 ? 1f : 1f / 3;
      float beta = trial % 5 == 0 ? 0.5f : 0f;
      FloatMatrix a = sparse(ta ? k : m, ta ? m : k, random);
      FloatMatrix b = sparse(tb ? n : k, tb ? k : n, random);
      FloatMatrix c = sparse(m, n, random);
      float[] expected = reference(a, ta, b, tb, c, alpha, beta);

      // when
      c.multiply(a, ta, b, tb, alpha, beta);

      // then
      assertArrayEquals(expected, c.toFloatArray(), m + "x" + k + "x" + n + " ta=" + ta);
    }
  }

  @Test
  void multiply_columnsZeroInEveryRow_equalsReferenceBitForBit() {
    // given: 25 rows (four blocks of six and one left over) whose columns are zero in every row
    // about half the time, like MNIST's border pixels, and a block of six rows that are all zero;
    // read transposed, the kernel leaves those steps out (a whole block of them once), with 8 and
    // with 16 lanes; 37 columns make a full stripe and a narrow one
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(25, 100, random);
    for (int p = 0; p < 100; p++) {
      boolean border = random.nextBoolean();
      for (int i = 0; i < 25; i++) {
        if (border || (i >= 6 && i < 12)) {
          x.set(i, p, 0.0);
        }
      }
    }
    FloatMatrix xt = new FloatMatrix(100, 25);
    for (int i = 0; i < 25; i++) {
      for (int p = 0; p < 100; p++) {
        xt.set(p, i, x.get(i, p));
      }
    }
    FloatMatrix w = sparse(100, 37, random);
    FloatMatrix c = sparse(25, 37, random);
    float[] expected = reference(x, false, w, false, c, 1f / 3, 0.5f);
    FloatMatrix fromX = new FloatMatrix(25, 37);
    FloatMatrix fromXt = new FloatMatrix(25, 37);
    fromX.loadRows(c.toFloatArray(), 25);
    fromXt.loadRows(c.toFloatArray(), 25);

    // when
    fromX.multiply(x, false, w, false, 1f / 3, 0.5f);
    fromXt.multiply(xt, true, w, false, 1f / 3, 0.5f);

    // then
    assertArrayEquals(expected, fromX.toFloatArray());
    assertArrayEquals(expected, fromXt.toFloatArray());
  }

  @Test
  void multiply_rowMajorBlankRuns_equalsReferenceBitForBit() {
    // given: 200 columns (12 groups of 16 lanes and 8 more, or 25 groups of 8) and 20 rows (three
    // blocks of six, two left over), with runs of columns zero in whole blocks, like the blank top
    // rows of MNIST images: block 0 blank in columns 0-15 (8% of its steps, under the 1/8 from
    // which the kernel leaves groups out, so they are multiplied as zeros), block 1 in columns
    // 0-63 but for its last row's 32-47 (24%: left out, but not 32-47), block 2 in 0-15 and 96-111
    // (16%: left out, two runs apart); the last
    // two rows blank in 0-63 too, which the one-row kernel multiplies; 37 columns of W make a full
    // stripe and a narrow one with 8 or 16 lanes
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(20, 200, random);
    for (int i = 0; i < 20; i++) {
      int blankTo = i < 6 ? 16 : (i < 12 ? 64 : (i < 18 ? 16 : 64));
      for (int p = 0; p < 200; p++) {
        boolean kept = i == 11 && p >= 32 && p < 48;
        if (!kept && (p < blankTo || (i >= 12 && i < 18 && p >= 96 && p < 112))) {
          x.set(i, p, 0.0);
        }
      }
    }
    FloatMatrix w = sparse(200, 37, random);
    FloatMatrix c = sparse(20, 37, random);
    float[] expected = reference(x, false, w, false, c, 1f / 3, 0.5f);

    // when
    c.multiply(x, false, w, false, 1f / 3, 0.5f);

    // then
    assertArrayEquals(expected, c.toFloatArray());
  }

  @Test
  void pack_bothKernelsAndTransposes_matchTheStripeDefinition() {
    // given: widths around one and several stripes (16 and 32 columns), the panel pre-filled with
    // NaN so that a padding column left unwritten shows
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    for (FloatOps ops : new FloatOps[] {FloatOps.instance(), new ScalarFloatOps()}) {
      for (int n : new int[] {1, 15, 16, 17, 33, 64, 65}) {
        FloatMatrix b = sparse(7, n, random);
        FloatMatrix bt = new FloatMatrix(n, 7);
        for (int p = 0; p < 7; p++) {
          for (int j = 0; j < n; j++) {
            bt.set(j, p, b.get(p, j));
          }
        }
        float[] expected = stripes(b, ops);
        float[] packed = new float[expected.length];
        float[] packedT = new float[expected.length];
        Arrays.fill(packed, Float.NaN);
        Arrays.fill(packedT, Float.NaN);

        // when
        ops.pack(b.array(), false, 7, n, packed);
        ops.pack(bt.array(), true, 7, n, packedT);

        // then
        String name = ops.getClass().getSimpleName() + " n=" + n;
        assertArrayEquals(expected, packed, name);
        assertArrayEquals(expected, packedT, name + " transposed");
      }
    }
  }

  @Test
  void accumulate_scalarAndChosenKernels_agreeBitForBit() {
    // given: the 784x64 first layer of the chapter's network on a batch of 37 rows
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(37, 784, random);
    FloatMatrix w = sparse(784, 64, random);
    FloatOps chosen = FloatOps.instance();
    FloatOps scalar = new ScalarFloatOps();

    // when
    float[] fromChosen = new float[37 * 64];
    float[] fromScalar = new float[37 * 64];
    chosen.accumulate(
        x.array(),
        784,
        1,
        0.5f,
        stripes(w, chosen),
        784,
        64,
        fromChosen,
        0,
        37,
        scratch(chosen),
        new int[784]);
    scalar.accumulate(
        x.array(),
        784,
        1,
        0.5f,
        stripes(w, scalar),
        784,
        64,
        fromScalar,
        0,
        37,
        scratch(scalar),
        new int[784]);

    // then
    assertArrayEquals(fromScalar, fromChosen);
  }

  @Test
  void stripe_sixteenColumnsOfAWiderPanel_equalsReference() {
    // given: a 3 x 5 by 5 x 16 product whose B sits in a panel 32 columns wide, as the vector
    // kernel's last stripe does with AVX-512; the scalar loops finish its rows
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix a = sparse(3, 5, random);
    FloatMatrix b = sparse(5, 16, random);
    float[] panel = new float[5 * 32];
    for (int p = 0; p < 5; p++) {
      for (int j = 0; j < 16; j++) {
        panel[p * 32 + j] = (float) b.get(p, j);
      }
    }
    float[] c = new float[3 * 16];

    // when
    ScalarFloatOps.stripe(a.array(), 5, 1, 1f, panel, 32, 5, 16, c, 0, 3, 0, 16);

    // then
    assertArrayEquals(reference(a, false, b, false, new FloatMatrix(3, 16), 1f, 0f), c);
  }

  @Test
  void elementwise_sweepEdgesAndRandom_scalarAndChosenKernelsAgreeBitForBit() {
    // given: the sweep and edges (NaN, ±∞, ±0, subnormals, clamps), then random values, an odd
    // count so that the vector kernel's scalar tail runs too
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    float[] sweep = sweepAndEdges();
    int n = sweep.length + 515;
    float[] z = Arrays.copyOf(sweep, n);
    float[] d = new float[n];
    for (int i = sweep.length; i < n; i++) {
      z[i] = (float) (random.nextDouble(-12, 12) * (i % 3 == 0 ? 0.01 : 1));
    }
    for (int i = 0; i < n; i++) {
      d[i] = (float) random.nextDouble(-1, 1);
    }
    FloatOps chosen = FloatOps.instance();
    FloatOps scalar = new ScalarFloatOps();

    // when
    float[][] fromChosen = elementwise(chosen, z, d);
    float[][] fromScalar = elementwise(scalar, z, d);

    // then: same bits (NaN compared as NaN, whatever its payload)
    for (int f = 0; f < fromChosen.length; f++) {
      assertArrayEquals(fromScalar[f], fromChosen[f], "function " + f);
    }
  }

  @Test
  void multiply_zeroAgainstInfinity_contributesNothing() {
    // given: a = [0 2], b = [inf 1; 3 4]
    FloatMatrix a = FloatMatrix.of(1, 2, 0f, 2f);
    FloatMatrix b = FloatMatrix.of(2, 2, Float.POSITIVE_INFINITY, 1f, 3f, 4f);
    FloatMatrix c = new FloatMatrix(1, 2);

    // when
    c.multiply(a, false, b, false, 1.0, 0.0);

    // then: 0 skips the infinite row; 2·3 = 6 and 2·4 = 8
    assertArrayEquals(new float[] {6f, 8f}, c.toFloatArray());
  }

  @Test
  void multiply_zeroAgainstInfinityWithBeta_contributesNothing() {
    // given: c = [1 1], a = [0 2], b = [inf 1; 3 4]
    FloatMatrix a = FloatMatrix.of(1, 2, 0f, 2f);
    FloatMatrix b = FloatMatrix.of(2, 2, Float.POSITIVE_INFINITY, 1f, 3f, 4f);
    FloatMatrix c = FloatMatrix.of(1, 2, 1f, 1f);

    // when
    c.multiply(a, false, b, false, 1.0, 0.5);

    // then: 0.5·1 + 2·3 = 6.5 and 0.5·1 + 2·4 = 8.5
    assertArrayEquals(new float[] {6.5f, 8.5f}, c.toFloatArray());
  }

  @Test
  void multiply_largeProductZeroAgainstInfinity_contributesNothing() {
    // given: 128 images by 784 pixels against 784 x 64 weights, large enough for the vector
    // kernel and both threads; pixel 300 is zero in every image and its weight to unit 17 is +∞,
    // so the kernel's fused multiply-adds make 0·∞ = NaN in column 17 of every row
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(128, 784, random);
    FloatMatrix w = sparse(784, 64, random);
    for (int i = 0; i < 128; i++) {
      x.set(i, 300, 0.0);
    }
    w.set(300, 17, Double.POSITIVE_INFINITY);
    FloatMatrix c = new FloatMatrix(128, 64);

    // when
    c.multiply(x, false, w, false, 1.0, 0.0);

    // then: the zeros contribute nothing, as the plain loops that skip zeros of A compute it
    float[] expected = reference(x, false, w, false, new FloatMatrix(128, 64), 1f, 0f);
    assertTrue(Float.isFinite(expected[17]), "the reference is finite: " + expected[17]);
    assertArrayEquals(expected, c.array());
  }

  @Test
  void allFinite_oneInfiniteOrNaNAnywhere_bothKernelsFindIt() {
    // given: 37 finite values (a vector body and a scalar tail with 8 or 16 lanes), among them the
    // largest float, whose product with 0 is still 0, a subnormal and -0
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    float[] finite = new float[37];
    for (int i = 0; i < finite.length; i++) {
      finite[i] = (float) random.nextDouble(-1e30, 1e30);
    }
    finite[3] = Float.MAX_VALUE;
    finite[4] = -Float.MAX_VALUE;
    finite[20] = Float.MIN_VALUE;
    finite[36] = -0f;
    float[] bad = {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};

    for (FloatOps ops : new FloatOps[] {new ScalarFloatOps(), FloatOps.instance()}) {
      // then: finite ranges are finite
      assertTrue(ops.allFinite(finite, 0, finite.length), ops.getClass().getSimpleName());
      for (int at = 0; at < finite.length; at++) {
        for (float value : bad) {
          // when: one value is not finite
          float[] x = finite.clone();
          x[at] = value;

          // then: a range holding it is not finite, the ranges beside it are
          String where = ops.getClass().getSimpleName() + " " + value + " at " + at;
          assertFalse(ops.allFinite(x, 0, x.length), where);
          assertFalse(ops.allFinite(x, at, at + 1), where);
          assertTrue(ops.allFinite(x, 0, at), where);
          assertTrue(ops.allFinite(x, at + 1, x.length), where);
        }
      }
    }
  }

  @Test
  void multiply_largeProduct_sameResultAsOneChunkAtATime() {
    // given: a product large enough to be shared between threads (128x784 by 784x64)
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    FloatMatrix x = sparse(128, 784, random);
    FloatMatrix w = sparse(784, 64, random);
    FloatMatrix c = new FloatMatrix(128, 64);

    // when
    c.multiply(x, false, w, false, 1.0, 0.0);

    // then: the plain loops, which run on one thread, give the same bits
    assertArrayEquals(reference(x, false, w, false, new FloatMatrix(128, 64), 1f, 0f), c.array());
  }

  @Test
  void sigmoidAndTanh_denseSweepAndEdges_withinMaxUlpOfMath() {
    // given
    float[] z = sweepAndEdges();
    FloatMatrix zs = FloatMatrix.of(1, z.length, z);
    FloatMatrix s = new FloatMatrix(1, z.length);
    FloatMatrix t = new FloatMatrix(1, z.length);

    // when
    zs.sigmoid(s);
    zs.tanh(t);

    // then: each within FloatOps.MAX_ULP of the double-precision Math result (itself within 1e-15
    // relative of the exact value), in ulps of the float binade of that result
    for (int i = 0; i < z.length; i++) {
      double x = z[i];
      if (Double.isNaN(x)) {
        continue;
      }
      double exactSigmoid = 1.0 / (1.0 + Math.exp(-x));
      double exactTanh = Math.tanh(x);
      float sigmoid = s.array()[i];
      float tanh = t.array()[i];
      assertTrue(
          ulpError(sigmoid, exactSigmoid) < FloatOps.MAX_ULP,
          () -> "sigmoid(" + x + ") = " + sigmoid + ", exact " + exactSigmoid);
      assertTrue(
          ulpError(tanh, exactTanh) < FloatOps.MAX_ULP,
          () -> "tanh(" + x + ") = " + tanh + ", exact " + exactTanh);
    }
  }

  @Test
  void sigmoidAndTanh_zerosAndClampEdges_exactValues() {
    // given: ±0, the smallest subnormal, and the points past which results round to 0 or ±1
    FloatMatrix z = FloatMatrix.of(1, 6, 0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, -104f, 9.5f);
    FloatMatrix s = new FloatMatrix(1, 6);
    FloatMatrix t = new FloatMatrix(1, 6);

    // when
    z.sigmoid(s);
    z.tanh(t);

    // then: σ(±0) = 0.5 and σ(±2^−149) rounds to 0.5; σ(−104) ≈ e^−104 = 6.8e-46 is below half of
    // 2^−149 = 7.0e-46; σ(9.5) = 1 / (1 + e^−9.5) = 0.99992515377 rounds to 0.99992513657f (the
    // floats around it are 2^−24 = 6.0e-8 apart); tanh(±0) = ±0, tanh(x) = x for tiny x, and
    // 1 − tanh(9.5) = 2·e^−19 = 1.1e-8 is below half the float spacing under 1, 2^−25 = 3.0e-8
    assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0f, 0.99992513657f}, s.toFloatArray());
    assertArrayEquals(
        new float[] {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, -1f, 1f}, t.toFloatArray());
  }

  @Test
  void sigmoidAndTanh_nonFinite_followMath() {
    // given
    FloatMatrix z =
        FloatMatrix.of(1, 3, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
    FloatMatrix s = new FloatMatrix(1, 3);
    FloatMatrix t = new FloatMatrix(1, 3);

    // when
    z.sigmoid(s);
    z.tanh(t);

    // then: σ(NaN) = NaN, σ(∞) = 1, σ(−∞) = 0; tanh(NaN) = NaN, tanh(±∞) = ±1
    assertArrayEquals(new float[] {Float.NaN, 1f, 0f}, s.toFloatArray());
    assertArrayEquals(new float[] {Float.NaN, 1f, -1f}, t.toFloatArray());
  }

  @Test
  void derivatives_randomActivations_equalFactorRoundedOnceThenProduct() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int n = 1027;
    float[] a = new float[n];
    float[] d = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextDouble(-1, 1);
      d[i] = (float) random.nextDouble(-1, 1);
    }
    FloatMatrix as = FloatMatrix.of(1, n, a);
    FloatMatrix sigmoidGrad = FloatMatrix.of(1, n, d);
    FloatMatrix tanhGrad = FloatMatrix.of(1, n, d);

    // when
    sigmoidGrad.multiplyBySigmoidDerivative(as);
    tanhGrad.multiplyByTanhDerivative(as);

    // then: d·round(a − a²) and d·round(1 − a²), the factors exact in BigDecimal, rounded once
    for (int i = 0; i < n; i++) {
      BigDecimal exact = new BigDecimal(a[i]);
      BigDecimal square = exact.multiply(exact);
      float sigmoidFactor = exact.subtract(square).floatValue();
      float tanhFactor = BigDecimal.ONE.subtract(square).floatValue();
      assertEquals(d[i] * sigmoidFactor, sigmoidGrad.array()[i]);
      assertEquals(d[i] * tanhFactor, tanhGrad.array()[i]);
    }
  }

  /**
   * The definition: {@code beta·c} (0 when beta is 0), then fma(alpha·a_ip, b_pj, ·) in p order.
   */
  private static float[] reference(
      FloatMatrix a,
      boolean ta,
      FloatMatrix b,
      boolean tb,
      FloatMatrix c,
      float alpha,
      float beta) {
    int m = c.rows();
    int n = c.cols();
    int k = ta ? a.rows() : a.cols();
    float[] out = new float[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float sum = beta == 0f ? 0f : beta * (float) c.get(i, j);
        for (int p = 0; p < k; p++) {
          float s = alpha * (float) (ta ? a.get(p, i) : a.get(i, p));
          if (s != 0f) {
            sum = Math.fma(s, (float) (tb ? b.get(j, p) : b.get(p, j)), sum);
          }
        }
        out[i * n + j] = sum;
      }
    }
    return out;
  }

  /** Random values in [-1, 1) with about half of them exactly 0, like pixels. */
  private static FloatMatrix sparse(int rows, int cols, SplittableRandom random) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m.set(i, j, random.nextBoolean() ? 0.0 : random.nextDouble(-1, 1));
      }
    }
    return m;
  }

  /** Scratch space for {@link FloatOps#accumulate} on the 784-wide first layer. */
  private static float[] scratch(FloatOps ops) {
    return new float[ops.scratchSize(784)];
  }

  /** The stripe panel {@link FloatOps#accumulate} reads, built from its definition. */
  private static float[] stripes(FloatMatrix b, FloatOps ops) {
    int k = b.rows();
    int n = b.cols();
    int width = ops.stripeWidth();
    float[] panel = new float[k * ((n + width - 1) / width * width)];
    for (int j0 = 0; j0 < n; j0 += width) {
      int w = Math.min(width, n - j0);
      for (int p = 0; p < k; p++) {
        for (int j = 0; j < w; j++) {
          panel[j0 * k + p * width + j] = (float) b.get(p, j0 + j);
        }
      }
    }
    return panel;
  }

  /**
   * Every 4096th float from 0 to 100 by bit pattern (dense near 0, so small |z| is covered in
   * relative terms), 2^18 evenly spaced points of [−100, 100], each with both signs, then the
   * edges: ±0, subnormals, the tanh threshold 2^−12, where k turns from 0 to ±1 for tanh (ln(2)/4)
   * and σ (ln(2)/2), where σ turns subnormal (−87.34) and 0 (−103.97), the clamps of tanh (52) and
   * σ (104), float extremes, ±∞ and NaN.
   */
  private static float[] sweepAndEdges() {
    float[] edges = {
      0f,
      Float.MIN_VALUE,
      Float.MIN_NORMAL,
      0x1p-12f,
      Math.nextDown(0x1p-12f),
      52f,
      Math.nextUp(52f),
      0.1732868f,
      0.3465736f,
      17.33f,
      87.336f,
      87.34f,
      103.97f,
      103.98f,
      104f,
      Math.nextUp(104f),
      Math.nextDown(104f),
      1000f,
      Float.MAX_VALUE,
      Float.POSITIVE_INFINITY,
      Float.NaN
    };
    int byBits = Float.floatToIntBits(100f) / 4096;
    int even = 1 << 18;
    float[] z = new float[2 * (byBits + even + edges.length)];
    int i = 0;
    for (int k = 0; k < byBits; k++) {
      z[i++] = Float.intBitsToFloat(k * 4096);
    }
    for (int k = 0; k < even; k++) {
      z[i++] = 100f * k / (even - 1);
    }
    for (float edge : edges) {
      z[i++] = edge;
    }
    for (int k = 0; k < i; k++) {
      z[i + k] = -z[k];
    }
    return z;
  }

  /**
   * sigmoid, tanh and the two gradients (of d, by the sigmoid and tanh results) from {@code ops}.
   */
  private static float[][] elementwise(FloatOps ops, float[] z, float[] d) {
    int n = z.length;
    float[][] out = {new float[n], new float[n], d.clone(), d.clone()};
    ops.sigmoid(z, out[0], n);
    ops.tanh(z, out[1], n);
    ops.sigmoidGradient(out[0], out[2], n);
    ops.tanhGradient(out[1], out[3], n);
    return out;
  }

  /**
   * |computed − exact| in ulps of the float binade of the exact value: 2^(e − 23) for |exact| in
   * [2^e, 2^(e+1)), and 2^−149 below 2^−126.
   */
  private static double ulpError(float computed, double exact) {
    if (computed == exact) {
      return 0;
    }
    int e = Math.max(Math.getExponent(exact), Float.MIN_EXPONENT);
    return Math.abs(computed - exact) / Math.scalb(1.0, e - 23);
  }
}
